import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/cli-error.ts';
import { run } from '../../src/cli/import-command.ts';
import { parseCaseFile, serializeCaseFile } from '../../src/core/exchange/case-file-json.ts';
import { caseDocumentText } from '../../src/core/model/case-file.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/exchange');
let dir: string;

/** Run in-process (fast); the output goes to a file. */
async function importTo(name: string, ...args: string[]): Promise<string> {
  const out = join(dir, name);
  expect(await run([...args, '-o', out])).toBe(0);
  return readFileSync(out, 'utf8');
}

/** Run as a process, for exit codes and messages. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
});

describe('import command', () => {
  it('turns an XLIFF file into a case file with confirmed rows', async () => {
    const file = parseCaseFile(await importTo('x.json', join(FIXTURES, 'inline-1.2.xlf')));
    expect(file.name).toBe('inline-1.2');
    expect(caseDocumentText(file.documents[1]!)).toBe(
      'Nous refusons de construire la plateforme.\n\nCliquez ici maintenant.\n\n',
    );
    expect(file.alignments[0]!.beads.filter((b) => b.confirmed).length).toBe(2);
  });

  it('turns a UTF-16 TMX file into TSV', async () => {
    const tsv = await importTo('okapi.tsv', join(FIXTURES, 'okapi-inline-utf16le.tmx'), '--format', 'tsv');
    expect(tsv.split('\r\n')[1]).toBe(
      'Amazon workers protest.\tDes employés d’Amazon protestent.\t1\tconfirmed\tImported from the press kit',
    );
  });

  it('migrates an old case file to the current version', async () => {
    const json = await importTo('v1.json', join(FIXTURES, 'case-v1.json'));
    const file = parseCaseFile(json);
    expect(file.version).toBe(2);
    expect(serializeCaseFile(file)).toBe(json);
  });

  it('refuses a malformed file with line and column, writing nothing', async () => {
    writeFileSync(join(dir, 'bad.xlf'), '<xliff version="2.0" srcLang="en">\n  <file id="f">\n</xliff>\n');
    const out = join(dir, 'never.json');
    await expect(run([join(dir, 'bad.xlf'), '-o', out])).rejects.toThrow(InputError);
    await expect(run([join(dir, 'bad.xlf'), '-o', out])).rejects.toThrow(
      /bad\.xlf: line 3, column 1: <\/xliff> does not match <file>/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('takes language tags only (they are written into the files), and refuses plain text', async () => {
    writeFileSync(join(dir, 'pair.tsv'), 'Hello\tBonjour\n');
    for (const bad of ['', 'x"y<z', 'en_US'])
      await expect(run([join(dir, 'pair.tsv'), '--src-lang', bad])).rejects.toThrow(/takes a language tag/);
    const tsv = await importTo('pair.json', join(dir, 'pair.tsv'), '--src-lang', 'en-GB', '--tgt-lang', 'fr');
    // The documents' language is the engine's (en: its word lists and lexicons); the name keeps the tag.
    const docs = (JSON.parse(tsv) as { documents: { name: string; lang: string }[] }).documents;
    expect(docs.map((d) => [d.name, d.lang])).toEqual([
      ['pair (en-GB)', 'en'],
      ['pair (fr)', 'fr'],
    ]);
    writeFileSync(join(dir, 'notes.txt'), 'Some notes.\nMore notes.\n');
    await expect(run([join(dir, 'notes.txt'), '--from', 'tsv'])).rejects.toThrow(
      /not a bilingual TSV or CSV file/,
    );
  });

  it('exits 1 on an entity bomb, with its line and column', () => {
    const bomb = cli(join(FIXTURES, 'billion-laughs.tmx'));
    expect(bomb.code).toBe(1);
    expect(bomb.out).toBe('');
    expect(bomb.err).toMatch(/billion-laughs\.tmx: line 3, column 3: the file declares entities/);
  });
});
