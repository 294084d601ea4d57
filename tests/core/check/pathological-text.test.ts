/**
 * One-document rules on pathological text (bad-input F14 and kin): each once took quadratic time
 * (a run of 20,000 œ: 166 s; 100 kB of `mot.mot.…`: a minute; a long token in glued words and
 * spelling suggestions). These tests hold the behaviour on such input; the time is measured by
 * the benchmarks (tests/bench/check-doc.bench.ts prints the pathological cases' times).
 */
import { describe, expect, it } from 'vitest';
import { loadWordList } from '../../../src/cli/load-lexicons.ts';
import type { WordLookup } from '../../../src/core/check/check-rule.ts';
import { analyzeQuotes } from '../../../src/core/check/quote-marks.ts';
import { findQuoteRemnants } from '../../../src/core/check/quote-remnants.ts';
import { runChecks } from '../../../src/core/check/run-checks.ts';
import { skipRanges } from '../../../src/core/check/text-ranges.ts';
import type { Finding } from '../../../src/core/model/finding.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const words: Record<string, WordLookup> = { fr: loadWordList('fr')!, en: loadWordList('en')! };

function checkAll(text: string): Finding[] {
  const doc = segmentDocument(text, { id: 'p', name: 'p', lang: 'fr' });
  return runChecks(doc, { words, sourceLang: 'en' });
}

describe('one-document rules on pathological text', () => {
  it('reports a run of 20,000 œ once, as a lost quote mark at its start (F14)', () => {
    const text = `Le texte. ${'œ'.repeat(20_000)} fin.`;
    const findings = checkAll(text);
    const inRun = findings.filter((f) => f.span[0] >= 10 && f.span[0] < 20_010);
    expect(inRun.map((f) => [f.category, f.span[0]])).toEqual([['encoding', 10]]);
  });

  it('judges each word with œ once: the remnants of a long run are its first œ only', () => {
    expect(findQuoteRemnants(`${'œ'.repeat(5_000)} « œ Il`).map((r) => [r.index, r.role])).toEqual([
      [0, 'word-initial'],
      [5_003, 'after-opener'],
    ]);
    // Real words with œ, however many, are still left alone.
    expect(findQuoteRemnants('cœur sœur œuvre '.repeat(2_000))).toEqual([]);
  });

  it('reports a 200 kB token without spaces as one unknown word, without suggestions or a split', () => {
    const text = 'abcdefghij'.repeat(20_000);
    const findings = checkAll(text);
    expect(findings.map((f) => [f.rule, f.span[0], f.span[1], f.expected])).toEqual([
      ['unknown-word', 0, text.length, undefined],
    ]);
  });

  it('still finds the URL after 100 kB of dotted words (bounded address and domain patterns)', () => {
    const run = 'mot.'.repeat(25_000);
    const text = `${run} voir www.exemple.fr ou redaction@journal.example.org et lemonde.fr`;
    const skip = skipRanges(text);
    expect(skip.overlaps(0, run.length)).toBe(false);
    for (const part of ['www.exemple.fr', 'redaction@journal.example.org', 'lemonde.fr']) {
      const at = text.indexOf(part);
      expect(skip.overlaps(at, at + part.length), part).toBe(true);
    }
  });

  it("flags each of 50,000 '' as a makeshift quotation mark, alternating opener and closer", () => {
    const findings = checkAll("''".repeat(50_000)).filter((f) => f.rule === 'makeshift-quote');
    expect(findings).toHaveLength(50_000);
    expect(findings.slice(0, 2).map((f) => f.expected)).toEqual(['“', '”']);
  });

  it('closes 40,000 unclosed « in a text without a full stop (speed: the check-doc benchmark)', () => {
    // Each unclosed opener looked for its sentence end up to the end of the text, not up to the
    // next mark: 12 s for these 400 kB, and a 15 MB line of such text did not finish.
    const text = `Il a dit ${'« mot mot '.repeat(40_000)}fin`;
    const { quotations } = analyzeQuotes(text, 'fr');
    expect(quotations).toHaveLength(40_000);
    expect(quotations.every((q) => !q.balanced)).toBe(true);
    expect(quotations[1]).toMatchObject({ open: 19, end: 29 });
  });

  it('numbers the marks of a one-line text of 200,000 quotations (speed: the check-doc benchmark)', () => {
    // Each mark looked for the next line break from itself: to the end of a long last line.
    const text = '« mot » '.repeat(200_000);
    const { marks, quotations } = analyzeQuotes(text, 'fr');
    expect(quotations).toHaveLength(200_000);
    expect(marks.every((m) => m.paragraph === 0)).toBe(true);
  });

  it('reads a 14 MB line of words without overflowing the stack', () => {
    // Its paragraphs were /[^\n]+/gu matches: V8 overflows its stack on a match of 10 MB or more
    // ('internal error: Maximum call stack size exceeded' from check on a one-line file).
    const words = 'le la un et à en pour sur avec été où soleil maison chat Amazon politique,'.split(' ');
    const text = `« ${Array.from({ length: 3_000_000 }, (_, k) => words[(k * 7) % words.length]).join(' ')} »`;
    expect(text.length).toBeGreaterThan(14_000_000);
    // Both marks are read: the « lost its closer 3,000 characters on (MAX_QUOTATION_PART), and
    // the » closes nothing.
    const { quotations } = analyzeQuotes(text, 'fr');
    expect(quotations.map((q) => [q.open, q.close])).toEqual([
      [0, -1],
      [-1, text.length - 1],
    ]);
  });

  it('pairs 100,000 straight quotes without a finding', () => {
    expect(checkAll('"'.repeat(100_000)).filter((f) => f.category === 'quotes')).toEqual([]);
  });
});
