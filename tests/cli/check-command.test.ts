import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run as check } from '../../src/cli/check-command.ts';
import { InputError, UsageError } from '../../src/cli/cli-error.ts';
import { run as fix } from '../../src/cli/fix-command.ts';

const root = new URL('../../', import.meta.url).pathname;

// Run a command in-process and capture what it writes to stdout.
async function capture(command: (argv: readonly string[]) => Promise<number>, ...argv: string[]) {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await command(argv);
    return { code, out };
  } finally {
    spy.mockRestore();
    err.mockRestore();
  }
}

describe('check and fix commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'doc.txt');
  const text = 'Titre\nIl a dit: «œ non merci» et sociÃ©tÃ© le le chat.';
  writeFileSync(file, text);
  const categories = 'encoding,quotes,typography,repetition';

  it('check prints findings with 1-based line, column, length, excerpt, message and fix', async () => {
    const { code, out } = await capture(check, file, '--lang', 'fr', '--categories', categories);
    expect(code).toBe(0);
    const findings = JSON.parse(out) as Record<string, unknown>[];
    const lost = findings.find((f) => f.rule === 'lost-quote-mark')!;
    expect(lost).toMatchObject({ category: 'encoding', severity: 'error', line: 2, column: 12, length: 1 });
    expect(lost.excerpt).toContain('«œ non');
    expect(lost.message).toMatch(/lost/);
    expect(findings.find((f) => f.rule === 'mojibake')).toMatchObject({
      line: 2,
      column: 32,
      expected: 'été',
      fix: [{ line: 2, column: 32, length: 5, text: 'été' }],
    });
    expect(findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['missing-space', 'doubled-word', 'lost-quote-mark', 'mojibake']),
    );
  });

  it('check --format text prints one line per finding', async () => {
    const { out } = await capture(check, file, '--lang', 'fr', '--rules', 'mojibake', '--format', 'text');
    expect(out).toBe(
      `${file}:2:32: error mojibake: Garbled characters: UTF-8 read as windows-1252 (1 round(s)); should read "été"\n1 finding(s)\n`,
    );
  });

  it('fix prints the corrected text and leaves the file as it was', async () => {
    const { code, out } = await capture(fix, file, '--lang', 'fr', '--categories', categories);
    expect(code).toBe(0);
    expect(out).toBe('Titre\nIl a dit\u00a0: «\u202fnon merci\u202f» et société le chat.');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('rejects bad options and missing files with clear errors', async () => {
    await expect(check([file, '--profile', 'xx'])).rejects.toThrow(UsageError);
    await expect(check([file, '--categories', 'nope'])).rejects.toThrow(/unknown category 'nope'/);
    await expect(fix([file, '--rules', 'a', '--categories', 'quotes'])).rejects.toThrow(/not both/);
    await expect(fix([join(dir, 'none.txt')])).rejects.toThrow(InputError);
    // check and fix share the option reader of align/export/import: the same checks and messages.
    await expect(check([file, '--format', 'xml'])).rejects.toThrow(/--format must be one of json, text/);
    await expect(check([file, '--source'])).rejects.toThrow(/--source needs a value/);
    await expect(check([file, '--remove-noise'])).rejects.toThrow(/unknown option: --remove-noise/);
  });

  it('refuses an empty --rules or --categories list: it must not read as a clean report', async () => {
    for (const argv of [
      [file, '--rules', ''],
      [file, '--rules', ','],
      [file, '--categories', ''],
      [file, '--categories', ',,'],
    ]) {
      await expect(check(argv), argv.join(' ')).rejects.toThrow(/needs at least one/);
      await expect(fix(argv), argv.join(' ')).rejects.toThrow(UsageError);
    }
  });

  it('is registered in the CLI dispatcher', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'check', join(dir, 'none.txt')],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no such file/);
  });
});

describe('check excerpts', () => {
  it('cut the line around the span between whole words, "…" only where the line goes on', async () => {
    const { toCliFindings } = await import('../../src/cli/check-command.ts');
    const text =
      'Les employés ont demandé à la direction de cesser de vendre le le logiciel de reconnaissance faciale aux polices du pays.\nFin.';
    const at = text.indexOf('le le');
    const finding = {
      rule: 'doubled-word',
      category: 'repetition',
      severity: 'warning',
      span: [at, at + 5],
      actual: 'le le',
      params: {},
    } as const;
    const [excerpt] = toCliFindings(text, [finding as never]).map((f) => f.excerpt);
    expect(excerpt).toBe('…direction de cesser de vendre le le logiciel de reconnaissance…');
    const words = new Set(text.split(/\s+/));
    for (const word of excerpt!.replace(/…/g, '').split(/\s+/)) expect(words.has(word), word).toBe(true);
  });
});

describe('check positions', () => {
  it('count columns in code points on one long line of 25,000 findings', async () => {
    const { toCliFindings } = await import('../../src/cli/check-command.ts');
    // One 100 kB line (a document with no line breaks) holding 25,000 findings: computing each
    // column by spreading the line up to the finding took 33 s.
    const text = `😀 𝄞 ${'mot '.repeat(25_000)}\nfin 😀 mot`;
    const findings = [];
    for (let at = text.indexOf('mot'); at !== -1; at = text.indexOf('mot', at + 1)) {
      findings.push({
        rule: 'doubled-word',
        category: 'repetition',
        severity: 'warning',
        span: [at, at + 3],
        actual: 'mot',
        params: {},
      });
    }
    const out = toCliFindings(text, findings as never[]);
    expect(out).toHaveLength(25_001);
    expect(out[0]).toMatchObject({ line: 1, column: 5 });
    expect(out[1]).toMatchObject({ line: 1, column: 9 });
    expect(out[24_999]).toMatchObject({ line: 1, column: 5 + 4 * 24_999 });
    expect(out[25_000]).toMatchObject({ line: 2, column: 7 });
  }, 120_000);

  it('number lines ended by LF, CRLF or a lone CR (old Mac files), as editors and the segmenter do', async () => {
    const { toCliFindings } = await import('../../src/cli/check-command.ts');
    const text = 'Un.\rDeux.\r\nTrois le le.\rQuatre le le.';
    const findings = [text.indexOf('le le'), text.lastIndexOf('le le')].map((at) => ({
      rule: 'doubled-word',
      category: 'repetition',
      severity: 'warning',
      span: [at, at + 5],
      actual: 'le le',
      params: {},
    }));
    const out = toCliFindings(text, findings as never[]);
    expect(out.map((f) => [f.line, f.column])).toEqual([
      [3, 7],
      [4, 8],
    ]);
    expect(out[1]!.excerpt).toBe('Quatre le le.');
  });
});

describe('check output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-out-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // 20,000 doubled words: 8 MB of JSON. A report past V8's longest string (2^29 characters, a
  // 5 MB line of `mot mot …`) ended in "internal error: Invalid string length": the report
  // is written a chunk at a time, never as one string.
  const file = join(dir, 'doubled.txt');
  writeFileSync(file, `${'le le. '.repeat(20_000)}\n`);

  for (const format of ['json', 'text']) {
    it(`--format ${format} writes the findings in bounded chunks`, async () => {
      const chunks: string[] = [];
      const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        chunks.push(String(chunk));
        return true;
      });
      try {
        expect(await check([file, '--lang', 'fr', '--rules', 'doubled-word', '--format', format])).toBe(0);
      } finally {
        spy.mockRestore();
      }
      const out = chunks.join('');
      expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(2 * 1024 * 1024);
      if (format === 'json') {
        const findings = JSON.parse(out) as { line: number; column: number }[];
        expect(findings).toHaveLength(20_000);
        expect(findings[19_999]).toMatchObject({ line: 1, column: 1 + 7 * 19_999 });
        expect(out).toBe(`${JSON.stringify(findings, null, 2)}\n`);
      } else {
        expect(out.split('\n')).toHaveLength(20_002);
        expect(out.endsWith('\n20000 finding(s)\n')).toBe(true);
      }
    }, 60_000);
  }

  it('--format json of no findings is []', async () => {
    const clean = join(dir, 'clean.txt');
    writeFileSync(clean, 'Le chat dort.\n');
    const chunks: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    try {
      await check([clean, '--lang', 'fr', '--rules', 'doubled-word']);
    } finally {
      spy.mockRestore();
    }
    expect(chunks.join('')).toBe('[]\n');
  });
});
