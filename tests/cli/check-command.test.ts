import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('check and fix commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  const file = join(dir, 'doc.txt');
  const text = 'Titre\nIl a dit: «œ non merci» et sociÃ©tÃ© le le chat.';
  writeFileSync(file, text);

  it('check prints findings with 1-based line, column, length, excerpt, message and fix', () => {
    const r = cli('check', file, '--lang', 'fr', '--categories', 'encoding,quotes,typography,repetition');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    const lost = out.find((f) => f.rule === 'lost-quote-mark')!;
    expect(lost).toMatchObject({ category: 'encoding', severity: 'error', line: 2, column: 12, length: 1 });
    expect(lost.excerpt).toContain('«œ non');
    expect(lost.message).toMatch(/lost/);
    expect(out.find((f) => f.rule === 'mojibake')).toMatchObject({
      line: 2,
      column: 32,
      expected: 'été',
      fix: [{ line: 2, column: 32, length: 5, text: 'été' }],
    });
    expect(out.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['missing-space', 'doubled-word', 'lost-quote-mark', 'mojibake']),
    );
  });

  it('fix prints the corrected text and leaves the file as it was', () => {
    const r = cli('fix', file, '--lang', 'fr', '--categories', 'encoding,quotes,typography,repetition');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Titre\nIl a dit\u00a0: «\u202fnon merci\u202f» et société le chat.');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('rejects bad options and missing files with clear messages', () => {
    expect(cli('check', file, '--profile', 'xx').status).toBe(2);
    expect(cli('check', file, '--categories', 'nope').stderr).toMatch(/unknown category 'nope'/);
    const missing = cli('fix', join(dir, 'none.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
  });
});
