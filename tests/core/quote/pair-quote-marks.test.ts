import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from '../../../src/core/check/quote-marks.ts';
import { extractQuotations } from '../../../src/core/quote/extract-quotations.ts';
import {
  MAX_QUOTATION_PART,
  type PairableMark,
  pairQuoteMarks,
} from '../../../src/core/quote/pair-quote-marks.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

/** Guillemets of a text as pairable marks (one group), with their paragraphs (lines). */
const guillemets = (text: string) => {
  const marks: PairableMark[] = [...text.matchAll(/[«»]/gu)].map((m) => ({
    span: [m.index, m.index + 1] as const,
    group: 'double',
    role: m[0] === '«' ? ('open' as const) : ('close' as const),
    garbled: false,
    continues: true,
  }));
  const paragraphs = [...text.matchAll(/[^\n]+/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  return { marks, paragraphs };
};

describe('pairQuoteMarks', () => {
  it('pairs marks and reports each mark’s partner and depth', () => {
    const text = 'Il dit « a « b » c ».';
    const { marks, paragraphs } = guillemets(text);
    const { marks: pairing, quotes } = pairQuoteMarks(text, paragraphs, marks);
    expect(pairing.map((p) => [p.role, p.pair, p.depth])).toEqual([
      ['open', 3, 0],
      ['open', 2, 1],
      ['close', 1, 1],
      ['close', 0, 0],
    ]);
    expect(quotes.map((q) => [text.slice(...q.inner), q.parent])).toEqual([
      ['a « b » c', -1],
      ['b', 0],
    ]);
  });

  it('continues a quotation that opened its paragraph, not one opened inside a phrase', () => {
    const carried = '« Début de la lettre.\n\n« Suite de la lettre. »';
    const a = guillemets(carried);
    expect(pairQuoteMarks(carried, a.paragraphs, a.marks).quotes).toHaveLength(1);
    // A few words quoted mid-sentence and left open: the next paragraph's « starts a new quotation.
    const phrase =
      'Une politique « zéro tolérance appliquée aux migrants.\n\n« Face à cette politique », disent-ils.';
    const b = guillemets(phrase);
    const quotes = pairQuoteMarks(phrase, b.paragraphs, b.marks).quotes;
    expect(quotes.map((q) => [phrase.slice(...q.inner), q.unbalanced])).toEqual([
      ['zéro tolérance appliquée aux migrants.', 'no-closer'],
      ['Face à cette politique', null],
    ]);
  });

  it('keeps every paragraph of a carried quotation, and runs on to a closer its last paragraph holds without reopening', () => {
    // `« A.¶« B.¶C. »`: the quotation ended at its first paragraph's end, dropping `B.`, and
    // the » quoted `C.` alone.
    const text = '« Nous avons tout essayé.\n\n« Nous continuerons.\n\nNous ne lâcherons rien. »\n\nFin.';
    const a = guillemets(text);
    expect(
      pairQuoteMarks(text, a.paragraphs, a.marks).quotes.map((q) => [text.slice(...q.inner), q.unbalanced]),
    ).toEqual([['Nous avons tout essayé.\n\n« Nous continuerons.\n\nNous ne lâcherons rien.', null]]);
    // Never reopened nor closed: it still holds the paragraph it was continued into.
    const open = '« Nous avons tout essayé.\n\n« Nous continuerons.\n\nLa séance est levée.';
    const b = guillemets(open);
    expect(
      pairQuoteMarks(open, b.paragraphs, b.marks).quotes.map((q) => [open.slice(...q.inner), q.unbalanced]),
    ).toEqual([['Nous avons tout essayé.\n\n« Nous continuerons.', 'no-closer']]);
    // Not continued once (a quotation left open in a scraped line): the next line's » closes nothing of it.
    const scraped =
      'Il a dit « nous verrons.\n\nLes installations sont appelées glacières » et il fait froid.';
    const c = guillemets(scraped);
    expect(pairQuoteMarks(scraped, c.paragraphs, c.marks).quotes.map((q) => q.unbalanced)).toEqual([
      'no-closer',
      'no-opener',
    ]);
  });

  it('runs a quotation on over dialogue turns opening with a dash, where the caller allows it', () => {
    const text = '« Nous avons tout essayé, dit-il.\n\n— Et maintenant ?\n\n— Nous continuerons. »';
    const a = guillemets(text);
    expect(
      pairQuoteMarks(text, a.paragraphs, a.marks, { dialogue: () => true }).quotes.map((q) => [
        text.slice(...q.inner),
        q.unbalanced,
      ]),
    ).toEqual([['Nous avons tout essayé, dit-il.\n\n— Et maintenant ?\n\n— Nous continuerons.', null]]);
    // By default a dash paragraph continues nothing.
    expect(pairQuoteMarks(text, a.paragraphs, a.marks).quotes.map((q) => q.unbalanced)).toEqual([
      'no-closer',
      'no-opener',
    ]);
  });

  it('nests a quotation opened after a sentence end when two closers follow it', () => {
    // `"… 1981. À partir de là, "Cuco" Ortiz … l'équipe", indique Reyes.`: the outer one was
    // taken to have lost its closer at `1981.`, and `… l'équipe"` to have no opener.
    const text =
      '"Ce furent mes meilleures années. Je me suis retiré en 1981. Ensuite, "Cuco" Ortiz a pris la tête de l’équipe", indique Reyes.';
    const quotes = extractQuotations(segmentDocument(text, { id: 'd', name: 'd', lang: 'fr' }));
    expect(quotes.map((q) => [q.text, q.unbalanced, q.parent !== null])).toEqual([
      [
        'Ce furent mes meilleures années. Je me suis retiré en 1981. Ensuite, "Cuco" Ortiz a pris la tête de l’équipe',
        null,
        false,
      ],
      ['Cuco', null, true],
    ]);
    // One closer only: the first one did lose its closer.
    const lost = 'Il a dit « non. Puis « oui » et encore. Fin.';
    const a = guillemets(lost);
    expect(
      pairQuoteMarks(lost, a.paragraphs, a.marks).quotes.map((q) => [lost.slice(...q.inner), q.unbalanced]),
    ).toEqual([
      ['non.', 'no-closer'],
      ['oui', null],
    ]);
  });

  it('lets the caller decide a mark’s role in context (an apostrophe is skipped)', () => {
    const text = 'Il dit « oui » et c»est tout.';
    const { marks, paragraphs } = guillemets(text);
    const { marks: pairing } = pairQuoteMarks(text, paragraphs, marks, {
      resolve: (i, open) => (i === 2 ? 'skip' : open ? 'close' : 'open'),
    });
    expect(pairing.map((p) => p.role)).toEqual(['open', 'close', 'skip']);
  });

  it('ends a quotation still open MAX_QUOTATION_PART characters into its paragraph (a text pasted as one line)', () => {
    // One line: a straight quote read as an opener, and one read as a closer 90 sentences on.
    const narration = Array.from({ length: 90 }, (_, k) => `La phrase ${k} du récit ne cite personne.`).join(
      ' ',
    );
    const text = `Il a dit 'non. ${narration} C'est la fin' a-t-il ajouté. Elle a répondu 'oui' hier.`;
    expect(narration.length).toBeGreaterThan(MAX_QUOTATION_PART);
    const quotes = extractQuotations(segmentDocument(text, { id: 'd', name: 'd', lang: 'fr' })).filter(
      (q) => q.kind === 'quoted',
    );
    expect(quotes.map((q) => q.text)).toEqual(['oui']);
    // Guillemets too: the opener ends at its first sentence end, and the » closes no more than
    // its own sentence, as any closer without an opener.
    const long = `« ${narration} »`;
    const kept = pairQuoteMarks(long, [[0, long.length]], guillemets(long).marks).quotes;
    expect(kept.map((q) => [long.slice(...q.inner), q.unbalanced])).toEqual([
      ['La phrase 0 du récit ne cite personne.', 'no-closer'],
      ['La phrase 89 du récit ne cite personne.', 'no-opener'],
    ]);
    // Within the limit, a closer far away still closes: a long quotation is not cut.
    const short = `« ${narration.slice(0, MAX_QUOTATION_PART - 10)} »`;
    expect(
      pairQuoteMarks(short, [[0, short.length]], guillemets(short).marks).quotes.map((q) => q.unbalanced),
    ).toEqual([null]);
  });

  it('is the one pairer of the checks and of the quote extraction: both read the same quotations', () => {
    const text = 'Fin ». Il a dit « non. Puis « oui ».\n« Début.\n« Suite. »';
    const checks = analyzeQuotes(text, 'fr').quotations.map((q) => [q.innerStart, q.innerEnd, q.balanced]);
    const extracted = extractQuotations(segmentDocument(text, { id: 'd', name: 'd', lang: 'fr' }))
      .filter((q) => q.kind === 'quoted')
      .map((q) => [q.inner[0], q.inner[1], q.unbalanced === null]);
    expect(extracted).toEqual(checks);
    expect(checks).toHaveLength(4);
  });

  it('keeps a quotation that runs on to the next line of hard-wrapped text without blank lines as one', () => {
    // Wrapped at 70 columns, every line non-empty: each line was a paragraph, and each quotation
    // crossing a line break was cut in two (an unclosed « and an unopened »).
    const text = [
      'Le ministre de l’Intérieur a défendu mardi sa réforme devant les',
      'députés, au terme d’une séance agitée.',
      'Interrogé sur les critiques de l’opposition, il a répondu que « cette',
      'loi est nécessaire pour protéger les citoyens ».',
      'La présidente du groupe socialiste a dénoncé un texte « liberticide et',
      'dangereux pour les libertés publiques ». Elle saisira le Conseil.',
      '« Nous ne laisserons pas passer cela, a-t-elle ajouté. Jamais nous',
      'n’accepterons un tel recul. »',
    ].join('\n');
    const quotes = extractQuotations(segmentDocument(text, { id: 'd', name: 'd', lang: 'fr' }));
    expect(quotes.map((q) => [q.text, q.unbalanced, q.paragraph])).toEqual([
      ['cette loi est nécessaire pour protéger les citoyens', null, 2],
      ['liberticide et dangereux pour les libertés publiques', null, 4],
      [
        'Nous ne laisserons pas passer cela, a-t-elle ajouté. Jamais nous n’accepterons un tel recul.',
        null,
        6,
      ],
    ]);
    expect(quotes[0]!.speaker?.name).toBe('il');
    // The checks read the same quotations: no unclosed or unopened mark.
    const checked = analyzeQuotes(text, 'fr').quotations;
    expect(
      checked.map((q) => [text.slice(q.innerStart, q.innerEnd).replace(/\s+/gu, ' '), q.balanced]),
    ).toEqual(quotes.map((q) => [q.text, true]));
  });

  it('finds the speech verb on the line before a wrapped quotation', () => {
    const text = [
      'Le ministre de l’Intérieur a défendu mardi sa réforme devant les',
      'députés, au terme d’une séance agitée.',
      'Le soir même, face à la presse, le porte-parole a simplement répondu :',
      '« nous ne reculerons pas ». La présidente du groupe socialiste a',
      'dénoncé un texte liberticide.',
    ].join('\n');
    const [q] = extractQuotations(segmentDocument(text, { id: 'd', name: 'd', lang: 'fr' }));
    expect(q).toMatchObject({ text: 'nous ne reculerons pas', paragraph: 3 });
    expect(q!.speaker?.name).toBe('le porte-parole');
  });

  it('leaves scraped text alone: a guillemet left open at the end of a one-line paragraph ends there', () => {
    // Long lines of different widths: no wrap column. The « of the first line lost its closer
    // (the scraped line was cut), and the » of the next one closes nothing.
    const narration = 'Le récit se poursuit sur plusieurs phrases sans citer personne du tout. ';
    const text = `${narration.repeat(3)}On nous dit de ne jamais dire « ce n’est pas mon travail. La responsabi\n${narration.repeat(4)}Les installations sont appelées glacières » et il fait froid.\nFin.`;
    const quotes = extractQuotations(segmentDocument(text, { id: 'd', name: 'd', lang: 'fr' }));
    expect(quotes.map((q) => [q.text, q.unbalanced])).toEqual([
      ['ce n’est pas mon travail.', 'no-closer'],
      ['Les installations sont appelées glacières', 'no-opener'],
    ]);
  });

  it('starts a quotation whose opener is missing at its sentence, when a full stop precedes its closer', () => {
    // `… rien. »`: the sentence start was taken after that stop, and the quotation, empty, was dropped.
    const text = 'Le ministre a parlé.\n\nNous ne lâcherons rien. »\n\nLa séance a été levée.';
    const quotes = extractQuotations(segmentDocument(text, { id: 'd', name: 'd', lang: 'fr' }));
    expect(quotes.map((q) => [q.text, q.unbalanced])).toEqual([['Nous ne lâcherons rien.', 'no-opener']]);
    const { marks, paragraphs } = guillemets('Un récit. Il dit non. » Fin.');
    expect(
      pairQuoteMarks('Un récit. Il dit non. » Fin.', paragraphs, marks).quotes.map((q) => q.inner),
    ).toEqual([[10, 21]]);
  });
});
