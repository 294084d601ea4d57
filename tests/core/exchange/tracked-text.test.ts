import { diffWordsWithSpace } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayEditLog } from '../../../src/core/exchange/edit-log.ts';
import { buildPairRows, type RowFinding } from '../../../src/core/exchange/pair-rows.ts';
import { type TrackedRun, trackedRuns } from '../../../src/core/exchange/tracked-text.ts';
import type { CaseEdit } from '../../../src/core/model/case-file.ts';
import type { Finding } from '../../../src/core/model/finding.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

/** The runs as they were made before the diff ran around the edits alone: the whole diff, every cut and finding tried for each part. */
function wholeDiffRuns(original: string, current: string, findings: readonly RowFinding[]): TrackedRun[] {
  let parts: { value: string; added?: boolean; removed?: boolean }[] = [{ value: current }];
  if (original !== current) {
    const diff = diffWordsWithSpace(original, current);
    if (
      diff
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join('') === current
    )
      parts = diff;
  }
  const cuts = new Set<number>();
  for (const f of findings) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const runs: TrackedRun[] = [];
  let pos = 0;
  for (const part of parts) {
    if (part.value === '') continue;
    if (part.removed) {
      runs.push({ text: part.value, kind: 'deleted', findings: [] });
      continue;
    }
    const kind = part.added ? 'inserted' : 'same';
    const end = pos + part.value.length;
    const inside = [...cuts].filter((c) => c > pos && c < end).sort((a, b) => a - b);
    let from = pos;
    for (const cut of [...inside, end]) {
      const covering = findings.filter((f) => f.start < cut && f.end > from).map((f) => f.finding);
      runs.push({ text: current.slice(from, cut), kind, findings: covering });
      from = cut;
    }
    pos = end;
  }
  return runs;
}

const at = '2026-01-01T00:00:00.000Z';

/** One French paragraph, edited as a person and the fixes would, and its one row. */
function editedRow(original: string, edits: readonly CaseEdit[], findingSpans: readonly [number, number][]) {
  const text = replayEditLog(original, edits).text;
  const fr = segmentDocument(text, { id: 'fr', name: 'fr.txt', lang: 'fr' });
  const en = segmentDocument('One paragraph.', { id: 'en', name: 'en.txt', lang: 'en' });
  const findings = findingSpans.map(
    ([start, end], i): Finding => ({
      rule: `rule-${i}`,
      category: 'typography',
      severity: i % 2 ? 'error' : 'warning',
      docId: 'fr',
      span: [start, end],
      actual: text.slice(start, end),
      params: {},
    }),
  );
  const [row] = buildPairRows({
    source: { doc: en },
    target: { doc: fr, findings, originalText: original, edits },
    alignment: {
      level: 'paragraph',
      beads: [{ src: [0], tgt: fr.paragraphs.map((_, i) => i), confidence: 0.9 }],
    },
  });
  return row!.target;
}

describe('trackedRuns', () => {
  it('gives the runs of the whole diff for a long paragraph with many edits, diffing only around them', () => {
    const sentence =
      'Le président a déclaré : « Nous ne cÃ©derons pas » , puis il a ajouté que la réforme serait votée avant lâ€™été ; ses opposants , eux , parlent dâ€™un passage en force ! ';
    const original = sentence.repeat(40).trimEnd();
    // From the end backwards, as the workbench logs a 'fix all': no-break spaces before « : ; ! »
    // and inside the guillemets, mojibake inside words, spaces before commas taken out; then a
    // person's edits: a word replaced, a passage deleted, words inserted.
    const fixes: CaseEdit[] = [];
    const add = (re: RegExp, text: (m: string) => string, rule: string) => {
      for (const m of original.matchAll(re))
        fixes.push({ start: m.index, end: m.index + m[0].length, text: text(m[0]), origin: 'fix', rule, at });
    };
    add(/ (?=[:;!»])/g, () => '\u00a0', 'nbsp-before-punctuation');
    add(/(?<=«) /g, () => '\u00a0', 'nbsp-after-guillemet');
    add(/Ã©/g, () => 'é', 'mojibake');
    add(/â€™/g, () => '’', 'mojibake');
    add(/ (?=,)/g, () => '', 'space-before-comma');
    fixes.sort((a, b) => b.start - a.start);
    const afterFixes = replayEditLog(original, fixes).text;
    const manual = (start: number, end: number, text: string): CaseEdit => ({
      start,
      end,
      text,
      origin: 'manual',
      at,
    });
    const votee = afterFixes.indexOf('votée', 3000);
    const puis = afterFixes.indexOf('puis il', 5000);
    const edits = [
      ...fixes,
      manual(votee, votee + 5, 'adoptée'),
      manual(puis, puis + 8, ''),
      manual(0, 0, 'Hier, '),
    ];
    const text = replayEditLog(original, edits).text;
    const findingSpans: [number, number][] = [
      [10, 30],
      [20, 25],
      [text.indexOf('adoptée'), text.indexOf('adoptée') + 7],
      [4000, 4400],
      [text.length - 1, text.length],
    ];
    const side = editedRow(original, edits, findingSpans);
    expect(side.original).toBe(original);
    expect(side.text).toBe(text);
    expect(edits.length).toBeGreaterThan(400);
    // The edits are apart: the diff runs on many small pieces.
    expect(side.unchanged!.length).toBeGreaterThan(300);
    const runs = trackedRuns(side.original, side.text, side.findings, side.unchanged);
    expect(runs).toEqual(wholeDiffRuns(side.original, side.text, side.findings));
    expect(runs.filter((r) => r.kind === 'deleted').map((r) => r.text)).toContain('cÃ©derons');
    expect(runs.filter((r) => r.kind === 'inserted').map((r) => r.text)).toContain('adoptée');
  });

  it('gives the runs of the whole diff for random edit logs over texts of repeated words', () => {
    const pieces = [
      'la',
      'président',
      'dit',
      ':',
      '«',
      '»',
      ' ',
      '  ',
      '\n',
      '\r\n',
      'été',
      'Ã©tÃ©',
      ',',
      '.',
      '\u00a0',
      '😀',
    ];
    const piece = fc.constantFrom(...pieces);
    const text = fc.array(piece, { minLength: 1, maxLength: 60 }).map((p) => p.join(''));
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.nat(6),
      text: fc.array(piece, { maxLength: 2 }).map((p) => p.join('')),
    });
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 8 }), (original, raw) => {
        const edits: CaseEdit[] = [];
        let current = original;
        for (const e of raw) {
          const start = Math.floor(e.at * current.length);
          const end = Math.min(current.length, start + e.length);
          edits.push({ start, end, text: e.text, origin: 'fix', rule: 'r', at });
          current = current.slice(0, start) + e.text + current.slice(end);
        }
        const log = replayEditLog(original, edits);
        const unchanged = [];
        let from = 0;
        let fromOriginal = 0;
        for (const c of [...log.changes, { start: current.length, end: current.length, originalEnd: 0 }]) {
          if (c.start > from) unchanged.push({ start: from, end: c.start, originalStart: fromOriginal });
          from = c.end;
          fromOriginal = c.originalEnd;
        }
        const findings: RowFinding[] = [];
        expect(trackedRuns(original, current, findings, unchanged)).toEqual(
          wholeDiffRuns(original, current, findings),
        );
      }),
      { seed: 20261124, numRuns: 400 },
    );
  });

  it('diffs the whole texts when the stretches said unchanged are not', () => {
    const runs = trackedRuns('un deux trois', 'un 2 trois', [], [{ start: 0, end: 6, originalStart: 0 }]);
    expect(runs).toEqual(wholeDiffRuns('un deux trois', 'un 2 trois', []));
  });
});
