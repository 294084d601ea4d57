/**
 * `<command> --help` (or `-h`) is a request, not a mistake: the command's usage on stdout and
 * exit 0, as `vis-a-vis --help` does (it exited 2 with the usage on stderr, and `quotes`
 * called `--help` an unknown option).
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function runCli(argv: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...argv], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('command --help', () => {
  const commands = ['align', 'check', 'fix', 'quotes', 'export', 'import'];
  const runs = commands.map((command, k) => runCli([command, k % 2 ? '-h' : '--help']));
  commands.forEach((command, k) => {
    it(`${command} ${k % 2 ? '-h' : '--help'}: its usage on stdout, exit 0`, async () => {
      const r = await runs[k]!;
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: ${command} `));
      expect(r.stderr).toBe('');
    }, 30_000);
  });

  it('asked for after a file, help still answers with the usage', async () => {
    const r = await runCli(['export', 'a.txt', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: export /);
  }, 30_000);

  it('quotes: a one-dash option is a usage mistake, not a missing file', async () => {
    const r = await runCli(['quotes', 'a.txt', '--sources', 'b.txt', '-v']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option -v/);
  }, 30_000);
});
