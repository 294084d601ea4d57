// @vitest-environment jsdom
/**
 * A finding of the translation that names a place in the original (a number said missing, a
 * name said changed, a sentence left out) marks that place in the original column while it is
 * selected: the translation's mark alone covered a whole sentence, and the person had to find
 * the number in the original by eye.
 */
import { act, cleanup } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, TextDocument } from '../../src/core/index.ts';
import { openPair } from '../../src/state/case-record.ts';
import { findingKey } from '../../src/state/derive-rows.ts';
import { sourceEcho } from '../../src/ui/features/pair/source-echo.ts';
import { initI18n } from '../../src/ui/i18n/i18n.ts';
import { sentencePairStore } from '../state/lib/in-process-store.ts';
import { giveElementsASize, renderAlignedTable } from './lib/aligned-table-harness.tsx';
import { LETTER_EN, LETTER_FR } from './lib/letter-pair.ts';

beforeAll(async () => {
  await initI18n('en');
  giveElementsASize();
});

afterEach(cleanup);

const finding = (docId: string, span: [number, number], params: Finding['params']): Finding =>
  ({
    rule: 'number-mismatch',
    category: 'numbers',
    severity: 'warning',
    docId,
    span,
    actual: '',
    params,
  }) as Finding;

describe('sourceEcho', () => {
  const src = { text: 'Sales rose 12% in 2018.' } as TextDocument;
  it('reads the number or name of the original at its place, and a left-out stretch', () => {
    expect(sourceEcho(finding('t', [0, 5], { issue: 'missing', source: '12', srcStart: 11 }), src)).toEqual({
      start: 11,
      end: 13,
    });
    expect(sourceEcho(finding('t', [0, 5], { issue: 'changed', name: 'Sales', srcStart: 0 }), src)).toEqual({
      start: 0,
      end: 5,
    });
    expect(sourceEcho(finding('t', [0, 5], { issue: 'sentence', srcStart: 0, srcEnd: 23 }), src)).toEqual({
      start: 0,
      end: 23,
    });
  });

  it('marks nothing when the original changed since the check, or the finding names no place', () => {
    expect(sourceEcho(finding('t', [0, 5], { source: '15', srcStart: 11 }), src)).toBeNull();
    expect(sourceEcho(finding('t', [0, 5], { issue: 'extra' }), src)).toBeNull();
    expect(sourceEcho(finding('t', [0, 5], { srcStart: 20, srcEnd: 40 }), src)).toBeNull();
  });
});

describe('the original column', () => {
  it('marks the number of the original that the selected finding says is missing', async () => {
    const store = await sentencePairStore('source echo', LETTER_EN, LETTER_FR);
    await renderAlignedTable(store);
    const pair = openPair(store.getState().caseRecord)!;
    const en = store.getState().docs[pair.srcDocId]!;
    const fr = store.getState().docs[pair.tgtDocId]!;
    const at = en.text.indexOf('four hundred');
    const sentence = fr.sentences[2]!;
    const missing = finding(pair.tgtDocId, [sentence.start, sentence.end], {
      issue: 'missing',
      source: 'four hundred',
      srcStart: at,
    });
    act(() => store.setState({ findings: { [pair.tgtDocId]: [missing] }, selectedRow: 2 }));
    expect(document.querySelector('mark.source-echo')).toBeNull();
    act(() => store.setState({ selectedFinding: findingKey(missing) }));
    const marks = [...document.querySelectorAll('mark.source-echo')];
    expect(marks.map((m) => m.textContent)).toEqual(['four hundred']);
    expect(marks[0]!.closest('td')?.classList.contains('col-src')).toBe(true);
    expect(marks[0]!.closest('tr')?.getAttribute('data-index')).toBe('2');
  });
});
