import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/cli-error.ts';
import { run as fix } from '../../src/cli/fix-command.ts';
import { captureCommand } from './capture-command.ts';

const runFix = (...argv: string[]) => captureCommand(fix, ...argv);

const ARTICLE = 'Le président a parlé le le matin devant la presse.';
const QUOTE = '« Nous ne céderons pas », a-t-il dit aux journalistes présents dans la salle.';
const FURNITURE = 'Partager sur Facebook';
const dir = mkdtempSync(join(tmpdir(), 'fix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'article.txt');
writeFileSync(file, `${ARTICLE}\n\n${QUOTE}\n\n${FURNITURE}\n\n${QUOTE}\n`);
// Only repetition and noise, so that typography's spaces do not blur the comparison.
const FIXED_ARTICLE = ARTICLE.replace('le le', 'le');

describe('fix command: content is deleted only when asked', () => {
  it('with no filter, fixes the doubled word but keeps noise and repeated paragraphs, and says so', async () => {
    const { code, out, err } = await runFix(file, '--lang', 'fr');
    expect(code).toBe(0);
    expect(out).toContain(FIXED_ARTICLE);
    expect(out).toContain(FURNITURE);
    expect(out.split(QUOTE.slice(2, 20)).length - 1).toBe(2);
    expect(err).toMatch(/2 deletion\(s\) of site furniture or repeated paragraphs held back/);
  });

  it('--remove-noise deletes the site furniture with its blank line, and keeps the repeated paragraph', async () => {
    const { out } = await runFix(file, '--lang', 'fr', '--remove-noise', '--rules', 'noise,doubled-word');
    expect(out).toBe(`${FIXED_ARTICLE}\n\n${QUOTE}\n\n${QUOTE}\n`);
  });

  it('--categories noise deletes the site furniture; --rules repeated-paragraph deletes the copy', async () => {
    expect((await runFix(file, '--categories', 'noise')).out).toBe(`${ARTICLE}\n\n${QUOTE}\n\n${QUOTE}\n`);
    expect((await runFix(file, '--rules', 'repeated-paragraph')).out).toBe(
      `${ARTICLE}\n\n${QUOTE}\n\n${FURNITURE}\n`,
    );
  });

  it('reads --source once, whatever the number of passes (its warning was printed on every pass)', async () => {
    const blank = join(dir, 'blank-source.txt');
    writeFileSync(blank, '  \n');
    const typo = join(dir, 'typo.txt');
    writeFileSync(typo, 'Un été où le le soleil brillait. Et « bonjour  ».\n');
    const { code, out, err } = await runFix(typo, '--source', blank);
    expect(code).toBe(0);
    expect(out).toMatch(/^Un été où le soleil brillait\. Et «[\u00a0\u202f]bonjour[\u00a0\u202f]»\.\n$/u);
    expect(err.match(/holds no text/g)).toHaveLength(1);
  });

  it('holds a changed name back unless names are asked for (--categories names)', async () => {
    const source = join(dir, 'name-source.txt');
    writeFileSync(source, 'The letter from Bezos reached Palantir on Monday.\n');
    const translation = join(dir, 'name-translation.txt');
    writeFileSync(translation, 'La lettre de Kowalczyk est arrivée chez Palantir lundi.\n');
    const held = await runFix(translation, '--source', source);
    expect(held.out).toBe('La lettre de Kowalczyk est arrivée chez Palantir lundi.\n');
    expect(held.err).toMatch(/1 changed name\(s\) held back \(apply with --categories names\)/);
    const asked = await runFix(translation, '--source', source, '--categories', 'names');
    expect(asked.out).toBe('La lettre de Bezos est arrivée chez Palantir lundi.\n');
  });

  it('takes --remove-noise only for fix, and reads option values through the shared reader', async () => {
    await expect(fix([file, '--format', 'json'])).rejects.toThrow(/unknown option: --format/);
    await expect(fix([file, '--lang'])).rejects.toThrow(/--lang needs a value/);
    await expect(fix([file, '--lang', 'français'])).rejects.toThrow(UsageError);
    await expect(fix([file, '--profile', 'fr-BE'])).rejects.toThrow(/--profile must be one of .*fr-FR/);
  });
});
