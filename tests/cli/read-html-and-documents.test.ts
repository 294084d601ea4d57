/**
 * The commands read an HTML file as its text, as the workbench imports it (they checked and
 * aligned its markup: 'onload' was an unknown French word, a script's text a paragraph), and
 * refuse a PDF, a .docx or an RTF file by name, saying what to do (a PDF was 'binary', an RTF
 * file read as text, markup and all).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as align } from '../../src/cli/align-command.ts';
import { run as check } from '../../src/cli/check-command.ts';
import { run as fix } from '../../src/cli/fix-command.ts';
import { ENGLISH } from '../fixtures/bad-input/bad-inputs.ts';
import { captureCommand as capture } from './capture-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const html = at(
  'article.html',
  '<!DOCTYPE html><html><head><title>Titre</title><script>alert("Le le piège")</script></head>' +
    '<body onload="steal()"><h1>L’été dernier, à Paris</h1><p>Ce fut un été où le le soleil brillait.' +
    '<img src=x onerror=alert(1)><p>Fin <b>du texte.</i></body></html>',
);
const english = at('english.txt', ENGLISH);

describe('reading HTML files', () => {
  it('check reads an HTML file as its text, without markup or scripts, and says so', async () => {
    const r = await capture(check, html, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.err).toContain(`warning: ${html}: read as HTML: its text only, without markup`);
    const findings = JSON.parse(r.out) as { rule: string; line: number; actual?: string; excerpt: string }[];
    expect(findings.find((f) => f.rule === 'doubled-word')).toMatchObject({
      line: 2,
      excerpt: 'Ce fut un été où le le soleil brillait.',
    });
    expect(JSON.stringify(findings)).not.toMatch(/onload|onerror|steal|alert|piège|<p>/);
  });

  it('align pairs the HTML text paragraph by paragraph, and fix prints the text', async () => {
    const aligned = await capture(align, english, html, '--level', 'paragraph', '--format', 'json');
    expect(aligned.code).toBe(0);
    const out = JSON.parse(aligned.out) as { documents: { text: string }[] };
    expect(out.documents[1]!.text).toBe(
      'L’été dernier, à Paris\nCe fut un été où le le soleil brillait.\nFin du texte.',
    );
    const fixed = await capture(fix, html, '--categories', 'repetition');
    expect(fixed.out).toBe('L’été dernier, à Paris\nCe fut un été où le soleil brillait.\nFin du texte.');
  });
});

describe('an HTML page saved as .txt', () => {
  it('is read as HTML, with the warning', async () => {
    const page = at(
      'page.txt',
      '<!doctype html>\n<html lang="fr"><body><p>Ce fut un été où le le soleil brillait.</p></body></html>\n',
    );
    const r = await capture(fix, page, '--categories', 'repetition');
    expect(r.err).toContain(`warning: ${page}: read as HTML`);
    expect(r.out).toBe('Ce fut un été où le soleil brillait.');
  });
});

describe('documents given for text', () => {
  it('refuses a PDF, a .docx and an RTF file, saying what they are and what to do', async () => {
    const pdf = at('rapport.pdf', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n');
    const docx = at(
      'rapport.docx',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]),
    );
    const rtf = at('rapport.rtf', "{\\rtf1\\ansi {\\fonttbl {\\f0 Times;}} Un \\'e9t\\'e9.}\n");
    const cases: [string, RegExp][] = [
      [pdf, /: the file is a PDF document \(binary, not text\): copy its text into a text file$/],
      [
        docx,
        /: the file is a ZIP archive or a document made of one, such as \.docx or \.odt .*save it as text$/,
      ],
      [rtf, /: the file is an RTF document \(markup, not plain text\): save it as text or \.docx$/],
    ];
    for (const [path, message] of cases) {
      const r = await capture(check, path);
      expect(r.code).toBe(1);
      expect(r.error).toMatch(message);
      expect(r.error?.startsWith(path)).toBe(true);
      expect(r.out).toBe('');
    }
  });
});
