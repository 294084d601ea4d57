// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/core/index.ts';
import { HighlightedText } from '../../src/ui/components/highlighted-text.tsx';
import { initI18n } from '../../src/ui/i18n/i18n.ts';

const text = 'un appel pointu: «œ prendre position» et  voilà';
const lost: Finding = {
  rule: 'lost-quote-mark',
  category: 'encoding',
  severity: 'error',
  docId: 'd',
  span: [18, 19],
  actual: 'œ',
  expected: '',
  fix: [{ start: 18, end: 19, text: '' }],
  params: {},
};
const spaces: Finding = {
  rule: 'double-space',
  category: 'spacing',
  severity: 'warning',
  docId: 'd',
  span: [40, 42],
  actual: '  ',
  params: {},
};

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

describe('HighlightedText', () => {
  it('marks each finding with its category and explains it on hover', () => {
    const { container } = render(
      <HighlightedText
        text={text}
        start={0}
        end={text.length}
        findings={[lost, spaces]}
        selectedKey={null}
        onSelect={() => {}}
      />,
    );
    const marks = container.querySelectorAll('mark');
    expect([...marks].map((m) => [m.textContent, m.dataset.category])).toEqual([
      ['œ', 'encoding'],
      ['  ', 'spacing'],
    ]);
    expect(marks[0]?.getAttribute('title')).toMatch(/^Encoding: /);
    expect(container.textContent).toBe(text);
  });

  it('shows only the part of a finding inside the segment, and reports clicks', () => {
    const onSelect = vi.fn();
    const { container } = render(
      <HighlightedText
        text={text}
        start={0}
        end={19}
        findings={[lost]}
        selectedKey={null}
        onSelect={onSelect}
      />,
    );
    expect(container.textContent).toBe(text.slice(0, 19));
    const mark = container.querySelector('mark');
    if (!mark) throw new Error('no mark');
    fireEvent.click(mark);
    expect(onSelect).toHaveBeenCalledWith(lost);
  });

  it('renders plain text when there is nothing to mark', () => {
    const { container } = render(
      <HighlightedText text={text} start={3} end={8} findings={[]} selectedKey={null} onSelect={() => {}} />,
    );
    expect(container.innerHTML).toBe('appel');
  });
});
