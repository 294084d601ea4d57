import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/check/run-checks.ts';
import { applyEdits } from '../../../src/core/model/apply-edits.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const doc = (text: string) => segmentDocument(text, { id: 'd', name: 'd.txt', lang: 'fr' });

describe('runChecks on empty and degenerate text', () => {
  it('finds nothing in an empty document', () => {
    expect(runChecks(doc(''))).toEqual([]);
  });

  it('finds nothing in white space only, U+00A0 lines and CRLF blank lines', () => {
    for (const text of ['   \n\t\n', '\u00a0\n\u00a0\u00a0\n', '\r\n\r\n']) {
      expect(runChecks(doc(text))).toEqual([]);
    }
  });

  it('keeps every finding inside the text, with fixes that apply cleanly, on odd fragments', () => {
    for (const text of [
      '«',
      '»',
      '"',
      "''",
      ',,',
      'œ',
      'â€',
      'Ã ',
      '« œ',
      'a\u0000b',
      'x\ud800y',
      '…',
      '!!!?',
    ]) {
      const d = doc(text);
      const findings = runChecks(d);
      for (const f of findings) {
        expect(f.span[0]).toBeGreaterThanOrEqual(0);
        expect(f.span[1]).toBeLessThanOrEqual(text.length);
        expect(f.span[0]).toBeLessThanOrEqual(f.span[1]);
        if (f.fix) expect(typeof applyEdits(text, f.fix)).toBe('string');
      }
    }
  });

  it('checks a 200 kB word without spaces (a hash or a minified line) and finds nothing', () => {
    expect(runChecks(doc('a'.repeat(200_000)))).toEqual([]);
  });

  it('runs the pair rules on an empty source without throwing', () => {
    const target = doc('Le chat dort.');
    const source = segmentDocument('', { id: 's', name: 's.txt', lang: 'en' });
    const alignment = {
      level: 'sentence' as const,
      srcDocId: 's',
      tgtDocId: 'd',
      beads: [{ src: [], tgt: [0], confidence: 1 }],
      parallelism: 0,
    };
    expect(() => runChecks(target, { pair: { source, alignment }, sourceLang: 'en' })).not.toThrow();
  });
});
