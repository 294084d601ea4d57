/**
 * Reader for the WMT newstest SGML files in ../shared/eval/wmt-news: documents of paragraphs
 * of segments; the segment with the same docid and id on both sides is a translation.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EVAL_DIR = fileURLToPath(new URL('../../../../shared/eval/', import.meta.url));

export interface WmtDocument {
  readonly docid: string;
  readonly origlang: string;
  /** Paragraphs (the `<p>` and `<h1>` blocks) of segments (sentences), in order. */
  readonly paragraphs: readonly (readonly string[])[];
}

export interface WmtPair {
  readonly docid: string;
  readonly origlang: string;
  readonly en: WmtDocument;
  readonly fr: WmtDocument;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? _);
}

/** Parse one SGML file into documents. */
export function parseWmt(sgml: string): WmtDocument[] {
  const docs: WmtDocument[] = [];
  for (const doc of sgml.matchAll(/<doc docid="([^"]*)"[^>]*?origlang="([^"]*)"[^>]*>([\s\S]*?)<\/doc>/g)) {
    const paragraphs: string[][] = [];
    for (const block of doc[3]!.matchAll(/<(p|h1)>([\s\S]*?)<\/\1>/g)) {
      const segs = [...block[2]!.matchAll(/<seg id="\d+">([\s\S]*?)<\/seg>/g)].map((m) =>
        unescapeXml(m[1]!.trim()),
      );
      if (segs.length > 0) paragraphs.push(segs);
    }
    docs.push({ docid: doc[1]!, origlang: doc[2]!, paragraphs });
  }
  return docs;
}

/** All English–French document pairs of newstest2012 and newstest2013 (or one year). */
export function readWmtPairs(years: readonly string[] = ['2012', '2013']): WmtPair[] {
  const pairs: WmtPair[] = [];
  for (const year of years) {
    const en = parseWmt(readFileSync(`${EVAL_DIR}wmt-news/newstest${year}-src.en.sgm`, 'utf8'));
    const fr = new Map(
      parseWmt(readFileSync(`${EVAL_DIR}wmt-news/newstest${year}-src.fr.sgm`, 'utf8')).map((d) => [
        d.docid,
        d,
      ]),
    );
    for (const doc of en) {
      const other = fr.get(doc.docid);
      if (other) pairs.push({ docid: doc.docid, origlang: doc.origlang, en: doc, fr: other });
    }
  }
  return pairs;
}
