import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/cli/cli-error.ts';
import { run } from '../../src/cli/quotes-command.ts';
import { captureCommand } from './capture-command.ts';

const root = new URL('../../', import.meta.url).pathname;
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

const FR = ['data/sample/001_ec0fa46e45b6f4ef.txt', 'data/sample/002_c9d7d274814d5f96.txt'];
const EN = ['data/sample/003_9be7f01c49a02bb1.txt', 'data/sample/004_bd4a0573e9b7c7ee.txt'];

describe('quotes command', () => {
  it('prints each French quotation with file, line, speaker, source and verdict as JSON', () => {
    const r = cli('quotes', ...FR, '--sources', ...EN);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as {
      file: string;
      line: number;
      text: string;
      speaker: string | null;
      source: { file: string; line: number; text: string; score: number } | null;
      verdict: string;
      divergences: { kind: string; source: string; target: string }[];
    }[];
    const immoral = rows.find((q) => q.text.startsWith('Face à cette politique immorale'))!;
    expect(immoral).toMatchObject({
      file: FR[0],
      line: 20,
      speaker: 'les employés d’Amazon',
      verdict: 'omission',
    });
    expect(EN).toContain(immoral.source!.file);
    expect(immoral.source!.line).toBe(immoral.source!.file === EN[0] ? 13 : 12);
    expect(
      immoral.divergences.some((d) => d.kind === 'omission' && d.source.includes('enable ICE and DHS')),
    ).toBe(true);
    const bezos = rows.find((q) => q.text.startsWith('L’une des missions'))!;
    expect(bezos).toMatchObject({ speaker: 'Jeff Bezos', source: null, verdict: 'no-source-found' });
    expect(rows.every((q) => q.file === FR[0] || q.file === FR[1])).toBe(true);
  });

  it('prints a readable text report', async () => {
    const { code, out } = await captureCommand(run, FR[0]!, '--sources', ...EN, '--format', 'text');
    expect(code).toBe(0);
    expect(out).toMatch(/001_ec0fa46e45b6f4ef\.txt:20: \[omission\] «Face à cette politique immorale/);
    expect(out).toMatch(/source data\/sample\/00[34]_\w+\.txt:1[23] \(p=0\.\d+\)/);
  });

  it('numbers the lines of files with old Mac line ends (lone CR) as editors do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-cr-'));
    try {
      const [fr, en] = [join(dir, 'fr.txt'), join(dir, 'en.txt')];
      writeFileSync(fr, readFileSync(join(root, FR[0]!), 'utf8').replace(/\n/g, '\r'));
      writeFileSync(en, readFileSync(join(root, EN[1]!), 'utf8').replace(/\n/g, '\r'));
      const { code, out } = await captureCommand(run, fr, '--sources', en);
      expect(code).toBe(0);
      const rows = JSON.parse(out) as { line: number; text: string; source: { line: number } | null }[];
      const immoral = rows.find((q) => q.text.startsWith('Face à cette politique immorale'))!;
      expect(immoral.line).toBe(20);
      expect(immoral.source?.line).toBe(12);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says which omissions the quotation marks with an ellipsis', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-cut-'));
    try {
      const [fr, en] = [join(dir, 'fr.txt'), join(dir, 'en.txt')];
      writeFileSync(
        fr,
        '« Le changement climatique n’est pas une menace lointaine. […] Nous devons agir maintenant », a-t-elle insisté.\n',
      );
      writeFileSync(
        en,
        'Climate change is not a distant threat. It is already flooding our streets and our homes, and we must act now.\n',
      );
      const { code, out } = await captureCommand(run, fr, '--sources', en, '--format', 'text');
      expect(code).toBe(0);
      expect(out).toContain(': [faithful] «Le changement climatique');
      expect(out).toContain(
        '  omission (marked by an ellipsis): source “It is already flooding our streets and our homes”',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints each item of the text report on one line when the files are hard-wrapped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quotes-wrap-'));
    try {
      const [fr, en] = [join(dir, 'fr.txt'), join(dir, 'en.txt')];
      writeFileSync(
        fr,
        'Le plan\n\n« Nous investirons 450 millions de dollars dans le nouveau\nterminal à conteneurs au cours des cinq prochaines années »,\na déclaré Helen\nMarsh.\n\n« Je tiens à remercier le ministre David Chen pour son\ntravail inlassable sur ce projet », a-t-elle ajouté.\n',
      );
      writeFileSync(
        en,
        'The plan\n\nWe will invest 450 million dollars in the new container\nterminal over the next five years, and we expect to create\n1,200 permanent jobs.\n\nI want to thank Minister David Chen for his tireless work\non this project.\n',
      );
      const { code, out } = await captureCommand(run, fr, '--sources', en, '--format', 'text');
      expect(code).toBe(0);
      // The source and the omission ran over three lines each, as in the file.
      expect(out.split('\n')).toEqual([
        `${fr}:3: [omission] «Nous investirons 450 millions de dollars dans le nouveau terminal à conteneurs au cours des cinq prochaines années» — Helen Marsh`,
        `  source ${en}:3 (p=1): We will invest 450 million dollars in the new container terminal over the next five years, and we expect to create 1,200 permanent jobs.`,
        '  flags: cut-without-ellipsis',
        '  omission: source “and we expect to create 1,200 permanent jobs”',
        `${fr}:8: [faithful] «Je tiens à remercier le ministre David Chen pour son travail inlassable sur ce projet» — elle`,
        `  source ${en}:7 (p=1): I want to thank Minister David Chen for his tireless work on this project.`,
        '',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects usage mistakes (exit 2) and unreadable files (exit 1)', async () => {
    await expect(run([FR[0]!])).rejects.toThrow(UsageError);
    await expect(run(['--sources', EN[0]!])).rejects.toThrow(UsageError);
    await expect(run([FR[0]!, '--sources', EN[0]!, '--format', 'xml'])).rejects.toThrow(UsageError);
    await expect(run(['no/such/file.txt', '--sources', EN[0]!])).rejects.toThrow(InputError);
    expect(cli('quotes', FR[0]!).status).toBe(2);
    for (const bad of ['1.5', '-0.1', 'high', '', '0x1', '1e-1', ' 0.5'])
      await expect(run([FR[0]!, '--sources', EN[0]!, '--min-probability', bad])).rejects.toThrow(
        /--min-probability must be a number from 0 to 1/,
      );
  });

  it('claims a source only at the probability asked for', () => {
    const traced = (p: string) =>
      (
        JSON.parse(cli('quotes', FR[0]!, '--sources', ...EN, '--min-probability', p).stdout) as {
          source: { score: number } | null;
        }[]
      ).filter((q) => q.source !== null);
    const strict = traced('0.99');
    const loose = traced('0.3');
    expect(loose.length).toBeGreaterThan(strict.length);
    expect(strict.every((q) => q.source!.score >= 0.99)).toBe(true);
    expect(loose.every((q) => q.source!.score >= 0.3)).toBe(true);
  });
});
