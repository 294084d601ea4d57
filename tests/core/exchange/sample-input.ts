/**
 * The sample case as export input: English 003 as the source, French 000 as the target,
 * the French text corrected by the fixes of its first mojibake/quote findings (an edit log),
 * real findings from runChecks on the corrected text, and a fixed paragraph alignment (the
 * tests must not depend on the aligner's current quality).
 */
import { readFileSync } from 'node:fs';
import { runChecks } from '../../../src/core/check/run-checks.ts';
import { replayEditLog } from '../../../src/core/exchange/edit-log.ts';
import type { ExportInput } from '../../../src/core/exchange/pair-rows.ts';
import type { CaseBead, CaseEdit } from '../../../src/core/model/case-file.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

// Tests run from the repository root (vitest's root); import.meta.url is not a file URL under jsdom.
const root = `${process.cwd()}/`;
export const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

const cache = new Map<string, ExportInput>();

/** The sample pair, with an edit log of applied fixes on the French side (built once per level). */
export function sampleInput(level: 'paragraph' | 'sentence' = 'paragraph'): ExportInput {
  let input = cache.get(level);
  if (!input) {
    input = buildSampleInput(level);
    cache.set(level, input);
  }
  return input;
}

function buildSampleInput(level: 'paragraph' | 'sentence'): ExportInput {
  const enText = read('data/sample/003_9be7f01c49a02bb1.txt');
  const frOriginal = read('data/sample/000_5ce1033decd27cb8.txt');
  const en = segmentDocument(enText, { id: 'en-003', name: '003_9be7f01c49a02bb1.txt', lang: 'en' });
  // Apply the fixes of up to three findings, one after the other, as the workbench would.
  const edits: CaseEdit[] = [];
  let text = frOriginal;
  for (let k = 0; k < 3; k++) {
    const doc = segmentDocument(text, { id: 'fr-000', name: '000_5ce1033decd27cb8.txt', lang: 'fr' });
    const finding = runChecks(doc).find(
      (f) => f.fix && f.fix.length === 1 && (f.category === 'encoding' || f.category === 'quotes'),
    );
    if (!finding) break;
    const fix = finding.fix![0]!;
    edits.push({ ...fix, origin: 'fix', rule: finding.rule, at: '2026-11-22T20:00:00.000Z' });
    text = replayEditLog(frOriginal, edits).text;
  }
  const fr = segmentDocument(text, { id: 'fr-000', name: '000_5ce1033decd27cb8.txt', lang: 'fr' });
  const frFindings = runChecks(fr);
  const segs = (doc: typeof en) => (level === 'paragraph' ? doc.paragraphs.length : doc.sentences.length);
  const n = segs(en);
  const m = segs(fr);
  // A fixed ladder: mostly 1-1, a 1-2 and a 2-1 now and then, the rest unpaired.
  const beads: CaseBead[] = [];
  let i = 0;
  let j = 0;
  let b = 0;
  while (i < n && j < m) {
    const shape = b % 7 === 3 && j + 1 < m ? [1, 2] : b % 7 === 5 && i + 1 < n ? [2, 1] : [1, 1];
    const src = Array.from({ length: shape[0]! }, (_, k) => i + k);
    const tgt = Array.from({ length: shape[1]! }, (_, k) => j + k);
    beads.push({
      src,
      tgt,
      confidence: ((b * 37) % 100) / 100,
      ...(b % 4 === 0 ? { confirmed: true } : {}),
      ...(b % 8 === 0 ? { final: true } : {}),
    });
    i += shape[0]!;
    j += shape[1]!;
    b++;
  }
  for (; i < n; i++) beads.push({ src: [i], tgt: [], confidence: 0.9 });
  for (; j < m; j++) beads.push({ src: [], tgt: [j], confidence: 0.9 });
  return {
    source: { doc: en },
    target: { doc: fr, findings: frFindings, originalText: frOriginal, edits },
    alignment: { level, beads },
    date: '2026-11-22T20:40:00.000Z',
  };
}
