/**
 * A bilingual lexicon: for each lower-cased source word or phrase, its target renderings.
 * Stored in data/lexicons/ as UTF-8 TSV, one pair a line: `source<TAB>target`.
 */
import type { Lang } from '../model/document.ts';
import { runSteps, runStepsPausing } from '../model/run-in-steps.ts';

export interface Lexicon {
  readonly srcLang: Lang;
  readonly tgtLang: Lang;
  readonly entries: ReadonlyMap<string, readonly string[]>;
}

/** How many lines or entries a step of the stepwise builders below handles (a few milliseconds). */
const STEP = 4000;

/** Parse lexicon TSV (`source<TAB>target` lines; `#` comments and blank lines ignored). */
export function parseLexicon(tsv: string, srcLang: Lang, tgtLang: Lang): Lexicon {
  const entries = new Map<string, string[]>();
  runSteps(parseSteps(tsv, entries));
  return { srcLang, tgtLang, entries };
}

/**
 * The lexicon made of several texts of one direction (a main file and its parts, one per
 * licence family: data/lexicons/README.md): parsed as one text (a source's renderings
 * deduplicated across texts), each source's renderings then put in code-unit order, the order
 * one sorted file of all the pairs gives, so splitting the data into files changes nothing.
 */
export function parseLexiconTexts(texts: readonly string[], srcLang: Lang, tgtLang: Lang): Lexicon {
  const entries = new Map<string, string[]>();
  runSteps(parseTextsSteps(texts, entries));
  return { srcLang, tgtLang, entries };
}

/** `parseLexiconTexts` a step at a time, awaiting `pause()` between steps (see run-in-steps.ts). */
export async function parseLexiconTextsPausing(
  texts: readonly string[],
  srcLang: Lang,
  tgtLang: Lang,
  pause: () => Promise<void> | undefined,
): Promise<Lexicon> {
  const entries = new Map<string, string[]>();
  await runStepsPausing(parseTextsSteps(texts, entries), pause);
  return { srcLang, tgtLang, entries };
}

function* parseTextsSteps(texts: readonly string[], entries: Map<string, string[]>): Generator<void> {
  for (const text of texts) yield* parseSteps(text, entries);
  if (texts.length < 2) return;
  let n = 0;
  for (const targets of entries.values()) {
    if (targets.length > 1) targets.sort();
    if (++n % STEP === 0) yield;
  }
}

function* parseSteps(tsv: string, entries: Map<string, string[]>): Generator<void> {
  let from = 0;
  let n = 0;
  while (from <= tsv.length) {
    let end = tsv.indexOf('\n', from);
    if (end < 0) end = tsv.length;
    const line = tsv.slice(from, end);
    from = end + 1;
    if (++n % STEP === 0) yield;
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const src = line.slice(0, tab).trim().toLowerCase();
    const tgt = line
      .slice(tab + 1)
      .trim()
      .toLowerCase();
    if (!src || !tgt) continue;
    const list = entries.get(src);
    if (list) {
      if (!list.includes(tgt)) list.push(tgt);
    } else entries.set(src, [tgt]);
  }
}

const inversions = new WeakMap<Lexicon, Lexicon>();

/**
 * The same pairs read the other way round (target → source). Made once per lexicon object and
 * shared: the aligner, the pair checks and quote tracing all read the English–French lexicon
 * backwards, and each used to invert it anew (30 ms and a few megabytes each time).
 */
export function invertLexicon(lexicon: Lexicon): Lexicon {
  let found = inversions.get(lexicon);
  if (!found) {
    const entries = new Map<string, string[]>();
    runSteps(invertSteps(lexicon, entries));
    found = { srcLang: lexicon.tgtLang, tgtLang: lexicon.srcLang, entries };
    inversions.set(lexicon, found);
  }
  return found;
}

/** `invertLexicon` a step at a time, awaiting `pause()` between steps (see run-in-steps.ts). */
export async function invertLexiconPausing(
  lexicon: Lexicon,
  pause: () => Promise<void> | undefined,
): Promise<Lexicon> {
  const known = inversions.get(lexicon);
  if (known) return known;
  const entries = new Map<string, string[]>();
  await runStepsPausing(invertSteps(lexicon, entries), pause);
  const found = inversions.get(lexicon) ?? { srcLang: lexicon.tgtLang, tgtLang: lexicon.srcLang, entries };
  inversions.set(lexicon, found);
  return found;
}

function* invertSteps(lexicon: Lexicon, entries: Map<string, string[]>): Generator<void> {
  let n = 0;
  for (const [src, targets] of lexicon.entries) {
    for (const tgt of targets) {
      const list = entries.get(tgt);
      if (list) {
        if (!list.includes(src)) list.push(src);
      } else entries.set(tgt, [src]);
    }
    if (++n % STEP === 0) yield;
  }
}

/** Union of several lexicons of the same direction. */
export function mergeLexicons(...lexicons: readonly Lexicon[]): Lexicon {
  const first = lexicons[0];
  if (!first) throw new Error('mergeLexicons needs at least one lexicon');
  const entries = new Map<string, string[]>();
  for (const lexicon of lexicons) {
    for (const [src, targets] of lexicon.entries) {
      const list = entries.get(src) ?? [];
      for (const tgt of targets) if (!list.includes(tgt)) list.push(tgt);
      entries.set(src, list);
    }
  }
  return { srcLang: first.srcLang, tgtLang: first.tgtLang, entries };
}
