/**
 * Consistency across the case: one English original, two French reports; the second renders
 * one sentence differently. Aligning the case's other pair and checking across the pairs
 * reports it, on the second report, pointing at the first.
 */
import { describe, expect, it } from 'vitest';
import { caseView, openPair } from '../../src/state/case-record.ts';
import { makeTestStore, until } from './lib/in-process-store.ts';

const EN = [
  'The employees wrote a letter to the chief executive about the facial recognition software.',
  'They asked the company to stop selling the system to police departments across the country.',
  'More than four hundred workers signed the letter within two days of its publication.',
].join('\n');
const FR_A = [
  'Les employés ont écrit une lettre au directeur général au sujet du logiciel de reconnaissance faciale.',
  'Ils ont demandé à l’entreprise de cesser de vendre le système aux services de police de tout le pays.',
  'Plus de quatre cents salariés ont signé la lettre dans les deux jours suivant sa publication.',
].join('\n');
const FR_B = [
  'Les employés ont écrit une lettre au directeur général au sujet du logiciel de reconnaissance faciale.',
  'Ils ont exigé que la société arrête de fournir ce système aux polices de l’ensemble du territoire.',
  'Plus de quatre cents salariés ont signé la lettre dans les deux jours suivant sa publication.',
].join('\n');

const doc = (name: string, lang: string, text: string) => ({
  name,
  lang,
  text,
  origin: { kind: 'paste' as const },
});

describe('checks across the case', () => {
  it('aligns the other pair and flags the sentence the second report translates differently', async () => {
    const store = makeTestStore();
    await store.getState().createCase('consistency');
    await store
      .getState()
      .addDocuments([doc('en.txt', 'en', EN), doc('a.txt', 'fr', FR_A), doc('b.txt', 'fr', FR_B)]);
    const file = () => store.getState().caseRecord!;
    const [en, a, b] = file().documents;
    expect(caseView(file())).toMatchObject({ srcId: en!.id, tgtId: a!.id });
    await until(() => openPair(file()) !== undefined && store.getState().caseStatus === 'idle');
    // One aligned pair: nothing to compare yet.
    expect(store.getState().caseFindings ?? []).toEqual([]);

    await store.getState().alignCase();
    expect(
      file()
        .alignments.map((x) => x.tgtDocId)
        .sort(),
    ).toEqual([a!.id, b!.id].sort());
    // The open pair did not change.
    expect(caseView(file()).tgtId).toBe(a!.id);
    const findings = store.getState().caseFindings ?? [];
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.rule).toBe('inconsistent-translation');
    expect(f.category).toBe('consistency');
    expect(f.docId).toBe(b!.id);
    expect(f.actual).toContain('Ils ont exigé');
    expect(f.params.otherDocId).toBe(a!.id);
    expect(f.expected).toContain('Ils ont demandé');
    expect(store.getState().casePairCount).toBe(2);
  });

  it('reports a passage once when two originals quote the same sentence', async () => {
    const store = makeTestStore();
    await store.getState().createCase('two originals');
    await store
      .getState()
      .addDocuments([
        doc('en1.txt', 'en', EN),
        doc('a.txt', 'fr', FR_A),
        doc('b.txt', 'fr', FR_B),
        doc('en2.txt', 'en', EN),
      ]);
    await until(() => openPair(store.getState().caseRecord) !== undefined && !store.getState().job);
    await store.getState().alignCase();
    const s = store.getState();
    expect(s.caseRecord!.alignments).toHaveLength(4);
    expect(s.casePairCount).toBe(4);
    const b = s.caseRecord!.documents.find((d) => d.name === 'b.txt')!;
    expect(s.caseFindings?.map((f) => [f.docId, f.actual.slice(0, 14)])).toEqual([[b.id, 'Ils ont exigé ']]);
  });
});
