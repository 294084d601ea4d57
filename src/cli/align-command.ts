/**
 * `align SRC TGT [--presegmented] [--level paragraph|sentence] [--src-lang L] [--tgt-lang L]
 *  [--format beads|json|tsv] [--mode auto|parallel|partial]`: align two documents and print
 * the beads. Every segment of both sides is in exactly one bead, in order.
 */
import { alignDocuments } from '../core/align/align-documents.ts';
import { type AlignMode, type AlignOptions, alignSegmentsDetailed } from '../core/align/align-segments.ts';
import type { Alignment } from '../core/model/alignment.ts';
import type { Lang, Level, Sentence, TextDocument } from '../core/model/document.ts';
import { DEFAULT_CANDIDATE_LANGS, segmentDocument } from '../core/segment/segment-document.ts';
import { segmentTexts } from '../core/segment/segment-texts.ts';
import { detectLanguage } from '../core/text/detect-language.ts';
import { HelpRequest, UsageError } from './cli-error.ts';
import { loadPairLexicon, loadQuoteLexicons } from './load-lexicons.ts';
import { createOptionReader } from './option-reader.ts';
import { progressLine } from './progress-line.ts';
import { readTextFile } from './read-text-file.ts';

const USAGE =
  'usage: align SRC TGT [--presegmented] [--level paragraph|sentence] [--src-lang L] [--tgt-lang L] [--format beads|json|tsv] [--mode auto|parallel|partial]';

type Format = 'beads' | 'json' | 'tsv';

interface Args {
  readonly files: [string, string];
  readonly presegmented: boolean;
  readonly level: Level;
  readonly srcLang: Lang | undefined;
  readonly tgtLang: Lang | undefined;
  readonly format: Format;
  readonly mode: AlignMode;
}

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let presegmented = false;
  let level: Level = 'sentence';
  let srcLang: Lang | undefined;
  let tgtLang: Lang | undefined;
  let format: Format = 'beads';
  let mode: AlignMode = 'auto';
  const r = createOptionReader(argv, USAGE);
  for (let arg = r.next(); arg !== undefined; arg = r.next()) {
    if (arg === '--presegmented') presegmented = true;
    else if (arg === '--level') level = r.choose(arg, ['paragraph', 'sentence'] as const);
    else if (arg === '--format') format = r.choose(arg, ['beads', 'json', 'tsv'] as const);
    else if (arg === '--mode') mode = r.choose(arg, ['auto', 'parallel', 'partial'] as const);
    else if (arg === '--src-lang') srcLang = r.lang(arg);
    else if (arg === '--tgt-lang') tgtLang = r.lang(arg);
    else if (arg === '--help' || arg === '-h') throw new HelpRequest(USAGE);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option: ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 2) throw new UsageError(`align takes two files (got ${files.length})\n${USAGE}`);
  return { files: [files[0]!, files[1]!], presegmented, level, srcLang, tgtLang, format, mode };
}

/** Lines of a presegmented file: line n is segment n, empty lines included; a final newline ends the last line. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A document whose segments are the file's lines (one paragraph and one sentence per line). */
function lineDocument(text: string, id: string, name: string, lang: Lang): TextDocument {
  const paragraphs = [];
  const sentences: Sentence[] = [];
  let start = 0;
  const lines = splitLines(text);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const end = start + line.length;
    paragraphs.push({ id: `p${k}`, index: k, start, end, firstSentence: k, sentenceCount: 1, line: k + 1 });
    sentences.push({ id: `s${k}`, index: k, paragraph: k, start, end });
    start = end + (text.startsWith('\r\n', end) ? 2 : 1);
  }
  return { id, name, lang, text, paragraphs, sentences };
}

function idList(ids: readonly number[]): string {
  return `[${ids.join(', ')}]`;
}

function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

function render(
  format: Format,
  alignment: Alignment,
  src: TextDocument,
  tgt: TextDocument,
  level: Level,
  mode: string,
): string {
  if (format === 'beads')
    return alignment.beads
      .map((b) => `${idList(b.src)}:${idList(b.tgt)}:${b.confidence.toFixed(2)}`)
      .join('\n');
  if (format === 'tsv') {
    const srcTexts = segmentTexts(src, level);
    const tgtTexts = segmentTexts(tgt, level);
    const rows = alignment.beads.map((b) =>
      [
        b.src.join(' '),
        b.tgt.join(' '),
        b.confidence.toFixed(2),
        oneLine(b.src.map((i) => srcTexts[i]).join(' ')),
        oneLine(b.tgt.map((j) => tgtTexts[j]).join(' ')),
      ].join('\t'),
    );
    return ['src\ttgt\tconfidence\tsrc_text\ttgt_text', ...rows].join('\n');
  }
  return JSON.stringify(
    { level, mode, parallelism: alignment.parallelism, documents: [src, tgt], alignment },
    null,
    2,
  );
}

/** Run the align command; returns the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  const [srcPath, tgtPath] = args.files;
  const srcText = readTextFile(srcPath).text;
  const tgtText = readTextFile(tgtPath).text;
  const candidates = DEFAULT_CANDIDATE_LANGS;
  let src: TextDocument;
  let tgt: TextDocument;
  if (args.presegmented) {
    src = lineDocument(
      srcText,
      'src',
      srcPath,
      args.srcLang ?? detectLanguage(srcText.slice(0, 5000), candidates),
    );
    tgt = lineDocument(
      tgtText,
      'tgt',
      tgtPath,
      args.tgtLang ?? detectLanguage(tgtText.slice(0, 5000), candidates),
    );
  } else {
    src = segmentDocument(srcText, {
      id: 'src',
      name: srcPath,
      ...(args.srcLang ? { lang: args.srcLang } : {}),
    });
    tgt = segmentDocument(tgtText, {
      id: 'tgt',
      name: tgtPath,
      ...(args.tgtLang ? { lang: args.tgtLang } : {}),
    });
  }
  const lexicon = loadPairLexicon(src.lang, tgt.lang);
  const progress = progressLine(process.stderr);
  const options: AlignOptions = {
    ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
    level: args.level,
    srcLang: src.lang,
    tgtLang: tgt.lang,
    mode: args.mode,
    srcDocId: src.id,
    tgtDocId: tgt.id,
    ...(lexicon ? { lexicon } : {}),
  };
  let alignment: Alignment;
  let mode: string = args.mode;
  if (args.presegmented) {
    const detailed = await alignSegmentsDetailed(
      segmentTexts(src, 'sentence'),
      segmentTexts(tgt, 'sentence'),
      options,
    );
    alignment = detailed.alignment;
    mode = detailed.mode;
  } else {
    alignment = await alignDocuments(src, tgt, {
      ...options,
      quoteLexicons: loadQuoteLexicons(src.lang, tgt.lang),
    });
  }
  progress.done();
  const level: Level = args.presegmented ? 'sentence' : args.level;
  const out = render(args.format, alignment, src, tgt, level, mode);
  // No bead, no line (beads format): an empty line is not a bead.
  if (out !== '') process.stdout.write(`${out}\n`);
  return 0;
}
