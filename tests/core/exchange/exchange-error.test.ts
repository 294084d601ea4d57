/**
 * Import errors carry a message code and parameters (the workbench translates them) besides
 * the English message the command line prints, which the codes' English templates rebuild word
 * for word.
 */
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../src/core/exchange/case-file-json.ts';
import {
  EXCHANGE_ERROR_MESSAGES,
  ExchangeError,
  exchangeErrorText,
} from '../../../src/core/exchange/exchange-error.ts';
import { importBilingual } from '../../../src/core/exchange/import-bilingual.ts';
import { CASE_FILE_ERROR_MESSAGES, CASE_FILE_VERSION } from '../../../src/core/model/case-file.ts';

function caught(run: () => unknown): ExchangeError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('ExchangeError', () => {
  it('carries the code, the parameters and the place of a malformed TMX', () => {
    const tmx = '<tmx version="1.4"><header segtype="sentence"/><body/></tmx>';
    const error = caught(() => importBilingual(bytes(tmx)));
    expect(error.message).toBe('line 1, column 20: <header> has no srclang');
    expect(error.detail).toEqual({ reason: 'tmx-header-no-srclang', params: {}, line: 1, column: 20 });
  });

  it('gives a mismatched tag its names and where the open one began', () => {
    const tmx = '<tmx version="1.4">\n  <header srclang="en">\n</tmx>';
    const error = caught(() => importBilingual(bytes(tmx)));
    expect(error.message).toBe('line 3, column 1: </tmx> does not match <header> (opened at 2:3)');
    expect(error.detail).toEqual({
      reason: 'xml-mismatched-tag',
      params: { name: 'tmx', open: 'header', openLine: 2, openColumn: 3 },
      line: 3,
      column: 1,
    });
  });

  it('words files that are not exchange files without a place', () => {
    expect(caught(() => importBilingual(bytes('  \n'))).detail).toEqual({ reason: 'empty', params: {} });
    expect(caught(() => importBilingual(new Uint8Array([0, 1, 2, 3, 0, 0, 5]))).detail.reason).toBe('binary');
    const large = caught(() => importBilingual(bytes('a\tb\n'), { maxBytes: 2 }));
    expect(large.message).toBe('the file is too large (4 bytes; the limit is 2)');
    expect(large.detail).toEqual({ reason: 'too-large-bytes', params: { size: 4, limit: 2 } });
    const xml = caught(() => importBilingual(bytes('<html><body/></html>')));
    expect(xml.detail).toEqual({ reason: 'xml-not-exchange', params: { root: 'html' } });
  });

  it('locates TSV and JSON faults with their values', () => {
    const tsv = caught(() => importBilingual(bytes('source\ttarget\tconfidence\na\tb\t7\n')));
    expect(tsv.message).toBe('line 2, column 5: confidence "7" is not a number in [0, 1]');
    expect(tsv.detail).toEqual({
      reason: 'delimited-confidence',
      params: { value: '7' },
      line: 2,
      column: 5,
    });
    const json = caught(() => parseCaseFile('{"version": 2,}'));
    expect(json.message).toBe('line 1, column 15: not valid JSON: a trailing comma');
    expect(json.detail.reason).toBe('json-trailing-comma');
  });

  it('says what is wrong with a well-formed JSON file that is not a case, and where', () => {
    const error = caught(() => parseCaseFile('{"version": 99}'));
    expect(error.message).toBe(
      `not a valid case file: version: case file version 99 is newer than this program understands (${CASE_FILE_VERSION}); update the program`,
    );
    expect(error.detail.reason).toBe('case-file-invalid');
    expect(error.detail.caseFile).toEqual({
      reason: 'version-newer',
      params: { version: 99, known: CASE_FILE_VERSION },
      path: 'version',
    });
  });

  it('fills every parameter of its English template', () => {
    expect(exchangeErrorText('xml-duplicate-attribute', { attr: 'id' })).toBe('duplicate attribute id');
    for (const template of [
      ...Object.values(EXCHANGE_ERROR_MESSAGES),
      ...Object.values(CASE_FILE_ERROR_MESSAGES),
    ])
      expect(template).not.toMatch(/\{\{(?!\w+\}\})|\$\{/);
  });
});
