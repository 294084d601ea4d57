/**
 * Every CLI command (align, check, fix, quotes, export, import), run as a subprocess, against
 * bad input: missing, directory, empty, white space, binary, Windows-1252, UTF-16, BOM, CRLF,
 * U+00A0 lines, too large, huge, bad options and arguments, malformed and hostile XML, UTF-16
 * exchange files, a TSV with an unbalanced quote. Exit codes: 0 success, 1 unreadable input
 * (one line on stderr, no stack trace), 2 bad arguments (usage); input without text is read
 * with a one-line warning.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type CliCase,
  type CliResult,
  expectOk,
  expectOkOrRefused,
  expectUnreadable,
  expectUsage,
  FRENCH,
  FRENCH_FIXED,
  isOneLine,
  looksLikeCrash,
  makeBadInputs,
  makeHugeFrench,
  parseJson,
  startAll,
  TARGET_SEGMENT,
} from '../fixtures/bad-input/bad-inputs.ts';

const f = makeBadInputs();
// "Huge" is kept to 3 MB of real text so the suite stays fast; 20 MB was measured by hand
// (see the findings file).
const huge = makeHugeFrench(f.dir, 3 * 1024 * 1024);
afterAll(() => rmSync(f.dir, { recursive: true, force: true }));
// F14: a run of 20,000 œ (a binary-ish file read as Windows-1252: 0x9C) made three rules quadratic.
const oeRun = join(f.dir, 'oe-run.txt');
writeFileSync(oeRun, `Le texte. ${'œ'.repeat(20_000)} fin.\n`);

const CRLF = FRENCH.replace(/\n/g, '\r\n');
const NBSP = `\u00a0\n${FRENCH.replace('\n', '\n\u00a0\u00a0\n \u00a0 \n')}\u00a0\n`;
const FIRST_LINE = FRENCH.split('\n')[0]!;

// How each command is called on one input file.
const alignArgs = (x: string) => ['align', f.english, x, '--level', 'paragraph', '--format', 'json'];
const checkArgs = (x: string) => ['check', x, '--format', 'json', '--categories', 'repetition'];
const fixArgs = (x: string) => ['fix', x, '--categories', 'repetition'];
const quotesArgs = (x: string) => ['quotes', x, '--sources', f.english, '--format', 'json'];
const exportArgs = (x: string) => ['export', f.english, x, '--format', 'case'];
const importArgs = (x: string) => ['import', x, '--format', 'case'];

interface AlignJson {
  documents: { text: string; paragraphs: unknown[] }[];
  alignment: { beads: { src: number[]; tgt: number[]; confidence: number }[] };
}
interface CheckJson {
  rule: string;
  line: number;
  column: number;
  excerpt: string;
}

/** align's JSON: the target read as `text`, with `paragraphs` paragraphs, every one in a bead. */
const alignedAs = (text: string, paragraphs: number) => (stdout: string) => {
  const out = parseJson(stdout) as AlignJson;
  expect(out.documents[1]!.text).toBe(text);
  expect(out.documents[1]!.paragraphs).toHaveLength(paragraphs);
  expect(out.alignment.beads.flatMap((b) => b.tgt)).toEqual([...Array(paragraphs).keys()]);
  expect(out.alignment.beads.flatMap((b) => b.src)).toEqual([0, 1]);
};

/** check's JSON: the doubled word found at `line`:18, its excerpt with the accents intact. */
const doubledWordAt = (line: number) => (stdout: string) => {
  const out = parseJson(stdout) as CheckJson[];
  const doubled = out.find((x) => x.rule === 'doubled-word');
  expect(doubled).toMatchObject({ line, column: 18 });
  expect(doubled!.excerpt).toContain('un été où le le soleil');
};

/** Any valid JSON on stdout. */
const json = (stdout: string) => parseJson(stdout);
/** Valid JSON that holds `text` somewhere, decoded right (no mojibake). */
const jsonHolding = (text: string) => (stdout: string) => {
  expect(JSON.stringify(parseJson(stdout))).toContain(JSON.stringify(text).slice(1, -1));
};
/** `quotes` found « le cœur » with its accents intact. */
const quotedCoeur = (stdout: string) => {
  const out = JSON.stringify(parseJson(stdout));
  expect(out).toContain('le cœur');
  expect(out).not.toMatch(/Å“|Ã/);
};
const printed = (text: string) => (stdout: string) => expect(stdout).toBe(text);

/** Exit 1 with one line that locates the fault (line and column). */
function expectLocatedError(r: CliResult, file: string, reason?: RegExp): void {
  expectUnreadable(r, file, reason);
  expect(r.stderr).toMatch(/line \d+, column \d+/);
}

/** The HTML report holds the hostile text as text, and no live script, handler or javascript: URL from it. */
function expectInertHtml(stdout: string): void {
  const scripts: string[] = [];
  const handlers: string[] = [];
  let inScript = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script') inScript = true;
        for (const [k, v] of Object.entries(attrs)) {
          if (/^on/i.test(k) || /^\s*javascript:/i.test(v)) handlers.push(`<${name} ${k}="${v}">`);
        }
      },
      ontext(text) {
        if (inScript) scripts.push(text);
      },
      onclosetag(name) {
        if (name === 'script') inScript = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(stdout);
  parser.end();
  expect(scripts.join('\n')).not.toMatch(/alert\(/);
  expect(handlers).toEqual([]);
  expect(stdout).not.toMatch(/<svg[^>]*onload/i);
  // Nothing lost: the hostile text is shown, escaped.
  expect(stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
}

/** The Markdown report must not carry raw HTML from the document (Markdown viewers render it): every `<` escaped. */
function expectInertMarkdown(stdout: string): void {
  expect(stdout).not.toMatch(/(?<![\\&])<\/?(script|img|svg|a|td|table)\b/i);
  expect(stdout).toMatch(/alert\(1\)/);
}

type Check = (r: CliResult) => void;
const c = (
  name: string,
  args: readonly string[],
  check: Check,
  timeoutMs?: number,
  headBytes?: number,
): CliCase => ({
  name,
  args,
  check,
  ...(timeoutMs ? { timeoutMs } : {}),
  ...(headBytes ? { headBytes } : {}),
});
const unreadable =
  (file: string, reason?: RegExp): Check =>
  (r) =>
    expectUnreadable(r, file, reason);
const usage =
  (mention?: RegExp): Check =>
  (r) =>
    expectUsage(r, mention);
const ok =
  (validate: (stdout: string) => void): Check =>
  (r) =>
    expectOk(r, validate);
/** An input without text: read, with a warning that names it (one line), or refused. */
const emptyWarned =
  (path: string, validate: (stdout: string) => void): Check =>
  (r) => {
    expectOkOrRefused(r, validate);
    if (r.code === 0) expect(r.stderr, r.stderr).toContain(`warning: ${path}: holds no text`);
  };

const cases: CliCase[] = [
  // Unreadable input: exit 1, one line naming the file and the reason.
  c('align: missing file', alignArgs(f.missing), unreadable(f.missing, /no such file/)),
  c('align: ZIP bytes', alignArgs(f.zip), unreadable(f.zip, /binary/)),
  c('check: PNG bytes', checkArgs(f.png), unreadable(f.png, /binary/)),
  c('check: control bytes without NUL', checkArgs(f.controls), unreadable(f.controls, /binary/)),
  c('check --source: missing source', ['check', f.utf8, '--source', f.missing], unreadable(f.missing)),
  c('fix: text with NUL bytes', fixArgs(f.nul), unreadable(f.nul, /binary/)),
  c('fix: missing file', fixArgs(f.missing), unreadable(f.missing, /no such file/)),
  // F12: a misspelt rule name must not read as a clean report.
  c(
    'check --rules with an unknown rule: usage error',
    ['check', f.utf8, '--rules', 'no-such-rule'],
    usage(/no-such-rule/),
  ),
  c('fix: a directory', fixArgs(f.directory), unreadable(f.directory, /directory/)),
  c('fix: file over the size limit', fixArgs(f.tooLarge), unreadable(f.tooLarge, /large/)),
  c('quotes: missing file', quotesArgs(f.missing), unreadable(f.missing, /no such file/)),
  c('quotes: ZIP bytes as a source', ['quotes', f.utf8, '--sources', f.zip], unreadable(f.zip, /binary/)),
  c('export: missing file', exportArgs(f.missing), unreadable(f.missing, /no such file/)),
  c('export: PNG bytes', exportArgs(f.png), unreadable(f.png, /binary/)),
  c('export: NUL bytes as SRC', ['export', f.nul, f.utf8, '--format', 'tsv'], unreadable(f.nul, /binary/)),
  c(
    'export -o into a missing folder',
    [...exportArgs(f.utf8), '-o', `${f.missing}/out.json`],
    unreadable(f.missing),
  ),
  c('export -o onto a directory', [...exportArgs(f.utf8), '-o', f.directory], unreadable(f.directory)),
  c('import: missing file', importArgs(f.missing), unreadable(f.missing, /no such file/)),
  c('import: PNG bytes', importArgs(f.png), unreadable(f.png, /binary/)),
  c('import: file over the size limit', importArgs(f.tooLarge), unreadable(f.tooLarge, /large/)),

  // Empty and white-space-only input: success with valid output and a warning, or a one-line refusal.
  c('align: empty target', alignArgs(f.empty), emptyWarned(f.empty, json)),
  c(
    'check: white-space file',
    checkArgs(f.whitespace),
    emptyWarned(f.whitespace, (o) => expect(parseJson(o)).toEqual([])),
  ),
  c(
    'fix: white-space file printed back unchanged',
    fixArgs(f.whitespace),
    emptyWarned(f.whitespace, printed('  \n\t\n   \n\n')),
  ),
  c('quotes: empty file', quotesArgs(f.empty), emptyWarned(f.empty, json)),
  c('export: white-space target', exportArgs(f.whitespace), emptyWarned(f.whitespace, json)),

  // Encodings: decoded right, positions right, text printed back intact.
  c('check: Windows-1252', checkArgs(f.cp1252), ok(doubledWordAt(2))),
  c('check: UTF-16BE with BOM', checkArgs(f.utf16be), ok(doubledWordAt(2))),
  c('check: UTF-8 with BOM (column not shifted)', checkArgs(f.utf8bom), ok(doubledWordAt(2))),
  c('check: U+00A0-only lines', checkArgs(f.nbspLines), ok(doubledWordAt(5))),
  c('fix: Windows-1252', fixArgs(f.cp1252), ok(printed(FRENCH_FIXED))),
  c('fix: UTF-16LE with BOM', fixArgs(f.utf16le), ok(printed(FRENCH_FIXED))),
  c('fix: CRLF line ends kept', fixArgs(f.crlf), ok(printed(CRLF.replace('le le', 'le')))),
  c('fix: U+00A0-only lines kept', fixArgs(f.nbspLines), ok(printed(NBSP.replace('le le', 'le')))),
  c('align: Windows-1252', alignArgs(f.cp1252), ok(alignedAs(FRENCH, 2))),
  c('align: UTF-16BE with BOM', alignArgs(f.utf16be), ok(alignedAs(FRENCH, 2))),
  c('align: CRLF line ends', alignArgs(f.crlf), ok(alignedAs(CRLF, 2))),
  c('align: U+00A0-only lines are not paragraphs', alignArgs(f.nbspLines), ok(alignedAs(NBSP, 2))),
  c('quotes: Windows-1252', quotesArgs(f.cp1252), ok(quotedCoeur)),
  c('quotes: UTF-16BE with BOM', quotesArgs(f.utf16be), ok(quotedCoeur)),
  // F15: 1,000 unclosed « in one paragraph nested 1,000 deep (51 s, 10 MB of JSON); now each is
  // one short quotation reported once as unbalanced, and the output stays linear in the input.
  c(
    'quotes: 1,000 unclosed guillemets do not hang',
    quotesArgs(f.unclosedQuotes),
    ok((o) => {
      const rows = parseJson(o) as { flags: string[] }[];
      expect(rows).toHaveLength(1_000);
      expect(rows.every((r) => r.flags.includes('unbalanced'))).toBe(true);
      expect(o.length).toBeLessThan(2_000_000);
    }),
  ),
  c('export: UTF-16LE with BOM', exportArgs(f.utf16le), ok(jsonHolding(FIRST_LINE))),
  c('export: CRLF kept in the case file', exportArgs(f.crlf), ok(jsonHolding(CRLF))),

  // One huge input: real French news text.
  c(
    'check: 3 MB of real text',
    ['check', huge, '--format', 'json', '--rules', 'mojibake'],
    ok((o) => expect(Array.isArray(parseJson(o))).toBe(true)),
    170_000,
  ),

  // Exchange files: malformed, hostile, UTF-16, Windows-1252, unbalanced quotes.
  c('import: unclosed tag (line, column)', importArgs(f.xmlUnclosed), (r) =>
    expectLocatedError(r, f.xmlUnclosed),
  ),
  c('import: undefined entity (line, column)', importArgs(f.xmlBadEntity), (r) =>
    expectLocatedError(r, f.xmlBadEntity, /eacute|bogus/),
  ),
  c(
    'import: billion-laughs DOCTYPE refused',
    importArgs(f.xmlBillionLaughs),
    unreadable(f.xmlBillionLaughs, /entit/),
  ),
  c('import: XXE entity refused, /etc/passwd never read', importArgs(f.xmlXxe), (r) => {
    expectUnreadable(r, f.xmlXxe, /entit/);
    expect(r.stderr).not.toContain('root:');
  }),
  c('import: XML that is not TMX or XLIFF', importArgs(f.notXml), unreadable(f.notXml, /TMX|XLIFF/)),
  c('import: TMX in UTF-16LE', importArgs(f.tmxUtf16le), ok(jsonHolding(TARGET_SEGMENT))),
  c('import: XLIFF 2.0 in UTF-16BE', importArgs(f.xliffUtf16be), ok(jsonHolding(TARGET_SEGMENT))),
  c('import: TSV in Windows-1252', importArgs(f.tsvCp1252), ok(jsonHolding(TARGET_SEGMENT))),
  c('import: TSV in UTF-16LE', importArgs(f.tsvUtf16le), ok(jsonHolding(TARGET_SEGMENT))),
  c(
    'import: TSV with an unbalanced quote: located error, or every row kept',
    importArgs(f.tsvUnbalanced),
    (r) => {
      expect(looksLikeCrash(r.stderr)).toBe(false);
      if (r.code === 0) jsonHolding('L’été')(r.stdout);
      else {
        expect(r.code).toBe(1);
        expect(isOneLine(r.stderr)).toBe(true);
        expect(r.stderr).toMatch(/line 3/);
      }
    },
  ),
  // Hostile HTML in a document's text, exported as a report.
  c(
    'export html: hostile HTML is inert',
    ['export', f.english, f.hostile, '--format', 'html'],
    ok(expectInertHtml),
  ),
  c(
    'export md: hostile HTML is inert',
    ['export', f.english, f.hostile, '--format', 'md'],
    ok(expectInertMarkdown),
  ),

  // Never lose the user's work; never hang; never print a Node stack.
  c(
    'export -o onto its own input: refused, input unchanged',
    ['export', f.english, f.victimFr, '--format', 'tmx', '-o', f.victimFr],
    (r) => {
      expect([1, 2]).toContain(r.code);
      expect(readFileSync(f.victimFr, 'utf8')).toBe(FRENCH);
    },
  ),
  c(
    'import -o onto its own input: refused, input unchanged',
    ['import', f.victimTsv, '--format', 'case', '-o', f.victimTsv],
    (r) => {
      expect([1, 2]).toContain(r.code);
      expect(readFileSync(f.victimTsv, 'utf8')).toBe('source\ttarget\nThe heart\tLe cœur\n');
    },
  ),
  c(
    'check /dev/zero: refused at once, not read forever',
    ['check', '/dev/zero'],
    unreadable('/dev/zero'),
    20_000,
  ),
  c('fix a named pipe with no writer: refused at once', ['fix', f.fifo], unreadable(f.fifo), 20_000),
  c(
    'import | head: no EPIPE stack when the reader goes away',
    ['import', f.bigTsv, '--format', 'tsv'],
    (r) => {
      expect(r.stderr).not.toMatch(/EPIPE|Unhandled|node:events/);
      expect([0, 141, null]).toContain(r.code);
    },
    undefined,
    1,
  ),
  c('import: empty file refused', importArgs(f.empty), unreadable(f.empty)),
  c('import: white-space file refused', importArgs(f.whitespace), unreadable(f.whitespace)),
  c(
    'check: CRLF line ends (line, column; excerpt without the CR)',
    checkArgs(f.crlf),
    ok((o) => {
      doubledWordAt(2)(o);
      for (const x of parseJson(o) as CheckJson[]) expect(x.excerpt).not.toMatch(/\s$/);
    }),
  ),

  c(
    'check: a 100 kB single token does not hang',
    ['check', f.longToken, '--format', 'json'],
    ok(json),
    30_000,
  ),
  c(
    'check: a run of 20,000 œ finishes with one lost-quote finding at its start (F14)',
    ['check', oeRun, '--format', 'json'],
    ok((o) => {
      const findings = parseJson(o) as (CheckJson & { category: string })[];
      const atRun = findings.filter((x) => x.line === 1 && x.column === 11);
      expect(atRun.map((x) => x.category)).toEqual(['encoding']);
      // Not one finding per œ: the run is one garbled word.
      expect(findings.length).toBeLessThan(5);
    }),
    60_000,
  ),
  c(
    'align --presegmented: 1 line against 200 lines',
    ['align', f.oneLine, f.manyLines, '--presegmented', '--src-lang', 'en', '--tgt-lang', 'fr'],
    ok((o) => expect(o.trim().split('\n').length).toBeGreaterThanOrEqual(200)),
  ),
  c(
    'align --presegmented: an empty file has no segments',
    ['align', f.empty, f.empty, '--presegmented', '--src-lang', 'en', '--tgt-lang', 'fr'],
    ok((o) => expect(o.trim()).toBe('')),
  ),

  // Bad command lines: exit 2 with a usage message.
  c('no command: usage on stderr, nothing on stdout', [], usage()),
  c('unknown command', ['frobnicate'], usage(/frobnicate/)),
  c('align: unknown option', ['align', f.english, f.utf8, '--bogus'], usage(/--bogus/)),
  c('check: unknown option', ['check', f.utf8, '--bogus'], usage(/--bogus/)),
  c('quotes: unknown option', ['quotes', f.utf8, '--sources', f.english, '--bogus'], usage(/--bogus/)),
  c('export: unknown option', [...exportArgs(f.utf8), '--bogus'], usage(/--bogus/)),
  c('import: unknown option', [...importArgs(f.tsvOk), '--bogus'], usage(/--bogus/)),
  c('align: one file only', ['align', f.english], usage()),
  c('check: no file', ['check'], usage()),
  c('quotes: no files', ['quotes'], usage()),
  c('export: one file only', ['export', f.utf8, '--format', 'tmx'], usage()),
  c('import: no file', ['import'], usage()),
  c('align: option without its value', ['align', f.english, f.utf8, '--level'], usage(/--level/)),
  c('quotes: --sources without a file', ['quotes', f.utf8, '--sources'], usage(/--sources/)),
  c('export: bad --format value', ['export', f.english, f.utf8, '--format', 'docx'], usage(/docx/)),
];

describe('CLI on bad input', () => {
  const results = startAll(cases);
  for (const k of cases) {
    it(k.name, async () => k.check(await results.get(k)!), (k.timeoutMs ?? 60_000) + 10_000);
  }
});
