/**
 * An edit that changes the number of segments re-aligns the pair; that re-alignment belongs to
 * the edit's operation: one undo restores the text and the beads together (no second
 * re-alignment, redo still possible), one redo brings both back.
 */
import { describe, expect, it } from 'vitest';
import { currentText, openPair } from '../../src/state/case-record.ts';
import { sentencePairStore, until } from './lib/in-process-store.ts';

const EN =
  'The employees wrote a letter to the chief executive. They asked the company to stop selling the system to the police. More than four hundred workers signed it within two days.';
const FR =
  'Les employés ont écrit une lettre au directeur général. Ils ont demandé à l’entreprise de cesser de vendre le système à la police. Plus de quatre cents salariés l’ont signée en deux jours.';

describe('an edit that re-aligns', () => {
  it('is one operation with its re-alignment: undone and redone in one step', async () => {
    const store = await sentencePairStore('realign', EN, FR);
    const pair = () => openPair(store.getState().caseRecord)!;
    const beadsBefore = pair().beads;
    expect(beadsBefore).toHaveLength(3);
    const fr = store.getState().caseRecord!.documents[1]!;
    const first = store.getState().docs[fr.id]!.sentences[0]!;
    // One French sentence becomes two: four sentences, the beads no longer fit.
    store
      .getState()
      .editText(fr.id, first.start, first.end, 'Les employés ont écrit. Une lettre au directeur général.');
    await until(() => pair().beads.flatMap((b) => b.tgt).length === 4 && !store.getState().job);
    const beadsAfter = pair().beads;
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().past[0]).toMatchObject({
      kind: 'text',
      beads: { before: beadsBefore, after: beadsAfter },
    });

    store.getState().undo();
    expect(pair().beads).toEqual(beadsBefore);
    await until(() => store.getState().docs[fr.id]!.sentences.length === 3);
    // Nothing re-aligned behind the undo: redo is still there.
    await new Promise((r) => setTimeout(r, 100));
    expect(store.getState().job).toBeNull();
    expect(store.getState().future).toHaveLength(1);
    expect(pair().beads).toEqual(beadsBefore);

    store.getState().redo();
    expect(pair().beads).toEqual(beadsAfter);
    expect(currentText(store.getState().caseRecord!.documents[1]!)).toContain(
      'Les employés ont écrit. Une lettre',
    );
  });
});
