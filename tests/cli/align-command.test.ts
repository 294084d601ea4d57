import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'align', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const EN = [
  'The committee met on Monday in Brussels to discuss the budget.',
  'Ministers from twelve countries attended the meeting.',
  '',
  'They agreed to raise spending on research by 4 percent in 2019.',
  'The next meeting will take place in Vienna in March.',
];
const FR = [
  'Le comité s’est réuni lundi à Bruxelles pour discuter du budget.',
  'Des ministres de douze pays ont assisté à la réunion.',
  '',
  'Ils ont accepté d’augmenter les dépenses de recherche.',
  'La hausse sera de 4 pour cent en 2019.',
  'La prochaine réunion aura lieu à Vienne en mars.',
];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'align-cli-'));
  writeFileSync(join(dir, 'en.txt'), `${EN.join('\n')}\n`);
  writeFileSync(join(dir, 'fr.txt'), `${FR.join('\n')}\n`);
  // The French side as Windows-1252 and as UTF-16LE with a BOM.
  const latin1 = Buffer.from(FR.join('\r\n').replace(/’/g, "'"), 'latin1');
  writeFileSync(join(dir, 'fr-1252.txt'), latin1);
  writeFileSync(
    join(dir, 'fr-utf16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FR.join('\n'), 'utf16le')]),
  );
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0, 0, 9]));
});

function parseBeadLines(out: string) {
  return out
    .trim()
    .split('\n')
    .map((line) => {
      const m = /^\[([\d, ]*)\]:\[([\d, ]*)\]:(\d\.\d\d)$/.exec(line);
      if (!m) throw new Error(`not a bead line: ${line}`);
      const ids = (s: string) => (s === '' ? [] : s.split(', ').map(Number));
      return { src: ids(m[1]!), tgt: ids(m[2]!), confidence: Number(m[3]) };
    });
}

describe('align command', () => {
  it('prints presegmented beads covering every line once, empty lines included', () => {
    const { code, out } = cli(join(dir, 'en.txt'), join(dir, 'fr.txt'), '--presegmented');
    expect(code).toBe(0);
    const beads = parseBeadLines(out);
    expect(beads.flatMap((b) => b.src)).toEqual([0, 1, 2, 3, 4]);
    expect(beads.flatMap((b) => b.tgt)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(out).toContain('[3]:[3, 4]:');
    expect(out).toContain('[4]:[5]:');
  });

  it('decodes Windows-1252 and UTF-16 input and reports documents and parallelism in JSON', () => {
    for (const file of ['fr-1252.txt', 'fr-utf16.txt']) {
      const { code, out } = cli(join(dir, 'en.txt'), join(dir, file), '--presegmented', '--format', 'json');
      expect(code).toBe(0);
      const json = JSON.parse(out);
      expect(json.documents[1].text).toContain('Le comité');
      expect(json.documents[1].text).toContain('réunion');
      expect(json.parallelism).toBeGreaterThan(0.5);
      expect(json.alignment.beads.length).toBeGreaterThan(3);
    }
  });

  it('segments plain documents into paragraphs and prints TSV', () => {
    const { code, out } = cli(
      join(dir, 'en.txt'),
      join(dir, 'fr.txt'),
      '--level',
      'paragraph',
      '--format',
      'tsv',
    );
    expect(code).toBe(0);
    const rows = out.trim().split('\n');
    expect(rows[0]).toBe('src\ttgt\tconfidence\tsrc_text\ttgt_text');
    expect(rows[1]).toMatch(/^0\t0\t\d\.\d\d\tThe committee/);
  });

  it('prints no line at all for two empty documents (no bead, not an empty bead line)', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, out } = cli(join(dir, 'empty.txt'), join(dir, 'empty.txt'), '--presegmented');
    expect(code).toBe(0);
    expect(out).toBe('');
  });

  it('exits 2 with a usage message on bad arguments', () => {
    for (const args of [[join(dir, 'en.txt')], ['a', 'b', '--level', 'word'], ['a', 'b', '--bogus']]) {
      const { code, err } = cli(...args);
      expect(code).toBe(2);
      expect(err).toMatch(/usage/);
    }
  });

  it('exits 1 with a one-line reason on missing or binary input', () => {
    const missing = cli(join(dir, 'nope.txt'), join(dir, 'fr.txt'));
    expect(missing.code).toBe(1);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).toMatch(/no such file/);
    const binary = cli(join(dir, 'en.txt'), join(dir, 'binary.bin'));
    expect(binary.code).toBe(1);
    expect(binary.err).toMatch(/binary/);
  });
});
