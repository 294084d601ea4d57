/**
 * Partly parallel test material for two things the block material (block-parallel-docs.ts)
 * lacks, both seen in reports that render a letter:
 *
 * 1. A rendered LIST: 3–5 consecutive short items (a list of demands) on both sides, one
 *    rendered tightly (the anchor) and the others loosely, each with only some lexical evidence
 *    of its own. From a WMT document: L consecutive English sentences of its first half are cut
 *    to short items (their first 5–13 words; the French translation cut at the same share of its
 *    words), and replace those sentences in the English text (at paragraph level they become
 *    paragraphs of their own, as a bulleted list does). The French items are inserted together
 *    at a random place of the French background (the second half): the anchor as cut, the others
 *    loosened (each word replaced with a probability drawn in [0.2, 0.6] by a word of the French
 *    text), and with probability 0.25 an item is not rendered but replaced by a DECOY, a short
 *    cut of a French background sentence (a report's own item standing in the list: short and
 *    next to the anchor, but not a rendering).
 * 2. Same-story NEGATIVES sharing names and numbers: two French background units (not
 *    renderings) get the names and numbers of an English unit of the first half written into
 *    them (replacing their own names and numbers, or words of five letters or more when they have
 *    fewer than two): a sentence of the same story that mentions the same people and figures
 *    but says something else, as two reports of one event do.
 *
 * 3. Short units that render nothing: a fifth of the other units of both sides are cut to their
 *    first 5–13 words, so that being short is no evidence in itself, only short items side by
 *    side next to a rendered one are.
 *
 * Gold: the rendered items (anchor and loose ones) 1-1; everything else unpaired. Restated
 * pairs (block-parallel-docs.ts restatedPairs' criterion) are listed as ambiguous.
 * Fit on a dev year (2012), score on the held-out year (2013).
 */
import type { BlockDoc } from './block-parallel-docs.ts';
import { contentWords, dice, oneToOneGold } from './partial-gold.ts';
import type { WmtPair } from './read-wmt.ts';
import { seededRandom } from './seeded-random.ts';

/** A list document, with which target units are decoys and which source units are list items. */
export interface ListDoc extends BlockDoc {
  /** Target unit → the source unit whose names and numbers were written into it. */
  readonly entityDecoys: ReadonlyMap<number, number>;
  /**
   * Pairs (`i:j`) whose English item, as shown (cut short), has at least half of its content words
   * (three or more) in the English of target unit j (itemRestatedPairs): the French unit restates
   * what the cut item says, though the two full English sentences share less than half their words
   * (news restates its lead; a cut item keeps only the restated part). Not in `ambiguous`: the
   * lists bench reports its figures with and without them.
   */
  readonly restatedItems: ReadonlySet<string>;
  /** Target units that are a list's decoy items. */
  readonly listDecoys: ReadonlySet<number>;
  /** Source units that are list items: the anchor, and the loose items. */
  readonly anchors: ReadonlySet<number>;
  readonly looseItems: ReadonlySet<number>;
}

/** Options of listParallelDocs. */
export interface ListOptions {
  readonly seed?: number;
  readonly unit?: 'sentence' | 'paragraph';
}

const NAME = /^(\p{Lu}[\p{L}'’-]+|\p{N}[\p{N}.,]*)$/u;

/** Partly parallel documents with a loosely rendered list and name-sharing negatives (see the file comment). */
export function listParallelDocs(pairs: readonly WmtPair[], options: ListOptions = {}): ListDoc[] {
  const random = seededRandom(options.seed ?? 51);
  const byParagraph = options.unit === 'paragraph';
  const docs: ListDoc[] = [];
  for (const pair of pairs) {
    const enParas = pair.en.paragraphs;
    const frParas = pair.fr.paragraphs;
    if (enParas.length !== frParas.length) continue;
    if (enParas.some((p, k) => p.length !== frParas[k]!.length)) continue;
    // Units: sentences, or paragraphs (of sentences).
    const enUnits = byParagraph ? enParas.map((p) => [...p]) : enParas.flat().map((s) => [s]);
    const frUnits = byParagraph ? frParas.map((p) => [...p]) : frParas.flat().map((s) => [s]);
    if (enUnits.length < (byParagraph ? 8 : 16)) continue;
    const half = Math.floor(enUnits.length / 2);
    // The list: L consecutive sentences from the start of a unit of the first half.
    const length = 3 + Math.floor(random() * 3);
    const flatFirst: { unit: number; en: string; fr: string }[] = [];
    for (let u = 0; u < half; u++) {
      enUnits[u]!.forEach((s, k) => {
        flatFirst.push({ unit: u, en: s, fr: frUnits[u]![k]! });
      });
    }
    const starts = flatFirst
      .map((x, k) => (k === 0 || flatFirst[k - 1]!.unit !== x.unit ? k : -1))
      .filter((k) => k >= 0 && k + length <= flatFirst.length);
    if (starts.length === 0) continue;
    const first = starts[Math.floor(random() * starts.length)]!;
    const picked = flatFirst.slice(first, first + length);
    const items = picked.map((x) => cutItem(x.en, x.fr, 5 + Math.floor(random() * 9)));
    const lastUnit = picked.at(-1)!.unit;
    const rest = enUnits[lastUnit]!.slice(picked.filter((x) => x.unit === lastUnit).length);
    // Source: the units before the list, the items, what is left of the last unit, the rest.
    const src: string[] = [];
    const srcOrigin: (string | undefined)[] = [];
    let itemAt = 0;
    for (let u = 0; u < half; u++) {
      if (u === picked[0]!.unit) {
        itemAt = src.length;
        for (const item of items) {
          src.push(item.en);
          srcOrigin.push(item.en);
        }
        if (rest.length > 0) {
          src.push(rest.join(' '));
          srcOrigin.push(rest.join(' '));
        }
      }
      if (u >= picked[0]!.unit && u <= lastUnit) continue;
      src.push(shortened(enUnits[u]!.join(' '), random));
      srcOrigin.push(enUnits[u]!.join(' '));
    }
    const background = frUnits.slice(half).map((u) => shortened(u.join(' '), random));
    const backgroundEn = enUnits.slice(half).map((u) => u.join(' '));
    const pool = background.flatMap((t) => t.split(' '));
    const anchor = Math.floor(random() * length);
    // The French items: the anchor as cut, the others loosened, or a decoy.
    const frItems = items.map((item, k) => {
      if (k === anchor) return { text: item.fr, rendered: true };
      if (random() < 0.25) {
        const b = Math.floor(random() * background.length);
        const words = background[b]!.split(' ');
        const cut = Math.min(words.length, Math.max(4, item.fr.split(' ').length));
        return { text: words.slice(0, cut).join(' '), rendered: false, from: b };
      }
      const rate = 0.2 + random() * 0.4;
      const text = item.fr
        .split(' ')
        .map((w) => (random() < rate ? pool[Math.floor(random() * pool.length)]! : w))
        .join(' ');
      return { text, rendered: true };
    });
    // Name-sharing negatives: two background units take the names of a source unit.
    const entitySources = new Map<number, number>();
    for (let tries = 0; entitySources.size < 2 && tries < 20; tries++) {
      const b = Math.floor(random() * background.length);
      const i = Math.floor(random() * src.length);
      if (entitySources.has(b) || (i >= itemAt && i < itemAt + length)) continue;
      const names = (src[i]!.split(' ').slice(1) as string[]).filter((w) => NAME.test(stripPunct(w)));
      if (names.length < 2) continue;
      entitySources.set(b, i);
      background[b] = writeNames(background[b]!, names.map(stripPunct), random);
    }
    const at = Math.floor(random() * (background.length + 1));
    const tgt: string[] = [];
    const tgtEnglish: (string | undefined)[] = [];
    const partnerOf = new Map<number, number>();
    const entityDecoys = new Map<number, number>();
    const listDecoys = new Set<number>();
    for (let b = 0; b <= background.length; b++) {
      if (b === at) {
        frItems.forEach((item, k) => {
          if (item.rendered) partnerOf.set(itemAt + k, tgt.length);
          else listDecoys.add(tgt.length);
          tgt.push(item.text);
          tgtEnglish.push(item.rendered ? undefined : backgroundEn[item.from!]);
        });
      }
      if (b === background.length) break;
      const source = entitySources.get(b);
      if (source !== undefined) entityDecoys.set(tgt.length, source);
      tgt.push(background[b]!);
      tgtEnglish.push(backgroundEn[b]);
    }
    const { gold, kinds } = oneToOneGold(src.length, tgt.length, partnerOf);
    const ambiguous = new Set<string>();
    const words = srcOrigin.map((s) => contentWords(s ?? ''));
    tgtEnglish.forEach((english, j) => {
      if (english === undefined) return;
      const w = contentWords(english);
      for (let i = 0; i < src.length; i++) if (dice(words[i]!, w) >= 0.5) ambiguous.add(`${i}:${j}`);
    });
    const restatedItems = itemRestatedPairs(src, tgtEnglish, ambiguous);
    docs.push({
      docid: `${pair.docid}-list`,
      src,
      tgt,
      gold,
      kinds,
      ambiguous,
      restatedItems,
      entityDecoys,
      listDecoys,
      anchors: new Set([itemAt + anchor]),
      looseItems: new Set(
        frItems.map((x, k) => (x.rendered && k !== anchor ? itemAt + k : -1)).filter((k) => k >= 0),
      ),
    });
  }
  return docs;
}

/**
 * Short units that are not rendered, so that shortness alone says nothing: a unit of either
 * side is cut to its first 5–13 words with probability SHORT_SHARE (a report's headings,
 * captions, one-line paragraphs).
 */
function shortened(text: string, random: () => number): string {
  if (random() >= SHORT_SHARE) return text;
  return text
    .split(' ')
    .slice(0, 5 + Math.floor(random() * 9))
    .join(' ');
}

const SHORT_SHARE = 0.2;

/** A short item: the English sentence's first `words` words, the French cut at the same share. */
function cutItem(en: string, fr: string, words: number): { en: string; fr: string } {
  const e = en.split(' ');
  const f = fr.split(' ');
  const keep = Math.min(e.length, words);
  const share = keep / e.length;
  return {
    en: e.slice(0, keep).join(' '),
    fr: f.slice(0, Math.max(3, Math.round(share * f.length))).join(' '),
  };
}

/** Write `names` over the names and numbers of `text` (or over its long words when it has fewer than two). */
function writeNames(text: string, names: readonly string[], random: () => number): string {
  const words = text.split(' ');
  let slots = words.map((w, k) => (k > 0 && NAME.test(stripPunct(w)) ? k : -1)).filter((k) => k >= 0);
  if (slots.length < 2) {
    const long = words.map((w, k) => (k > 0 && stripPunct(w).length >= 5 ? k : -1)).filter((k) => k >= 0);
    slots = [...slots, ...long.sort(() => random() - 0.5)].slice(0, Math.min(names.length, 3));
  }
  slots.forEach((k, n) => {
    words[k] = names[n % names.length]!;
  });
  return words.join(' ');
}

function stripPunct(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Pairs whose shown English item (src, cut or whole) has three content words or more, at least
 * half of them in target unit j's English (tgtEnglish; undefined for rendered items), other than
 * those already in `ambiguous`. Monolingual, independent of the aligner.
 */
export function itemRestatedPairs(
  src: readonly string[],
  tgtEnglish: readonly (string | undefined)[],
  ambiguous: ReadonlySet<string>,
): Set<string> {
  const out = new Set<string>();
  const items = src.map((s) => contentWords(s));
  tgtEnglish.forEach((english, j) => {
    if (english === undefined) return;
    const w = contentWords(english);
    items.forEach((item, i) => {
      if (item.size < 3 || ambiguous.has(`${i}:${j}`)) return;
      let met = 0;
      for (const x of item) if (w.has(x)) met++;
      if (met / item.size >= 0.5) out.add(`${i}:${j}`);
    });
  });
  return out;
}
