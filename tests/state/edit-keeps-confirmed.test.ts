/**
 * Through the store: an edit that changes the number of sentences re-aligns the pair, and a
 * confirmed row keeps its own sentences (renumbered), not the numbers it had before the edit;
 * an edit that merges a confirmed row's sentence with another row's unconfirms it, with a notice.
 */
import { describe, expect, it } from 'vitest';
import { alignmentFits } from '../../src/state/case-pairs.ts';
import { currentText, openPair } from '../../src/state/case-record.ts';
import { toggleConfirmed } from '../../src/state/edit-beads.ts';
import { sentencePairStore, until } from './lib/in-process-store.ts';

const EN =
  'The employees wrote a letter to the chief executive. They asked the company to stop selling the system to the police. More than four hundred workers signed it within two days. The company did not answer.';
const FR =
  'Les employés ont écrit une lettre au directeur général. Ils ont demandé à l’entreprise de cesser de vendre le système à la police. Plus de quatre cents salariés l’ont signée en deux jours. L’entreprise n’a pas répondu.';

async function openedPair() {
  const store = await sentencePairStore('confirmed', EN, FR);
  const pair = () => openPair(store.getState().caseRecord)!;
  expect(pair().beads.map((b) => [b.src, b.tgt])).toEqual([
    [[0], [0]],
    [[1], [1]],
    [[2], [2]],
    [[3], [3]],
  ]);
  store.getState().editBeads('confirm', (b) => toggleConfirmed(b, 2));
  const fr = store.getState().caseRecord!.documents[1]!;
  return { store, pair, fr };
}

describe('an edit before a confirmed row', () => {
  it('renumbers the confirmed row instead of keeping its old sentence numbers', async () => {
    const { store, pair, fr } = await openedPair();
    const first = store.getState().docs[fr.id]!.sentences[0]!;
    store
      .getState()
      .editText(fr.id, first.start, first.end, 'Les employés ont écrit. Une lettre au directeur général.');
    await until(() => pair().beads.flatMap((b) => b.tgt).length === 5 && !store.getState().job);
    const confirmed = pair().beads.filter((b) => b.confirmed);
    expect(confirmed.map((b) => [b.src, b.tgt])).toEqual([[[2], [3]]]);
    // The confirmed row still pairs the same two sentences.
    const doc = store.getState().docs[fr.id]!;
    const s = doc.sentences[3]!;
    expect(doc.text.slice(s.start, s.end)).toBe('Plus de quatre cents salariés l’ont signée en deux jours.');
    expect(pair().beads.flatMap((b) => b.tgt)).toEqual([0, 1, 2, 3, 4]);
    expect(store.getState().notices).toEqual([]);
  });

  it('unconfirms the row, with a notice, when the edit merges its sentence with another row’s', async () => {
    const { store, pair, fr } = await openedPair();
    const second = store.getState().docs[fr.id]!.sentences[1]!;
    // Delete the full stop that ends sentence 1: sentences 1 and 2 become one.
    const text = currentText(store.getState().caseRecord!.documents[1]!);
    expect(text[second.end - 1]).toBe('.');
    store.getState().editText(fr.id, second.end - 1, second.end, ',');
    await until(() => pair().beads.flatMap((b) => b.tgt).length === 3 && !store.getState().job);
    expect(pair().beads.filter((b) => b.confirmed)).toEqual([]);
    expect(store.getState().notices.map((n) => [n.code, n.params])).toEqual([
      ['confirmedLost', { count: 1 }],
    ]);
  });
});

describe('two edits in a row, the second while the first one’s re-alignment runs', () => {
  it('carries the confirmed row through both', async () => {
    const { store, pair, fr } = await openedPair();
    const sentence = (k: number) => store.getState().docs[fr.id]!.sentences[k]!;
    // The second edit is made as soon as the first one's re-alignment starts (the pair's beads
    // are then still the ones from before the first edit).
    let second = false;
    let beadsThen = 0;
    const stop = store.subscribe((state) => {
      if (second || state.job?.kind !== 'align') return;
      second = true;
      beadsThen = pair().beads.flatMap((b) => b.tgt).length;
      const again = sentence(0);
      store.getState().editText(fr.id, again.start, again.start, 'Encore une. ');
    });
    const first = sentence(0);
    store.getState().editText(fr.id, first.start, first.start, 'Une phrase ajoutée. ');
    await until(() => second && !store.getState().job && pair().beads.flatMap((b) => b.tgt).length === 6);
    stop();
    expect(beadsThen).toBe(4);
    expect(
      pair()
        .beads.filter((b) => b.confirmed)
        .map((b) => [b.src, b.tgt]),
    ).toEqual([[[2], [4]]]);
    const doc = store.getState().docs[fr.id]!;
    const s = doc.sentences[4]!;
    expect(doc.text.slice(s.start, s.end)).toBe('Plus de quatre cents salariés l’ont signée en deux jours.');
  });
});

describe('an edit of a document in a pair that is not open', () => {
  it('carries that pair’s rows through the edit, its confirmed row with them', async () => {
    const { store, pair, fr } = await openedPair();
    await store
      .getState()
      .addDocuments([{ name: 'fr-b.txt', lang: 'fr', text: FR, origin: { kind: 'paste' } }]);
    const en = store.getState().caseRecord!.documents[0]!;
    const frB = store.getState().caseRecord!.documents[2]!;
    store.getState().selectPair(en.id, frB.id);
    await until(() => pair()?.tgtDocId === frB.id && !store.getState().job);
    // The English original gains a sentence at its start; the open pair (with fr-b) is
    // re-aligned, the pair with fr.txt is not open.
    const first = store.getState().docs[en.id]!.sentences[0]!;
    store.getState().editText(en.id, first.start, first.start, 'A sentence added first. ');
    await until(() => store.getState().docs[en.id]!.sentences.length === 5 && !store.getState().job);
    const other = store
      .getState()
      .caseRecord!.alignments.find((a) => a.tgtDocId === fr.id && a.level === 'sentence')!;
    const docs = store.getState().docs;
    expect(alignmentFits(other, docs[en.id]!, docs[fr.id]!)).toBe(true);
    expect(other.beads.filter((b) => b.confirmed).map((b) => [b.src, b.tgt])).toEqual([[[3], [2]]]);
    expect(store.getState().notices).toEqual([]);
  });
});
