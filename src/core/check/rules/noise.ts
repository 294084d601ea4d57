/**
 * noise: paragraphs of site furniture (../noise-paragraphs.ts), each with the edit that drops
 * it, and furniture glued to the start of a title by the scraper (`article imageAmazon …`).
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import { makeFinding } from '../make-finding.ts';
import { noiseParagraphs } from '../noise-paragraphs.ts';
import { paragraphDeletion } from '../paragraph-deletion.ts';

const PREFIX = /^(?:article image|image|photo|vid[ée]o)(?=\p{Lu}\p{Ll})/u;

/** Site furniture: whole paragraphs and glued prefixes. */
export const noiseRule: CheckRule = {
  id: 'noise',
  category: 'noise',
  codes: ['noise-paragraph', 'noise-prefix'],
  scope: 'document',
  run(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const findings: Finding[] = [];
    for (const { index, kind } of noiseParagraphs(doc)) {
      const p = doc.paragraphs[index]!;
      findings.push(
        makeFinding(ctx, {
          rule: 'noise-paragraph',
          category: 'noise',
          severity: 'info',
          start: p.start,
          end: p.end,
          fix: [paragraphDeletion(doc, index)],
          params: { kind, paragraph: index },
        }),
      );
    }
    for (const p of doc.paragraphs) {
      const m = PREFIX.exec(text.slice(p.start, p.end));
      if (!m) continue;
      findings.push(
        makeFinding(ctx, {
          rule: 'noise-prefix',
          category: 'noise',
          severity: 'info',
          start: p.start,
          end: p.start + m[0].length,
          fix: [{ start: p.start, end: p.start + m[0].length, text: '' }],
          params: { kind: 'navigation', paragraph: p.index },
        }),
      );
    }
    return findings;
  },
};
