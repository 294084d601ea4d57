/**
 * The quote-tracing benchmark set (tests/bench/quotes.bench.ts): WMT newstest French sentences
 * embedded as quotations in French paragraphs, with injected changes (clause dropped, number
 * changed, name changed) or their English source removed, and the year's English documents as
 * the pool the sources hide in. Seeded: the same year gives the same set.
 */
import type { Lexicon } from '../../../src/core/lexicon/lexicon.ts';
import type { Paragraph, Sentence, TextDocument } from '../../../src/core/model/document.ts';
import { numberValue, passageTokens } from '../../../src/core/quote/passage-tokens.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';
import { clauseChunks } from './clause-chunks.ts';
import { loadBenchLexicon } from './load-bench-lexicon.ts';
import type { WmtPair } from './read-wmt.ts';
import { seededRandom } from './seeded-random.ts';

export type Variant = 'intact' | 'clause-dropped' | 'number-changed' | 'name-changed' | 'source-removed';
export const VARIANTS: readonly Variant[] = [
  'intact',
  'clause-dropped',
  'number-changed',
  'name-changed',
  'source-removed',
];
const LEGACY_CLAUSE = process.env.QUOTES_LEGACY_CLAUSE === '1';
export const PER_VARIANT = Number(process.env.QUOTES_PER_VARIANT ?? 100);

export interface Item {
  readonly variant: Variant;
  readonly fr: string;
  readonly doc: number;
  /** Index of the English sentence in its document's flat sentence list. */
  readonly sentence: number;
}

/** Both French–English directions, every file of each (tests/bench/lib/load-bench-lexicon.ts). */
export function loadLexicons(): Lexicon[] {
  return [loadBenchLexicon('fr', 'en'), loadBenchLexicon('en', 'fr')].filter(
    (l): l is Lexicon => l !== undefined,
  );
}

const NAMES = ['Dupont', 'Moreau', 'Kowalski', 'Okafor', 'Lindqvist', 'Yamamoto', 'Ferreira', 'Novak'];
const QUOTE_CHARS = /[«»“”"„]/u;

/** The injected change, or null when this sentence does not allow it. */
function inject(variant: Variant, fr: string, en: string, rand: () => number): string | null {
  if (variant === 'intact' || variant === 'source-removed') return fr;
  const frTokens = passageTokens(fr, [0, fr.length], 'fr');
  const enTokens = passageTokens(en, [0, en.length], 'en');
  if (variant === 'number-changed') {
    // The figure as written, its scale words aside: the set stays the same whatever the tracer
    // makes of `12 thousand` (it reads it as 12 000 since session 18).
    const written = (text: string) => (t: (typeof frTokens)[number]) =>
      t.value === null ? null : numberValue(text.slice(t.start, t.end));
    const enValues = new Set(enTokens.map(written(en)).filter((v) => v !== null));
    const number = frTokens.find((t) => {
      const v = written(fr)(t);
      return v !== null && enValues.has(v) && v >= 2;
    });
    if (!number) return null;
    const raw = fr.slice(number.start, number.end);
    const digits = [...raw.matchAll(/\d/gu)];
    const pick = digits[Math.floor(rand() * digits.length)]!;
    const at = number.start + pick.index;
    const changed = String((Number(pick[0]) + 1 + Math.floor(rand() * 8)) % 10);
    if (at === number.start && changed === '0') return null;
    return fr.slice(0, at) + changed + fr.slice(at + 1);
  }
  if (variant === 'name-changed') {
    const enKeys = new Set(enTokens.filter((t) => t.name).map((t) => t.key));
    const name = frTokens.find((t) => t.name && enKeys.has(t.key) && t.key.length > 2);
    if (!name) return null;
    const other = NAMES[Math.floor(rand() * NAMES.length)]!;
    return fr.slice(0, name.start) + other + fr.slice(name.end);
  }
  // clause-dropped: remove one comma-delimited chunk of at least 3 content words that is at most
  // half of the sentence's content words. (Until session 2 the chunk could be nearly the whole
  // sentence: `Toutefois, les chercheurs avaient fourni…` became the quotation `Toutefois.`, a
  // fragment no one could trace. QUOTES_LEGACY_CLAUSE=1 restores that rule for comparison.)
  const chunks: [number, number][] = [];
  const sentenceContent = frTokens.filter((t) => !t.fn).length;
  // The chunks never cut inside a number or after an abbreviation (tests/bench/lib/clause-chunks.ts;
  // before the fix of issue #4 `12,5 milliards` could become `12.` and `10,000` `Facebook,000`).
  for (const [start, end] of clauseChunks(fr)) {
    const body = fr.slice(start + 1, end);
    const content = passageTokens(body, [0, body.length], 'fr').filter((t) => !t.fn).length;
    if (content >= 3 && (LEGACY_CLAUSE || 2 * content <= sentenceContent)) chunks.push([start, end]);
  }
  const chunk = chunks[Math.floor(rand() * chunks.length)];
  if (!chunk) return null;
  return fr.slice(0, chunk[0]) + fr.slice(chunk[1]);
}

export interface EnglishPool {
  readonly docs: TextDocument[];
  /** For each pair and flat sentence index, the span in its document (null if removed). */
  readonly spans: ([number, number] | null)[][];
}

export function englishPool(pairs: readonly WmtPair[], removed: ReadonlySet<string>): EnglishPool {
  const docs: TextDocument[] = [];
  const spans: ([number, number] | null)[][] = [];
  pairs.forEach((pair, d) => {
    let text = '';
    const paragraphs: Paragraph[] = [];
    const sentences: Sentence[] = [];
    const docSpans: ([number, number] | null)[] = [];
    let flat = 0;
    for (const para of pair.en.paragraphs) {
      const start = text.length;
      const first = sentences.length;
      const kept: string[] = [];
      for (const seg of para) {
        if (removed.has(`${d}:${flat}`)) {
          docSpans.push(null);
        } else {
          const s = start + kept.reduce((n, k) => n + k.length + 1, 0);
          kept.push(seg);
          sentences.push({
            id: `s${sentences.length}`,
            index: sentences.length,
            paragraph: paragraphs.length,
            start: s,
            end: s + seg.length,
          });
          docSpans.push([s, s + seg.length]);
        }
        flat++;
      }
      if (kept.length === 0) continue;
      text += kept.join(' ');
      paragraphs.push({
        id: `p${paragraphs.length}`,
        index: paragraphs.length,
        start,
        end: text.length,
        firstSentence: first,
        sentenceCount: sentences.length - first,
        line: paragraphs.length + 1,
      });
      text += '\n';
    }
    docs.push({ id: `en-${pair.docid}`, name: pair.docid, lang: 'en', text, paragraphs, sentences });
    spans.push(docSpans);
  });
  return { docs, spans };
}

export function sample(pairs: readonly WmtPair[], seed: number): Item[] {
  const rand = seededRandom(seed);
  const candidates: { doc: number; sentence: number; fr: string; en: string }[] = [];
  pairs.forEach((pair, doc) => {
    const fr = pair.fr.paragraphs.flat();
    const en = pair.en.paragraphs.flat();
    fr.forEach((f, sentence) => {
      const e = en[sentence];
      if (!e || QUOTE_CHARS.test(f) || QUOTE_CHARS.test(e)) return;
      const words = f.split(/\s+/u).length;
      if (words >= 8 && words <= 60) candidates.push({ doc, sentence, fr: f, en: e });
    });
  });
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
  }
  const counts = new Map<Variant, number>(VARIANTS.map((v) => [v, 0]));
  const items: Item[] = [];
  // Rarer changes first, so that each variant finds enough sentences that allow it.
  const order: Variant[] = ['number-changed', 'name-changed', 'clause-dropped', 'intact', 'source-removed'];
  for (const c of candidates) {
    for (const variant of order) {
      if (counts.get(variant)! >= PER_VARIANT) continue;
      const fr = inject(variant, c.fr, c.en, rand);
      if (fr === null) continue;
      items.push({ variant, fr, doc: c.doc, sentence: c.sentence });
      counts.set(variant, counts.get(variant)! + 1);
      break;
    }
  }
  return items;
}

/** French documents of 20 paragraphs, each quoting one item. */
export function frenchDocs(items: readonly Item[]): { docs: TextDocument[]; at: Map<string, number> } {
  const docs: TextDocument[] = [];
  const at = new Map<string, number>();
  for (let d = 0; d * 20 < items.length; d++) {
    const lines: string[] = [];
    items.slice(d * 20, d * 20 + 20).forEach((item, k) => {
      at.set(`fr-${d}:${k}`, d * 20 + k);
      lines.push(`Le dossier a été évoqué jeudi. « ${item.fr} », a déclaré un porte-parole.`);
    });
    docs.push(segmentDocument(lines.join('\n'), { id: `fr-${d}`, name: `fr-${d}`, lang: 'fr' }));
  }
  return { docs, at };
}

/** Logistic regression by gradient descent (features are all of order 1). */
export function fitLogistic(xs: readonly number[][], ys: readonly number[]): number[] {
  const dim = xs[0]!.length + 1;
  const w = new Array<number>(dim).fill(0);
  const lr = 0.5;
  for (let iter = 0; iter < 4000; iter++) {
    const grad = new Array<number>(dim).fill(0);
    xs.forEach((x, i) => {
      const z = w[0]! + x.reduce((s, v, k) => s + v * w[k + 1]!, 0);
      const err = 1 / (1 + Math.exp(-z)) - ys[i]!;
      grad[0]! += err;
      x.forEach((v, k) => {
        grad[k + 1]! += err * v;
      });
    });
    for (let k = 0; k < dim; k++) w[k]! -= (lr * (grad[k]! + (k > 0 ? 0.01 * w[k]! : 0))) / xs.length;
  }
  return w;
}
