// @vitest-environment jsdom
/**
 * A correction that only changes spaces is readable: the no-break space it removes and the
 * space it inserts are shown as named marks (before, one side showed a struck-out blank, the
 * other nothing), in the interface's language; ordinary text is left as it is.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.ts';
import { FindingExcerpt } from '../../src/ui/components/finding-excerpt.tsx';
import { initI18n, setLocale } from '../../src/ui/i18n/i18n.ts';

beforeAll(async () => {
  await initI18n('en');
});

afterEach(cleanup);

function finding(actual: string, expected: string): Finding {
  return {
    rule: 'nbsp-between-words',
    category: 'spacing',
    severity: 'note',
    docId: 'd1',
    span: { start: 10, end: 10 + actual.length },
    actual,
    expected,
    fix: [{ start: 10, end: 10 + actual.length, text: expected }],
    params: {},
  } as unknown as Finding;
}

describe('FindingExcerpt', () => {
  it('names the no-break space a fix removes and the ordinary space it inserts', () => {
    render(<FindingExcerpt finding={finding('\u00a0', ' ')} />);
    const del = document.querySelector('del')!;
    const ins = document.querySelector('ins')!;
    expect(del.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('no-break space');
    expect(ins.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('space');
    expect(del.textContent).toBe('⍽');
    expect(ins.textContent).toBe('␣');
  });

  it('marks the narrow no-break space French typography inserts, the letters around it kept', () => {
    render(<FindingExcerpt finding={finding('u:', 'u\u202f:')} />);
    expect(document.querySelector('del')!.textContent).toBe('u:');
    const ins = document.querySelector('ins')!;
    expect(ins.textContent).toBe('u⍽:');
    expect(screen.getByRole('img', { name: 'narrow no-break space' })).toBeTruthy();
  });

  it('marks the ordinary spaces of a correction that changes only spaces (space before a full stop, after a comma)', () => {
    render(<FindingExcerpt finding={finding(' .', '.')} />);
    expect(document.querySelector('del')!.textContent).toBe('␣.');
    expect(document.querySelector('ins')!.textContent).toBe('.');
    cleanup();
    render(<FindingExcerpt finding={finding(',', ', ')} />);
    expect(document.querySelector('del')!.textContent).toBe(',');
    expect(document.querySelector('ins')!.textContent).toBe(',␣');
    expect(screen.getByRole('img', { name: 'space' })).toBeTruthy();
  });

  it('leaves the ordinary spaces of a text as they are', () => {
    render(<FindingExcerpt finding={finding('Evan Agostini/Invision/AP ', '')} />);
    expect(document.querySelector('del')!.textContent).toBe('Evan Agostini/Invision/AP ');
    expect(document.querySelector('[role="img"]')).toBeNull();
    expect(document.querySelector('ins')!.textContent).toBe('∅');
  });

  it('names the marks in French when the interface is in French', async () => {
    await setLocale('fr');
    try {
      render(<FindingExcerpt finding={finding('\u00a0', ' ')} />);
      expect(screen.getByRole('img', { name: 'espace insécable' })).toBeTruthy();
      expect(screen.getByRole('img', { name: 'espace' })).toBeTruthy();
    } finally {
      await setLocale('en');
    }
  });
});
