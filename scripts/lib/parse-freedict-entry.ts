/**
 * Parser for FreeDict dictionary entries as rendered in dictd format by Debian's
 * `dict-freedict-*` packages. Two renderings occur:
 *
 * - classic FreeDict (fra-eng, eng-fra): a header `headword /pron/ <pos>` followed by either one
 *   line of translations (`vehicle, car, motor car`) or numbered senses (`1. fare`, `2. go, ride`);
 *   a sense may hold only usage examples (`1.` then indented quoted lines), which are skipped;
 * - WikDict-generated (deu-fra): the same header (often several pronunciations), then for each
 *   sense one line of translations, optionally numbered, followed by a definition in the source
 *   language and indented sub-definition markers (` 3.`); a translation line may end with the
 *   number of the next sub-definition (`maison 2.`).
 *
 * Translations are read only from sense lines, never from examples or definitions.
 */

/** One parsed dictionary entry. */
export interface FreedictEntry {
  /** Headword as written in the entry header. */
  readonly headword: string;
  /** IPA pronunciations, without slashes. */
  readonly pronunciations: readonly string[];
  /** Part of speech and grammatical notes (`n, fem`), if given. */
  readonly pos: string | undefined;
  /** Senses in order; each is the list of its normalised translations (possibly empty). */
  readonly senses: readonly (readonly string[])[];
}

const HEADER_POS = /\s*<([^<>]*)>\s*$/;
const HEADER_PRON = /(?:^|\s+)\/([^/]*)\/\s*$/;
const SENSE_LINE = /^(\d+)\.(?:\s+(.*))?$/;
const TRAILING_SUBSENSE = /\s+\d+\.\s*$/;
const TAGS = /\[[^\]]*\]|\{[^}]*\}/g;
const MAX_WORDS = 6;

/** Parse one dictd FreeDict entry; undefined when it has no usable header. */
export function parseFreedictEntry(text: string): FreedictEntry | undefined {
  const lines = text.replace(/\r/g, '').split('\n');
  let header = (lines[0] ?? '').trim();
  let pos: string | undefined;
  const posMatch = HEADER_POS.exec(header);
  if (posMatch) {
    pos = (posMatch[1] ?? '').trim() || undefined;
    header = header.slice(0, posMatch.index);
  }
  const pronunciations: string[] = [];
  for (let m = HEADER_PRON.exec(header); m; m = HEADER_PRON.exec(header)) {
    pronunciations.unshift(m[1] ?? '');
    header = header.slice(0, m.index);
  }
  const headword = header.trim();
  if (headword === '') return undefined;

  const body = lines.slice(1);
  const first = body.find((line) => line.trim() !== '');
  const senses: string[][] = [];
  if (first !== undefined && /^1\.(?:\s|$)/.test(first)) {
    // Numbered senses: only lines numbered with the next expected sense count, so that a
    // definition or example line that happens to start with a number is never read as one.
    let next = 1;
    for (const line of body) {
      const m = SENSE_LINE.exec(line);
      if (!m || Number(m[1]) !== next) continue;
      next += 1;
      senses.push(splitSenseList(m[2] ?? ''));
    }
  } else if (first !== undefined && !/^\s/.test(first)) {
    senses.push(splitSenseList(first));
  }
  return { headword, pronunciations, pos, senses };
}

/** Split a sense line into normalised translations (top-level `,` and `;` separate them). */
export function splitSenseList(line: string): string[] {
  const content = line.replace(TRAILING_SUBSENSE, '').replace(TAGS, ' ');
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of content) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const out: string[] = [];
  for (const part of parts) {
    const term = normaliseTerm(part);
    if (term !== undefined && !out.includes(term)) out.push(term);
  }
  return out;
}

/**
 * Normalise a headword or translation to the lexicon's form: NFC, lower case, typographic
 * apostrophes and hyphens made plain, glosses in parentheses dropped (`(female) duck` → `duck`)
 * but word-internal ones kept (`(bul)rush` → `bulrush`), ellipsis placeholders and final `?`/`!`
 * removed, an elided article or pronoun written as the tokenizer sees it (`l'` → `l`).
 * Undefined for anything that is not a word or a short phrase.
 */
export function normaliseTerm(raw: string): string | undefined {
  let term = raw
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u00a0\u202f\t]/g, ' ');
  term = term.replace(/\(([^()]*)\)/g, (whole, inner: string, offset: number, all: string) => {
    const before = all[offset - 1] ?? ' ';
    const after = all[offset + whole.length] ?? ' ';
    return /\p{L}/u.test(before) || /\p{L}/u.test(after) ? inner : ' ';
  });
  term = term
    .replace(/[()]/g, ' ')
    .replace(/\.\.\.|…/g, ' ')
    .replace(/["«»“”¿¡]/g, ' ')
    .replace(/[?!]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  // An elided article or pronoun as the tokenizer sees it: `l'` → `l`, `à l'` → `à l`.
  term = term.replace(/(\p{L})'(?= |$)/gu, '$1');
  term = term.replace(/^[-,;:.\s]+|[-,;:\s]+$/g, '');
  if (term === '' || !/\p{L}/u.test(term)) return undefined;
  // Anything else than letters, marks, digits, spaces, hyphens, apostrophes and dots is
  // markup debris or a note (`zig#zig`, `a/b`, `x = y`): not a translation.
  if (!/^[\p{L}\p{M}\p{N} '.-]+$/u.test(term)) return undefined;
  if (term.split(' ').length > MAX_WORDS || term.length > 60) return undefined;
  return term;
}

/** Every (headword, translation) pair of an entry, normalised; empty if the headword is unusable. */
export function entryPairs(entry: FreedictEntry): [string, string][] {
  const src = normaliseTerm(entry.headword);
  if (src === undefined) return [];
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const sense of entry.senses) {
    for (const tgt of sense) {
      if (seen.has(tgt)) continue;
      seen.add(tgt);
      pairs.push([src, tgt]);
    }
  }
  return pairs;
}
