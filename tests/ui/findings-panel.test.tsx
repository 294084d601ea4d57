// @vitest-environment jsdom
/**
 * The findings panel as a QA view, over a real store: counts by category and by severity,
 * severity filters, F8 / Shift+F8 through the shown findings ("n of N"), and "fix all of this
 * kind" with one change left out in the preview.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.ts';
import { caseView, currentText } from '../../src/state/case-record.ts';
import type { AppStore } from '../../src/state/create-app-store.ts';
import { FindingsPanel } from '../../src/ui/features/findings/findings-panel.tsx';
import { PairProvider } from '../../src/ui/hooks/use-pair.ts';
import { initI18n } from '../../src/ui/i18n/i18n.ts';
import { StoreProvider } from '../../src/ui/use-store.ts';
import { until } from '../state/lib/in-process-store.ts';
import { polyfillDialogs } from './lib/jsdom-dialogs.ts';
import { paragraphPairStore } from './lib/pair-store.ts';

const EN = 'The employees wrote a letter. They asked the company to stop. Four hundred workers signed it.';
const FR =
  'Les employés ont écrit une lettre  . Ils ont demandé à l’entreprise d’arrêter  . Quatre cents salariés l’ont signée  .';

beforeAll(async () => {
  await initI18n('en');
  polyfillDialogs();
  // jsdom lays nothing out, and has no CSS.escape.
  Element.prototype.scrollIntoView = () => {};
  globalThis.CSS ??= { escape: (s: string) => s.replace(/["\\]/g, '\\$&') } as typeof CSS;
});

afterEach(cleanup);

/** Three "unwanted space" findings (fixable), one unknown word (a note) on the translation. */
function findingsOf(docId: string, text: string): Finding[] {
  const spaces = [...text.matchAll(/ {2}\./g)].map(
    (m): Finding => ({
      rule: 'unwanted-space',
      category: 'typography',
      severity: 'warning',
      docId,
      span: [m.index, m.index + 2],
      actual: '  ',
      params: { mark: '.', profile: 'fr-FR' },
      fix: [{ start: m.index, end: m.index + 2, text: '' }],
    }),
  );
  const at = text.indexOf('salariés');
  const word: Finding = {
    rule: 'unknown-word',
    category: 'spelling',
    severity: 'info',
    docId,
    span: [at, at + 8],
    actual: 'salariés',
    params: { word: 'salariés' },
  };
  return [...spaces, word];
}

async function panelOnStore(): Promise<{ store: AppStore; tgtId: string }> {
  const store = await paragraphPairStore('panel', EN, FR);
  const tgtId = caseView(store.getState().caseRecord!).tgtId!;
  act(() => store.setState({ findings: { [tgtId]: findingsOf(tgtId, FR) } }));
  render(
    <StoreProvider store={store}>
      <PairProvider>
        <FindingsPanel />
      </PairProvider>
    </StoreProvider>,
  );
  return { store, tgtId };
}

const count = () => screen.getByTestId('findings-count').textContent;
const chipCount = (selector: string) => Number(document.querySelector(`${selector} .count`)?.textContent);

describe('findings panel', () => {
  it('counts by category and severity, and filters by severity', async () => {
    await panelOnStore();
    expect(count()).toBe('4');
    expect(chipCount('.chip.cat-typography')).toBe(3);
    expect(chipCount('.chip.cat-spelling')).toBe(1);
    expect(chipCount('label.sev-warning')).toBe(3);
    expect(chipCount('label.sev-info')).toBe(1);
    expect(chipCount('label.sev-error')).toBe(0);
    fireEvent.click(document.querySelector('input[data-severity="info"]')!);
    expect(count()).toBe('3');
    expect(document.querySelectorAll('.finding-item[data-rule="unknown-word"]')).toHaveLength(0);
    // The category counts follow the severities shown.
    expect(chipCount('.chip.cat-spelling')).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(count()).toBe('4');
  });

  it('steps through the findings with F8 and Shift+F8, wrapping around', async () => {
    const { store } = await panelOnStore();
    fireEvent.keyDown(window, { key: 'F8' });
    expect(count()).toBe('1 of 4');
    fireEvent.keyDown(window, { key: 'F8' });
    expect(count()).toBe('2 of 4');
    fireEvent.keyDown(window, { key: 'F8', shiftKey: true });
    fireEvent.keyDown(window, { key: 'F8', shiftKey: true });
    expect(count()).toBe('4 of 4');
    // In text order, the unknown word comes before the last space.
    fireEvent.keyDown(window, { key: 'F8', shiftKey: true });
    expect(count()).toBe('3 of 4');
    expect(store.getState().selectedFinding).toContain('unknown-word');
    expect(document.querySelector('.finding-item.selected')?.getAttribute('data-rule')).toBe('unknown-word');
  });

  it('goes on with F8 from the row selected since, not from the finding left behind', async () => {
    const en = ['The first report.', 'The second report.', 'The third report.', 'The fourth report.'].join(
      '\n',
    );
    const fr = [
      'Le premier  rapport.',
      'Le deuxième  rapport.',
      'Le troisième rapport.',
      'Le quatrième  rapport.',
    ].join('\n');
    const store = await paragraphPairStore('rows', en, fr);
    const tgtId = caseView(store.getState().caseRecord!).tgtId!;
    // One double space on each of rows 1, 2 and 4.
    const spaces = [...fr.matchAll(/ {2}/g)].map(
      (m): Finding => ({
        rule: 'unwanted-space',
        category: 'typography',
        severity: 'warning',
        docId: tgtId,
        span: [m.index, m.index + 2],
        actual: '  ',
        params: { mark: ' ', profile: 'fr-FR' },
      }),
    );
    act(() => store.setState({ findings: { [tgtId]: spaces } }));
    render(
      <StoreProvider store={store}>
        <PairProvider>
          <FindingsPanel />
        </PairProvider>
      </StoreProvider>,
    );
    fireEvent.keyDown(window, { key: 'F8' });
    expect(count()).toBe('1 of 3');
    expect(store.getState().selectedRow).toBe(0);
    // The person moves down to the third row (no finding there): F8 goes to the fourth's.
    act(() => store.setState({ selectedRow: 2 }));
    fireEvent.keyDown(window, { key: 'F8' });
    expect(count()).toBe('3 of 3');
    expect(store.getState().selectedRow).toBe(3);
    // Back up to the third row: Shift+F8 goes to the second row's finding, the one above it.
    act(() => store.setState({ selectedRow: 2 }));
    fireEvent.keyDown(window, { key: 'F8', shiftKey: true });
    expect(count()).toBe('2 of 3');
    expect(store.getState().selectedRow).toBe(1);
    // From the finding itself, F8 steps on in order.
    fireEvent.keyDown(window, { key: 'F8' });
    expect(count()).toBe('3 of 3');
  });

  it('keeps the keyboard in the list when a fix takes away the finding it was on', async () => {
    const { store, tgtId } = await panelOnStore();
    const fix = document.querySelector<HTMLButtonElement>('.finding-item [data-action="fix"]')!;
    fix.focus();
    act(() => fix.click());
    // The document is checked again (this store's checks find nothing: the test gives the rest).
    await until(() => store.getState().findings[tgtId]?.length === 0);
    const text = currentText(store.getState().caseRecord!.documents.find((d) => d.id === tgtId)!);
    act(() => store.setState({ findings: { [tgtId]: findingsOf(tgtId, text) } }));
    // The focus is on the finding that took the fixed one's place, not on the page's body.
    expect(document.activeElement?.classList.contains('finding-main')).toBe(true);
    expect(document.activeElement?.closest('li')).toBe(document.querySelector('.finding-item'));
  });

  it('keeps the keyboard in the list after fixing all of a kind', async () => {
    const { store, tgtId } = await panelOnStore();
    const fixAll = document.querySelector<HTMLButtonElement>('[data-action="fix-all"]')!;
    fixAll.focus();
    fireEvent.click(fixAll);
    const apply = document.querySelector<HTMLButtonElement>('[data-action="apply-all"]')!;
    apply.focus();
    fireEvent.click(apply);
    await until(() => store.getState().findings[tgtId]?.length === 0);
    const text = currentText(store.getState().caseRecord!.documents.find((d) => d.id === tgtId)!);
    act(() => store.setState({ findings: { [tgtId]: findingsOf(tgtId, text) } }));
    expect(document.activeElement?.classList.contains('finding-main')).toBe(true);
  });

  it('names the category, not one finding’s words, when the findings of a kind say different things', async () => {
    const { store, tgtId } = await panelOnStore();
    const [a, b, c, word] = findingsOf(tgtId, FR);
    act(() =>
      store.setState({
        findings: { [tgtId]: [a!, b!, { ...c!, params: { mark: ';', profile: 'fr-FR' } }, word!] },
      }),
    );
    fireEvent.click(document.querySelector('[data-action="fix-all"]')!);
    expect(document.getElementById('modal-title')?.textContent).toBe(
      'Fix 3 findings of one rule (Typography)',
    );
  });

  it('fixes all of a kind but the change left out in the preview, in one undoable step', async () => {
    const { store, tgtId } = await panelOnStore();
    fireEvent.click(document.querySelector('[data-action="fix-all"]')!);
    const boxes = document.querySelectorAll<HTMLInputElement>('dialog .preview-list input[type="checkbox"]');
    expect(boxes).toHaveLength(3);
    // Every finding of the kind says the same: the title quotes it.
    expect(document.getElementById('modal-title')?.textContent).toMatch(/^Fix 3 findings: /);
    // Each change in its context: whole words, "…" only where the text goes on.
    const lines = [...document.querySelectorAll('dialog .fix-preview-text')].map((l) => l.textContent ?? '');
    expect(lines[0]).toBe('Les employés ont écrit une lettre  . Ils ont demandé à l’entreprise…');
    const words = new Set(FR.split(/\s+/));
    for (const line of lines)
      for (const word of line.replace(/…/g, ' ').split(/\s+/).filter(Boolean))
        expect(words.has(word) || word === '.', `${word} in ${line}`).toBe(true);
    fireEvent.click(boxes[1]!);
    const apply = document.querySelector<HTMLButtonElement>('[data-action="apply-all"]')!;
    expect(apply.textContent).toBe('Apply 2 changes');
    fireEvent.click(apply);
    const text = () => currentText(store.getState().caseRecord!.documents.find((d) => d.id === tgtId)!);
    expect(text()).toBe(
      'Les employés ont écrit une lettre. Ils ont demandé à l’entreprise d’arrêter  . Quatre cents salariés l’ont signée.',
    );
    expect(store.getState().past).toHaveLength(1);
    act(() => store.getState().undo());
    expect(text()).toBe(FR);
  });
});

describe('fix-all preview', () => {
  const EN2 =
    'The employees wrote a letter.\nThey asked the company to stop.\nFour hundred workers signed it.';
  const FR2 =
    'Les employés ont écrit une lettre  .\nIls ont demandé à l’entreprise d’arrêter  .\nQuatre cents salariés l’ont signée  .';

  it('names each change’s row (as the table numbers it) and document, and goes to that row', async () => {
    const store = await paragraphPairStore('rows', EN2, FR2);
    const view = caseView(store.getState().caseRecord!);
    const tgtId = view.tgtId!;
    act(() => store.setState({ findings: { [tgtId]: findingsOf(tgtId, FR2) } }));
    render(
      <StoreProvider store={store}>
        <PairProvider>
          <FindingsPanel />
        </PairProvider>
      </StoreProvider>,
    );
    // The row of each change, from the alignment: the bead holding its paragraph.
    const doc = store.getState().docs[tgtId]!;
    const beads = store.getState().caseRecord!.alignments[0]!.beads;
    const rowOf = (offset: number) => {
      const p = doc.paragraphs.findIndex((u) => offset >= u.start && offset <= u.end);
      return beads.findIndex((b) => b.tgt.includes(p));
    };
    const expected = [...FR2.matchAll(/ {2}\./g)].map((m) => rowOf(m.index));
    // The three changes sit in three different rows (the test means something).
    expect(new Set(expected).size).toBe(3);

    fireEvent.click(document.querySelector('[data-action="fix-all"]')!);
    const wheres = [...document.querySelectorAll('dialog .preview-list .preview-where')];
    expect(wheres).toHaveLength(3);
    const shown = (el: Element | null | undefined) => {
      const copy = el?.cloneNode(true) as Element | undefined;
      for (const hidden of copy?.querySelectorAll('.sr-only') ?? []) hidden.remove();
      return copy?.textContent;
    };
    expect(wheres.map((w) => shown(w.querySelector('button')))).toEqual(
      expected.map((row) => `Row ${row + 1} · translation`),
    );
    for (const w of wheres) expect(w.querySelector('.preview-doc')?.textContent).toBe('fr.txt');
    // Each a button (reached by Tab), named in full for assistive technology.
    const go = document.querySelectorAll<HTMLButtonElement>('dialog [data-action="go-to-row"]');
    expect(go[2]?.textContent).toBe(
      `Row ${(expected[2] ?? 0) + 1} · translation (go to this row of fr.txt; closes this preview)`,
    );
    act(() => go[2]!.click());
    expect(store.getState().selectedRow).toBe(expected[2]);
    expect(store.getState().selectedFinding).toContain('unwanted-space');
    expect(document.querySelector('dialog[open]')).toBeNull();
    // Nothing was applied.
    expect(currentText(store.getState().caseRecord!.documents.find((d) => d.id === tgtId)!)).toBe(FR2);
  });

  it('words the change’s place in French too', async () => {
    const { store } = await panelOnStore();
    const i18n = await initI18n();
    await act(async () => {
      await i18n.changeLanguage('fr');
    });
    try {
      fireEvent.click(document.querySelector('[data-action="fix-all"]')!);
      const first = document.querySelector('dialog [data-action="go-to-row"]');
      expect(first?.textContent).toBe(
        'Ligne 1 · traduction (aller à cette ligne de fr.txt\u00a0; ferme cet aperçu)',
      );
      expect(store.getState().selectedRow).toBe(0);
    } finally {
      await act(async () => {
        await i18n.changeLanguage('en');
      });
    }
  });
});
