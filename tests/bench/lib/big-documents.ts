/**
 * The browser benchmark's large pair: two parallel documents of WMT newstest sentences (English
 * and French) grouped four by four into paragraphs, cycled up to the paragraph count asked for.
 */
import { readFileSync } from 'node:fs';
import { readWmtPairs } from './read-wmt.ts';

/** The two documents as plain texts (one paragraph a line) and their sentence count a side. */
export interface BigDocuments {
  readonly en: string;
  readonly fr: string;
  readonly sentences: number;
}

/** `paragraphs` parallel paragraphs of `perParagraph` sentences on each side. */
export function bigDocuments(paragraphs = 5_000, perParagraph = 4): BigDocuments {
  const en: string[] = [];
  const fr: string[] = [];
  for (const pair of readWmtPairs()) {
    pair.en.paragraphs.forEach((p, i) => {
      const q = pair.fr.paragraphs[i];
      if (!q || q.length !== p.length) return;
      en.push(...p);
      fr.push(...q);
    });
  }
  const enParas: string[] = [];
  const frParas: string[] = [];
  for (let k = 0; enParas.length < paragraphs; k += perParagraph) {
    const at = k % (en.length - perParagraph);
    enParas.push(en.slice(at, at + perParagraph).join(' '));
    frParas.push(fr.slice(at, at + perParagraph).join(' '));
  }
  return { en: enParas.join('\n'), fr: frParas.join('\n'), sentences: paragraphs * perParagraph };
}

/** The sample case's English report `004_…` and French report `001_…`, repeated. */
export interface RepeatedSample {
  readonly en: string;
  readonly fr: string;
  readonly enCopies: number;
  readonly frCopies: number;
}

/**
 * A large partly parallel pair: the sample case's English report `004_…` and French report
 * `001_…` (which renders a few of its passages) each repeated, a blank line between copies, as
 * many times as fits in `enBytes` and `frBytes` of UTF-8. The defaults stay under the import
 * dialog's 20 MiB limit (src/ui/features/import/import-dialog.tsx).
 */
export function repeatedSample(enBytes = 19_500_000, frBytes = 15_000_000): RepeatedSample {
  const read = (name: string) =>
    readFileSync(new URL(`../../../data/sample/${name}`, import.meta.url), 'utf8').trim();
  const repeat = (text: string, bytes: number) => {
    const copies = Math.floor((bytes + 2) / (Buffer.byteLength(text) + 2));
    return { text: Array.from({ length: copies }, () => text).join('\n\n'), copies };
  };
  const en = repeat(read('004_bd4a0573e9b7c7ee.txt'), enBytes);
  const fr = repeat(read('001_ec0fa46e45b6f4ef.txt'), frBytes);
  return { en: en.text, fr: fr.text, enCopies: en.copies, frCopies: fr.copies };
}
