/**
 * The browser benchmark's large pair: two parallel documents of WMT newstest sentences (English
 * and French) grouped four by four into paragraphs, cycled up to the paragraph count asked for.
 */
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
