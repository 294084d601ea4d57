import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const dir = new URL('../../../data/sample/', import.meta.url);

describe('segmentDocument on the sample case', () => {
  it('segments the five sample files as recorded in the golden file', async () => {
    const out: string[] = [];
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const doc = segmentDocument(text, { id: name, name });
      out.push(
        `## ${name} (${doc.lang}): ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences`,
      );
      for (const s of doc.sentences) {
        const p = doc.paragraphs[s.paragraph]!;
        const lang = p.lang ? ` [${p.lang}]` : '';
        out.push(`${p.id} line ${p.line}${lang}\t${s.id}\t${text.slice(s.start, s.end)}`);
      }
      out.push('');
    }
    // Review a change of this file line by line: each line is one sentence of the sample case.
    await expect(out.join('\n')).toMatchFileSnapshot('./golden/sample-sentences.txt');
  });
});
