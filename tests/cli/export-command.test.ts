import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/cli-error.ts';
import { run } from '../../src/cli/export-command.ts';
import { parseCaseFile } from '../../src/core/exchange/case-file-json.ts';
import { importBilingual } from '../../src/core/exchange/import-bilingual.ts';
import { HAVE_XMLLINT, validateTmx, validateXliff } from '../core/exchange/validate-xml.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;

/** Run in-process (fast); the output goes to a file. */
async function exportTo(name: string, ...args: string[]): Promise<string> {
  const out = join(dir, name);
  expect(await run([join(dir, 'en.txt'), join(dir, 'fr.txt'), ...args, '-o', out])).toBe(0);
  return readFileSync(out, 'utf8');
}

/** Run as a process, for exit codes and messages. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'export', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const EN = [
  'The committee met on Monday in Brussels to discuss the budget.',
  'Ministers from twelve countries attended the "meeting" <today>.',
  'They agreed to raise spending on research by 4 percent in 2019.',
];
const FR = [
  'Le comité s’est réuni lundi à Bruxelles pour discuter du budget.',
  'Des ministres de douze pays ont assisté à la «œ réunion » <aujourd’hui>.',
  'Ils ont accepté d’augmenter de 4 % les dépenses de recherche en 2019.',
];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
  writeFileSync(join(dir, 'en.txt'), `${EN.join('\n\n')}\n`);
  writeFileSync(join(dir, 'fr.txt'), `${FR.join('\n\n')}\n`);
});

describe('export command', () => {
  it('aligns and writes a valid TMX file at the level asked, with findings', async () => {
    const tmx = await exportTo('out.tmx', '--format', 'tmx', '--level', 'paragraph');
    if (HAVE_XMLLINT) expect(validateTmx(tmx)).toEqual([]);
    const { units, header } = importBilingual(tmx);
    expect(header).toMatchObject({ srcLang: 'en', tgtLang: 'fr', level: 'paragraph' });
    expect(units.map((u) => [u.source, u.target])).toEqual(EN.map((e, i) => [e, FR[i]]));
    expect(units[1]!.findings.some((f) => f.side === 'target' && f.category === 'encoding')).toBe(true);
  });

  it('writes XLIFF 2.0, valid against its schema', async () => {
    expect(await validateXliff(await exportTo('out.xlf', '--format', 'xliff', '--no-checks'), '2.0')).toEqual(
      [],
    );
  });

  it('writes a case file that reads back with both documents and the alignment', async () => {
    const file = parseCaseFile(await exportTo('case.json', '--format', 'case', '--level', 'sentence'));
    expect(file.documents.map((d) => d.name)).toEqual(['en.txt', 'fr.txt']);
    expect(file.alignments[0]!.level).toBe('sentence');
    expect(file.alignments[0]!.beads.length).toBeGreaterThanOrEqual(3);
  });

  it('starts a CSV with a byte-order mark for Excel unless --no-bom; a TSV only with --bom', async () => {
    expect(await exportTo('out.csv', '--format', 'csv', '--no-checks')).toMatch(/^\uFEFFsource,target,/);
    expect(await exportTo('plain.csv', '--format', 'csv', '--no-checks', '--no-bom')).toMatch(
      /^source,target,/,
    );
    expect(await exportTo('out.tsv', '--format', 'tsv', '--no-checks')).toMatch(/^source\ttarget\t/);
    expect(await exportTo('bom.tsv', '--format', 'tsv', '--no-checks', '--bom')).toMatch(/^\uFEFFsource\t/);
  });

  it('writes CSV for Excel in French with --semicolons: ; between fields, decimal commas', async () => {
    const csv = await exportTo('fr.csv', '--format', 'csv', '--no-checks', '--semicolons');
    expect(csv).toMatch(/^\uFEFFsource;target;confidence;status;findings\r\n/);
    expect(csv.split('\r\n')[1]).toMatch(
      /^The committee met on Monday in Brussels to discuss the budget\.;Le comité .*;[01](,\d+)?;aligned;$/,
    );
  });

  it('words the review report’s findings in English, not by rule code', async () => {
    const html = await exportTo('worded.html', '--format', 'html');
    // FR's «œ: a lost quotation mark, said in words, its code in the tooltip.
    expect(html).toMatch(
      /<li class="error" title="lost-quote-mark"><mark class="cat-encoding">Encoding<\/mark> Stray &quot;œ&quot; left where a curly quotation mark was lost/,
    );
    const md = await exportTo('worded.md', '--format', 'report-md');
    expect(md).toContain('Error Encoding: Stray "œ" left where a curly quotation mark was lost');
  });

  it('writes the review report with the document text escaped', async () => {
    const html = await exportTo('report.html', '--format', 'html', '--no-checks');
    expect(html).toContain('&lt;today&gt;');
    expect(html).not.toContain('<today>');
  });

  it('says on stderr how many pairs the file holds, none with --confirmed-only before any is confirmed', () => {
    const tsv = (name: string, ...extra: string[]) =>
      cli(
        join(dir, 'en.txt'),
        join(dir, 'fr.txt'),
        '--format',
        'tsv',
        '--level',
        'paragraph',
        ...extra,
        '-o',
        join(dir, name),
      );
    const all = tsv('all.tsv');
    expect(all.code).toBe(0);
    expect(all.err).toMatch(/3 paragraph pairs of 3 rows/);
    const confirmed = tsv('confirmed.tsv', '--confirmed-only');
    expect(confirmed.code).toBe(0);
    expect(confirmed.err).toMatch(/0 confirmed paragraph pairs/);
  });

  it('leaves the unpaired rows out of a TMX with --paired-only (a partly parallel pair of the sample)', async () => {
    const sample = (name: string) => join(ROOT, 'data/sample', name);
    const both = [sample('004_bd4a0573e9b7c7ee.txt'), sample('000_5ce1033decd27cb8.txt')];
    const tmxOf = async (name: string, ...extra: string[]) => {
      const out = join(dir, name);
      expect(
        await run([...both, '--format', 'tmx', '--level', 'sentence', '--no-checks', ...extra, '-o', out]),
      ).toBe(0);
      return readFileSync(out, 'utf8');
    };
    const all = importBilingual(await tmxOf('all-rows.tmx')).units;
    const pairedTmx = await tmxOf('paired.tmx', '--paired-only');
    if (HAVE_XMLLINT) expect(validateTmx(pairedTmx)).toEqual([]);
    const paired = importBilingual(pairedTmx).units;
    expect(paired.length).toBeGreaterThan(0);
    expect(paired.every((u) => u.source !== '' && u.target !== '')).toBe(true);
    expect(paired.map((u) => u.source)).toEqual(
      all.filter((u) => u.source !== '' && u.target !== '').map((u) => u.source),
    );
    expect(all.length).toBeGreaterThan(paired.length);
  });

  it('rejects bad options as usage errors', async () => {
    await expect(run([join(dir, 'en.txt'), join(dir, 'fr.txt')])).rejects.toThrow(UsageError);
    await expect(run(['a', 'b', '--format', 'docx'])).rejects.toThrow(/--format must be one of/);
    await expect(run(['a', '--format', 'tmx'])).rejects.toThrow(/two files/);
  });

  it('refuses -o onto a hard link of an input, leaving the input as it was', async () => {
    // Another name for the same file: realpath tells them apart, the inode does not.
    const link = join(dir, 'fr-link.txt');
    linkSync(join(dir, 'fr.txt'), link);
    const before = readFileSync(join(dir, 'fr.txt'), 'utf8');
    await expect(
      run([join(dir, 'en.txt'), join(dir, 'fr.txt'), '--format', 'tmx', '-o', link]),
    ).rejects.toThrow(/one of the inputs/);
    expect(readFileSync(join(dir, 'fr.txt'), 'utf8')).toBe(before);
  });

  it('exits 1 on unreadable input, with a one-line message, writing nothing', () => {
    const out = join(dir, 'never.tmx');
    const r = cli(join(dir, 'missing.txt'), join(dir, 'fr.txt'), '--format', 'tmx', '-o', out);
    expect([r.code, r.err.trim()]).toEqual([1, `error: ${join(dir, 'missing.txt')}: no such file`]);
    expect(existsSync(out)).toBe(false);
  });
});
