/**
 * What `check` and `fix` share: option parsing, reading and segmenting the file, loading the
 * word lists, and (with a source) aligning it so that pair rules run.
 */

import { alignDocuments } from '../core/align/align-documents.ts';
import type { WordLookup } from '../core/check/check-rule.ts';
import { CHECK_RULES } from '../core/check/rule-registry.ts';
import type { RunChecksOptions } from '../core/check/run-checks.ts';
import { TYPOGRAPHY_PROFILES } from '../core/check/typography-profiles.ts';
import type { Lang, TextDocument } from '../core/model/document.ts';
import { CATEGORIES, type Category } from '../core/model/finding.ts';
import { segmentDocument } from '../core/segment/segment-document.ts';
import { HelpRequest, UsageError } from './cli-error.ts';
import { loadPairLexicon, loadQuoteLexicons, loadWordList } from './load-lexicons.ts';
import { createOptionReader } from './option-reader.ts';
import { readTextFile } from './read-text-file.ts';

/** Parsed options of `check` and `fix`. */
export interface CheckArgs {
  readonly file: string;
  readonly source?: string;
  readonly lang?: Lang;
  readonly profile?: string;
  readonly format: 'json' | 'text';
  readonly rules?: readonly string[];
  readonly categories?: readonly Category[];
  /** `fix --remove-noise`: also delete noise paragraphs and prefixes without naming them. */
  readonly removeNoise: boolean;
}

/** Which command the options are for: `check` takes `--format`, `fix` takes `--remove-noise`. */
export type CheckCommand = 'check' | 'fix';

/** A comma-separated list of at least one name: an empty one would run no rule, a clean report. */
function nonEmptyList(option: string, value: string, usage: string): string[] {
  const list = value.split(',').filter(Boolean);
  if (list.length === 0) throw new UsageError(`${option} needs at least one name\n${usage}`);
  return list;
}

/** Parse argv for `check` or `fix` (through the option reader align, export and import use). */
export function parseCheckArgs(argv: readonly string[], usage: string, command: CheckCommand): CheckArgs {
  const files: string[] = [];
  let source: string | undefined;
  let lang: Lang | undefined;
  let profile: string | undefined;
  let format: 'json' | 'text' = 'json';
  let rules: string[] | undefined;
  let categories: Category[] | undefined;
  let removeNoise = false;
  const r = createOptionReader(argv, usage);
  for (let arg = r.next(); arg !== undefined; arg = r.next()) {
    if (arg === '--source') source = r.value(arg);
    else if (arg === '--lang') lang = r.lang(arg);
    else if (arg === '--profile') profile = r.choose(arg, Object.keys(TYPOGRAPHY_PROFILES));
    else if (arg === '--format' && command === 'check') format = r.choose(arg, ['json', 'text'] as const);
    else if (arg === '--remove-noise' && command === 'fix') removeNoise = true;
    else if (arg === '--rules') rules = nonEmptyList(arg, r.value(arg), usage);
    else if (arg === '--categories') {
      const list = nonEmptyList(arg, r.value(arg), usage);
      for (const c of list)
        if (!(CATEGORIES as readonly string[]).includes(c))
          throw new UsageError(`unknown category '${c}'; categories: ${CATEGORIES.join(', ')}`);
      categories = list as Category[];
    } else if (arg === '--help' || arg === '-h') throw new HelpRequest(usage);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option: ${arg}\n${usage}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(`expected one FILE (got ${files.length})\n${usage}`);
  if (rules && categories) throw new UsageError(`use --rules or --categories, not both\n${usage}`);
  if (rules) {
    // A mistyped rule must not read as "no findings".
    const known = new Set(CHECK_RULES.flatMap((rule) => [rule.id, ...(rule.codes ?? [])]));
    const unknown = rules.filter((rule) => !known.has(rule));
    if (unknown.length > 0) {
      throw new UsageError(`unknown rule '${unknown.join("', '")}'; rules: ${[...known].sort().join(', ')}`);
    }
  }
  return {
    file: files[0]!,
    format,
    removeNoise,
    ...(source !== undefined ? { source } : {}),
    ...(lang !== undefined ? { lang } : {}),
    ...(profile !== undefined ? { profile } : {}),
    ...(rules !== undefined ? { rules } : {}),
    ...(categories !== undefined ? { categories } : {}),
  };
}

/** Segment `text` as the checked document. */
export function checkedDocument(text: string, name: string, lang?: Lang): TextDocument {
  return segmentDocument(text, { id: 'target', name, ...(lang !== undefined ? { lang } : {}) });
}

// Word lists for the document's language and its likely source language.
function wordLists(langs: readonly Lang[]): Record<Lang, WordLookup> {
  const words: Record<Lang, WordLookup> = {};
  for (const lang of new Set(langs)) {
    const list = loadWordList(lang);
    if (list) words[lang] = list;
  }
  return words;
}

/** The `--source` document, read and segmented, if one is given. */
export function sourceDocument(args: CheckArgs): TextDocument | undefined {
  return args.source === undefined
    ? undefined
    : segmentDocument(readTextFile(args.source).text, { id: 'source', name: args.source });
}

/**
 * The runChecks options for a document: profile, word lists, and the aligned source if any
 * (`source`, read once by a caller that checks several versions of the text, as fix does).
 */
export async function checkOptions(
  args: CheckArgs,
  doc: TextDocument,
  source = sourceDocument(args),
): Promise<RunChecksOptions> {
  const lang = doc.lang === 'und' ? (args.lang ?? 'fr') : doc.lang;
  let pair: RunChecksOptions['pair'];
  let sourceLang: Lang | undefined;
  if (source) {
    sourceLang = source.lang === 'und' ? undefined : source.lang;
    const lexicon = loadPairLexicon(sourceLang, lang);
    const alignment = await alignDocuments(source, doc, {
      level: 'sentence',
      ...(sourceLang ? { srcLang: sourceLang } : {}),
      tgtLang: lang,
      ...(lexicon ? { lexicon } : {}),
      quoteLexicons: loadQuoteLexicons(source.lang, doc.lang),
    });
    pair = { source, alignment, ...(lexicon ? { lexicon } : {}) };
  }
  const other = sourceLang ?? (lang === 'en' ? 'fr' : 'en');
  return {
    ...(args.profile ? { profile: args.profile } : {}),
    words: wordLists([lang, other]),
    sourceLang: other,
    ...(pair ? { pair } : {}),
    ...(args.rules ? { rules: args.rules } : {}),
    ...(args.categories ? { categories: args.categories } : {}),
  };
}
