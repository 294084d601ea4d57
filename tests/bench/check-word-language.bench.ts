/**
 * The English/French character-trigram classifier of unknown words (src/core/check/word-language.ts):
 * learns the trigram log odds from the two word lists (one count per word form, words of 4+
 * letters) on 90 % of the forms (hash-based split), then scores the other 10 %, as written and
 * garbled by one or two random edits (a letter doubled, dropped, replaced or swapped: what a
 * careless copy of an English word looks like), reporting accuracy at the threshold used by the
 * untranslated rule. With WRITE=1 it learns from all forms and rewrites
 * src/core/check/word-language-table.ts.
 *
 * Run: npm run bench -- check-word-language   (WRITE=1 to regenerate the table, then
 *      npx biome check --write src/core/check/word-language-table.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ENGLISH_LIKELY, ENGLISH_LOOKING } from '../../src/core/check/foreign-words.ts';
import {
  LOG_ODDS_OFFSET,
  LOG_ODDS_SCALE,
  UNSEEN_LOG_PROB,
  wordTrigrams,
} from '../../src/core/check/word-language.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (lang: string) =>
  readFileSync(new URL(`data/wordlists/${lang}.txt`, ROOT), 'utf8')
    .split('\n')
    .map((w) => w.trim().toLowerCase())
    .filter((w) => /^\p{Ll}{4,}$/u.test(w));
const en = [...new Set(read('en'))];
const fr = [...new Set(read('fr'))];
const enSet = new Set(en);
const frSet = new Set(fr);
// Words of one language only: a word both lists hold (`actuel`, `bureau`) teaches nothing.
const enOnly = en.filter((w) => !frSet.has(w));
const frOnly = fr.filter((w) => !enSet.has(w));

function hash(w: string): number {
  let h = 2166136261;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Trigram log odds (English over French) with add-one smoothing, kept when seen MIN times. */
function learn(enWords: readonly string[], frWords: readonly string[]): Map<string, [number, number]> {
  const count = (words: readonly string[]) => {
    const c = new Map<string, number>();
    let total = 0;
    for (const w of words)
      for (const g of wordTrigrams(w)) {
        c.set(g, (c.get(g) ?? 0) + 1);
        total++;
      }
    return { c, total };
  };
  const e = count(enWords);
  const f = count(frWords);
  // Counts of each two-character history (`su` before `p`), for P(c | ab).
  const histories = (c: Map<string, number>) => {
    const h = new Map<string, number>();
    for (const [g, n] of c) h.set(g.slice(0, 2), (h.get(g.slice(0, 2)) ?? 0) + n);
    return h;
  };
  const he = histories(e.c);
  const hf = histories(f.c);
  const ALPHA = 0.5;
  const V = 40;
  const out = new Map<string, [number, number]>();
  const MIN = 5;
  for (const g of new Set([...e.c.keys(), ...f.c.keys()])) {
    const ne = e.c.get(g) ?? 0;
    const nf = f.c.get(g) ?? 0;
    if (ne + nf < MIN) continue;
    // A trigram language model per language, P(c | ab) with add-α smoothing (Dunning 1994):
    // the log odds of the third character given the first two.
    const h = g.slice(0, 2);
    const lo =
      Math.log((ne + ALPHA) / ((he.get(h) ?? 0) + ALPHA * V)) -
      Math.log((nf + ALPHA) / ((hf.get(h) ?? 0) + ALPHA * V));
    const q = Math.max(-40, Math.min(40, Math.round(lo * LOG_ODDS_SCALE)));
    // English's own P(c | ab): a word foreign to both languages (Czech `knedliky`) is unlikely
    // under English too, though likelier than under French.
    const lp = Math.log((ne + ALPHA) / ((he.get(h) ?? 0) + ALPHA * V));
    const qp = Math.max(-40, Math.min(40, Math.round(lp * LOG_ODDS_SCALE)));
    out.set(g, [q / LOG_ODDS_SCALE, qp / LOG_ODDS_SCALE]);
  }
  return out;
}

function score(t: Map<string, [number, number]>, w: string): { odds: number; english: number } {
  const grams = wordTrigrams(w);
  let odds = 0;
  let english = 0;
  for (const g of grams) {
    const v = t.get(g);
    odds += v?.[0] ?? 0;
    english += v?.[1] ?? UNSEEN_LOG_PROB;
  }
  return { odds: odds / grams.length, english: english / grams.length };
}

function garble(w: string, rnd: () => number): string {
  const i = Math.floor(rnd() * w.length);
  const r = rnd();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  if (r < 0.3) return w.slice(0, i) + w[i] + w.slice(i); // doubled
  if (r < 0.55) return w.slice(0, i) + w.slice(i + 1); // dropped
  if (r < 0.8) return w.slice(0, i) + letters[Math.floor(rnd() * 26)] + w.slice(i + 1); // replaced
  return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w; // swapped
}

let seed = 7;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
};

if (process.env.WRITE === '1') {
  const t = learn(enOnly, frOnly);
  let s = '';
  for (const [g, v] of [...t].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if ([...g].length !== 3 || g.length !== 3) continue;
    s +=
      g +
      String.fromCharCode(LOG_ODDS_OFFSET + Math.round(v[0] * LOG_ODDS_SCALE)) +
      String.fromCharCode(LOG_ODDS_OFFSET + Math.round(v[1] * LOG_ODDS_SCALE));
  }
  const body = JSON.stringify(s);
  writeFileSync(
    new URL('src/core/check/word-language-table.ts', ROOT),
    `/**\n * Generated by tests/bench/check-word-language.bench.ts (WRITE=1) from data/wordlists/{en,fr}.txt:\n * per trigram, three characters, one code unit of English-over-French log odds and one of\n * English log P(c | ab) (see\n * word-language.ts). ${t.size} trigrams. Do not edit by hand.\n */\nexport const TRIGRAM_LOG_ODDS =\n  ${body};\n`,
  );
  process.stdout.write(`wrote ${t.size} trigrams (${body.length} characters)\n`);
} else {
  const train = (ws: readonly string[]) => ws.filter((w) => hash(w) % 10 !== 0);
  const test = (ws: readonly string[]) => ws.filter((w) => hash(w) % 10 === 0 && w.length >= 6);
  const t = learn(train(enOnly), train(frOnly));
  process.stdout.write(
    `trained on ${train(enOnly).length} English-only and ${train(frOnly).length} French-only forms (${t.size} trigrams)\n`,
  );
  process.stdout.write(
    `held-out forms of 6+ letters, thresholds: mean log odds > ${ENGLISH_LOOKING}, mean English log P(c|ab) > ${ENGLISH_LIKELY}\n`,
  );
  process.stdout.write('                       English-looking share\n');
  for (const [label, words] of [
    ['English', test(enOnly)],
    ['French', test(frOnly)],
  ] as const) {
    for (const edits of [0, 1, 2]) {
      let hits = 0;
      for (const w of words) {
        let g = w;
        for (let k = 0; k < edits; k++) g = garble(g, rnd);
        const sc = score(t, g);
        if (sc.odds > ENGLISH_LOOKING && sc.english > ENGLISH_LIKELY) hits++;
      }
      process.stdout.write(
        `  ${label.padEnd(8)} ${edits} edit(s)  ${(hits / words.length).toFixed(3)} of ${words.length}\n`,
      );
    }
  }
}
