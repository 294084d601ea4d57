/**
 * How much of a real translation the aligner's lexicon lookups reach, on WMT newstest (English–
 * French news, sentence-parallel): for each word of four letters or more written in lower case,
 * whether the lexicon gives it a rendering at all ("found"), and whether one of its renderings (or
 * the word itself, as a cognate) meets a word of the sentence's translation ("met"). Printed with
 * and without the base-form fallback of lookUpKeys (lemma-candidates.ts), and the most frequent
 * words still not found.
 *
 * Run: npm run bench -- lexicon-coverage
 */
import { cognateKey, foldAccents } from '../../src/core/lexicon/cognate-key.ts';
import { type KeyedLexicon, keyLexicon, lookUpKeys } from '../../src/core/lexicon/translation-keys.ts';
import { tokenizeWords } from '../../src/core/text/tokenize-words.ts';
import { f3, formatTable } from './lib/format-table.ts';
import { requireBenchLexicon } from './lib/load-bench-lexicon.ts';
import { readWmtPairs } from './lib/read-wmt.ts';

interface Counts {
  words: number;
  found: number;
  met: number;
  missing: Map<string, number>;
}

const words = (text: string) =>
  tokenizeWords(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text);

/** Count one side's words against the other side's sentence. */
function count(
  counts: Counts,
  source: readonly string[],
  target: readonly string[],
  look: (folded: string) => readonly string[] | undefined,
): void {
  const targetKeys = new Set(target.map((w) => cognateKey(w)));
  for (const word of source) {
    if (word.length < 4 || word !== word.toLowerCase()) continue;
    counts.words++;
    const keys = look(foldAccents(word));
    if (!keys) {
      counts.missing.set(word, (counts.missing.get(word) ?? 0) + 1);
      continue;
    }
    counts.found++;
    if (targetKeys.has(cognateKey(word)) || keys.some((k) => targetKeys.has(k))) counts.met++;
  }
}

const frEn = keyLexicon(requireBenchLexicon('fr', 'en'));
const enFr = keyLexicon(requireBenchLexicon('en', 'fr'));
const lookups: [string, (keyed: KeyedLexicon, folded: string) => readonly string[] | undefined][] = [
  ['exact form and plural endings (partial mode)', (keyed, folded) => lookUpKeys(keyed, folded, false)],
  ['with base forms (parallel mode)', (keyed, folded) => lookUpKeys(keyed, folded, true)],
];

const rows: string[][] = [];
const stillMissing: string[] = [];
for (const year of ['2012', '2013']) {
  const pairs = readWmtPairs([year]);
  for (const [name, look] of lookups) {
    const fr: Counts = { words: 0, found: 0, met: 0, missing: new Map() };
    const en: Counts = { words: 0, found: 0, met: 0, missing: new Map() };
    for (const pair of pairs) {
      const enSentences = pair.en.paragraphs.flat();
      const frSentences = pair.fr.paragraphs.flat();
      for (let k = 0; k < Math.min(enSentences.length, frSentences.length); k++) {
        const e = words(enSentences[k]!);
        const f = words(frSentences[k]!);
        count(fr, f, e, (w) => look(frEn, w));
        count(en, e, f, (w) => look(enFr, w));
      }
    }
    for (const [lang, c] of [
      ['French', fr],
      ['English', en],
    ] as const) {
      rows.push([year, lang, name, String(c.words), f3(c.found / c.words), f3(c.met / c.words)]);
      if (year === '2012' && name.endsWith('(parallel mode)')) {
        const top = [...c.missing].sort((a, b) => b[1] - a[1]).slice(0, 40);
        stillMissing.push(`${lang}: ${top.map(([w, n]) => `${w} ${n}`).join(', ')}`);
      }
    }
  }
}
process.stdout.write(
  `${formatTable(['year', 'words of', 'lookup', 'words (≥ 4 letters, lower case)', 'found', 'met in the translation'], rows)}\n`,
);
process.stdout.write(`\nMost frequent words still without an entry (2012):\n${stillMissing.join('\n')}\n`);
