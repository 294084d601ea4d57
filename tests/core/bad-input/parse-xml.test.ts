import { describe, expect, it } from 'vitest';
import { ExchangeError } from '../../../src/core/exchange/exchange-error.ts';
import { importBilingual } from '../../../src/core/exchange/import-bilingual.ts';
import { parseXml } from '../../../src/core/exchange/parse-xml.ts';
import { encodeUtf16 } from '../../fixtures/bad-input/bad-inputs.ts';

function exchangeError(run: () => unknown): ExchangeError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('no error was thrown');
}

const TMX = (seg: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
<body><tu><tuv xml:lang="en"><seg>The summer</seg></tuv><tuv xml:lang="fr"><seg>${seg}</seg></tuv></tu></body></tmx>
`;

describe('the XML reader on malformed input', () => {
  it('locates an unclosed tag at end of file, naming where it was opened', () => {
    const e = exchangeError(() => parseXml('<a>\n  <b>\n    text\n'));
    expect(e.code).toBe('malformed');
    expect(e.line).toBe(4);
    expect(e.column).toBe(1);
    expect(e.message).toMatch(/<b>.*2:3/);
  });

  it('locates a mismatched end tag on its line and column', () => {
    const e = exchangeError(() => parseXml('<a>\n<b>x</c>\n</a>'));
    expect([e.line, e.column]).toEqual([2, 5]);
    expect(e.message).toMatch(/^line 2, column 5: /);
  });

  it('locates an undefined entity and a bare ampersand', () => {
    const bad = exchangeError(() => parseXml('<a>\n  caf&eacute;</a>'));
    expect([bad.line, bad.column]).toEqual([2, 6]);
    expect(bad.message).toMatch(/eacute/);
    const bare = exchangeError(() => parseXml('<a>Tom & Jerry</a>'));
    expect([bare.line, bare.column]).toEqual([1, 8]);
  });

  it('counts CRLF as one line end when locating an error', () => {
    const e = exchangeError(() => parseXml('<a>\r\n<b>\r\n</a>'));
    expect(e.line).toBe(3);
  });

  it('refuses an unquoted attribute, a duplicate attribute and a second root', () => {
    expect(exchangeError(() => parseXml('<a x=1/>')).column).toBe(6);
    expect(exchangeError(() => parseXml('<a x="1" x="2"/>')).message).toMatch(/duplicate/);
    expect(exchangeError(() => parseXml('<a/><b/>')).message).toMatch(/second root/);
  });

  it('refuses empty input and plain text with a message instead of a crash', () => {
    expect(exchangeError(() => parseXml('')).message).toMatch(/no root element/);
    expect(exchangeError(() => parseXml('   \n ')).code).toBe('malformed');
    expect(exchangeError(() => parseXml('Bonjour')).code).toBe('malformed');
  });

  it('refuses 100,000 nested elements with an error, not a stack overflow', () => {
    const deep = `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`;
    expect(exchangeError(() => parseXml(deep)).message).toMatch(/nested deeper/);
  });

  it('refuses a billion-laughs DOCTYPE at once, without expanding it', () => {
    const lol = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    ).join('\n');
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY lol "lol">\n${lol}\n]>\n<tmx>&lol9;</tmx>`;
    const e = exchangeError(() => parseXml(xml));
    expect(e.code).toBe('entity');
    expect(e.line).toBe(3);
  });

  it('refuses an external entity (XXE) and never reads the file', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE tmx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<tmx>&xxe;</tmx>`;
    const e = exchangeError(() => parseXml(xml));
    expect(e.code).toBe('entity');
    expect(e.message).not.toContain('root:');
  });
});

describe('importBilingual on bad input', () => {
  it('reads a TMX in UTF-16LE and UTF-16BE (with BOM) with its accents and quotes intact', () => {
    const xml = TMX('Le cœur « à l’été »').replace('UTF-8', 'UTF-16');
    for (const endian of ['le', 'be'] as const) {
      const units = importBilingual(encodeUtf16(xml, endian));
      expect(units.units.map((u) => u.target)).toEqual(['Le cœur « à l’été »']);
    }
  });

  it('gives the line and column of a malformed TMX', () => {
    const e = exchangeError(() => importBilingual(new TextEncoder().encode(TMX('Un été &bogus;'))));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/bogus/);
  });

  it('refuses an empty or blank file with a clear message instead of importing nothing', () => {
    expect(() => importBilingual(new Uint8Array(0))).toThrow(ExchangeError);
    expect(() => importBilingual(new TextEncoder().encode(' \n\t\n'))).toThrow(ExchangeError);
  });

  it('refuses binary and oversized input with an ExchangeError', () => {
    expect(() => importBilingual(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toThrow(
      ExchangeError,
    );
    expect(exchangeError(() => importBilingual(TMX('x'), { maxBytes: 100 })).code).toBe('too-large');
  });

  it('reports an unbalanced quote in a TSV with its line instead of swallowing later rows', () => {
    const tsv = 'source\ttarget\nThe heart\tLe cœur\n"Unclosed\tOuvert\nThe summer\tL’été\n';
    let rows: string[] | undefined;
    try {
      rows = importBilingual(tsv, { format: 'tsv' }).units.map((u) => u.target);
    } catch (error) {
      expect(error).toBeInstanceOf(ExchangeError);
      expect((error as ExchangeError).line).toBe(3);
    }
    if (rows) expect(rows).toContain('L’été');
  });
});
