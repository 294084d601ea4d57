// @vitest-environment jsdom
/**
 * Counts in running text are pluralised in both interface languages: the status bar counts the
 * unit of the level shown (sentences at sentence level, paragraphs otherwise), and the case-wide
 * summary says "3 aligned pairs", and with one aligned pair that there is nothing to compare yet.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppStore } from '../../src/state/create-app-store.ts';
import { StatusBar } from '../../src/ui/app/status-bar.tsx';
import { CaseFindings } from '../../src/ui/features/findings/case-findings.tsx';
import { PairProvider } from '../../src/ui/hooks/use-pair.ts';
import { initI18n, setLocale } from '../../src/ui/i18n/i18n.ts';
import { StoreProvider } from '../../src/ui/use-store.ts';
import { until } from '../state/lib/in-process-store.ts';
import { paragraphPairStore } from './lib/pair-store.ts';

// Two paragraphs, five sentences on the English side; one paragraph, one sentence on the French.
const EN =
  'The employees wrote a letter. They asked the company to stop.\n\nFour hundred workers signed it. It was sent. Nobody answered.';
const FR = 'Les employés ont écrit une lettre.';

beforeAll(async () => {
  await initI18n('en');
  Element.prototype.scrollIntoView = () => {};
});
afterEach(async () => {
  cleanup();
  await setLocale('en');
});
afterAll(async () => {
  await setLocale('en');
});

async function openStore(): Promise<AppStore> {
  return paragraphPairStore('counts', EN, FR);
}

function show(store: AppStore, node: React.ReactNode) {
  render(
    <StoreProvider store={store}>
      <PairProvider>{node}</PairProvider>
    </StoreProvider>,
  );
}

const statusText = () => document.querySelector('.statusbar')?.textContent ?? '';

describe('status bar', () => {
  it('counts paragraphs at paragraph level, pluralised', async () => {
    const store = await openStore();
    show(store, <StatusBar />);
    expect(statusText()).toContain('EN 2 paragraphs · FR 1 paragraph');
  });

  it('counts sentences at sentence level, in English and French', async () => {
    const store = await openStore();
    await act(async () => {
      store.getState().setLevel('sentence');
    });
    await until(() => !store.getState().job);
    show(store, <StatusBar />);
    expect(statusText()).toContain('EN 5 sentences · FR 1 sentence');
    expect(statusText()).not.toMatch(/paragraph/);
    await act(async () => {
      await setLocale('fr');
    });
    expect(statusText()).toContain('EN 5 phrases · FR 1 phrase');
    // The paired count agrees in French too (no “appariée(s)”).
    expect(statusText()).toMatch(/lignes, 1 appariée(?![(s])/);
  });
});

describe('case-wide summary', () => {
  it('says there is nothing to compare with one aligned pair, and pluralises the pair count', async () => {
    const store = await openStore();
    act(() => store.setState({ caseFindings: [], casePairCount: 1, caseStatus: 'idle' }));
    show(store, <CaseFindings />);
    const summary = () => screen.getByTestId('case-findings').querySelector('.case-note')?.textContent ?? '';
    // Not "0 sentences … over 1 aligned pair", which reads as a comparison done.
    expect(summary()).toBe(
      'Nothing to compare yet: sentences translated differently are looked for once two translations of the same original are aligned.',
    );
    act(() => store.setState({ casePairCount: 3 }));
    expect(summary()).toBe(
      'No sentence translated differently from one report to another, over 3 aligned pairs.',
    );
    await act(async () => {
      await setLocale('fr');
    });
    expect(summary()).toBe(
      'Aucune phrase traduite différemment d’un article à l’autre, sur 3 paires alignées.',
    );
    act(() => store.setState({ casePairCount: 1 }));
    expect(summary()).toMatch(/^Rien à comparer pour l’instant\u00a0: /);
  });
});
