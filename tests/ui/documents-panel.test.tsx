// @vitest-environment jsdom
/**
 * The documents panel's names: the side panel is narrow (248 px), and a name cut at its edge
 * ("rapport-fr.t…") hid the part that tells two documents apart. A name now wraps between its
 * parts; one too long for two lines is cut in its middle, its start and its end (language
 * suffix, extension) kept; assistive technology and the tooltip still give it whole.
 */
// Before the store's modules: Dexie looks for IndexedDB as it loads.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseFile, serializeCaseFile } from '../../src/core/exchange/case-file-json.ts';
import {
  DOC_NAME_MAX,
  DocumentsPanel,
  editCountShown,
} from '../../src/ui/features/documents/documents-panel.tsx';
import { ImportDialog } from '../../src/ui/features/import/import-dialog.tsx';
import { initI18n, setLocale } from '../../src/ui/i18n/i18n.ts';
import { StoreProvider } from '../../src/ui/use-store.ts';
import { makeTestStore } from '../state/lib/in-process-store.ts';
import { polyfillDialogs } from './lib/jsdom-dialogs.ts';

const SHORT = 'rapport-fr.txt';
const LONG = 'amazon-rekognition-lettre-des-employes-a-jeff-bezos-2018-06-22-traduction-fr-v2.docx';

beforeAll(async () => {
  await initI18n('en');
  polyfillDialogs();
});

afterEach(cleanup);

/** The text a sighted reader sees: without what is hidden from view (sr-only). */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
  return copy.textContent ?? '';
}

/** The text assistive technology reads: without what is hidden from it (aria-hidden). */
function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent ?? '';
}

async function renderPanel() {
  const store = makeTestStore({ checks: false });
  await store.getState().createCase('names');
  await store.getState().addDocuments([
    { name: 'report-en.txt', lang: 'en', text: 'The employees wrote a letter.', origin: { kind: 'paste' } },
    { name: SHORT, lang: 'fr', text: 'Les employés ont écrit une lettre.', origin: { kind: 'paste' } },
    { name: LONG, lang: 'fr', text: 'Les salariés ont écrit une lettre.', origin: { kind: 'paste' } },
  ]);
  render(
    <StoreProvider store={store}>
      <DocumentsPanel onAdd={() => {}} />
    </StoreProvider>,
  );
  await waitFor(() => expect(document.querySelectorAll('.doc-name')).toHaveLength(3));
  const names = [...document.querySelectorAll('.doc-name')];
  return {
    short: names.find((n) => n.getAttribute('title') === SHORT)!,
    long: names.find((n) => n.getAttribute('title') === LONG)!,
  };
}

describe('DocumentsPanel names', () => {
  it('shows a name that fits whole, with a line break allowed after each separator', async () => {
    const { short } = await renderPanel();
    expect(visibleText(short)).toBe(SHORT);
    expect(spokenText(short)).toBe(SHORT);
    // rapport- | fr.txt: the name wraps between its parts, not at the panel's edge, and its
    // extension stays with the part before it.
    expect(short.querySelectorAll('wbr')).toHaveLength(1);
    expect(short.lastChild?.textContent).toBe('fr.txt');
  });

  it('cuts a name too long for two lines in its middle, keeping its start and its end', async () => {
    const { long } = await renderPanel();
    const shown = visibleText(long);
    expect(shown.length).toBeLessThanOrEqual(DOC_NAME_MAX);
    expect(shown).toMatch(/^amazon-rekognition-.*….*traduction-fr-v2\.docx$/);
    // Cut between whole parts of the name, not inside one.
    const [head, tail] = shown.split('…');
    expect(LONG.startsWith(head!) && /[-_.]$/.test(head!)).toBe(true);
    expect(LONG.endsWith(tail!) && /[-_.]$/.test(LONG.slice(0, LONG.length - tail!.length))).toBe(true);
    // Whole for assistive technology and on hover.
    expect(spokenText(long)).toBe(LONG);
    expect(long.getAttribute('title')).toBe(LONG);
  });

  it('names the document’s role on its second line, not beside the name', async () => {
    await renderPanel();
    const roles = [...document.querySelectorAll('.doc-list .role')];
    expect(roles.map((r) => r.textContent)).toEqual(['original', 'translation']);
    expect(roles.every((r) => r.closest('.doc-meta') !== null)).toBe(true);
  });

  it('counts past 99 edits as "99+" (a third digit beside windows-1252 pushed the role to a third line), the full count spoken and in the tooltip', async () => {
    const store = makeTestStore({ checks: false });
    await store.getState().createCase('edits');
    await store.getState().addDocuments([
      { name: 'report-en.txt', lang: 'en', text: 'The employees wrote a letter.', origin: { kind: 'paste' } },
      { name: SHORT, lang: 'fr', text: 'x'.repeat(200), origin: { kind: 'file', encoding: 'windows-1252' } },
    ]);
    const withEdits = (n: number) => {
      const record = store.getState().caseRecord!;
      const at = new Date(0).toISOString();
      const edits = Array.from({ length: n }, (_, i) => ({
        start: i,
        end: i + 1,
        text: 'y',
        origin: 'manual' as const,
        at,
      }));
      act(() =>
        store.setState({
          caseRecord: {
            ...record,
            documents: record.documents.map((d) => (d.name === SHORT ? { ...d, edits } : d)),
          },
        }),
      );
    };
    render(
      <StoreProvider store={store}>
        <DocumentsPanel onAdd={() => {}} />
      </StoreProvider>,
    );
    const tag = () => document.querySelector('.doc-list .tag.edited')!;
    for (const [n, shown] of [
      [99, '99'],
      [100, '99+'],
      [1234, '99+'],
    ] as const) {
      withEdits(n);
      await waitFor(() => expect(visibleText(tag())).toBe(shown));
      expect(spokenText(tag())).toBe(`${n} edits`);
      expect(tag().getAttribute('title')).toBe(`${n} edits`);
    }
    // The encoding in its short form beside it, the full name spoken and in the tooltip.
    const encoding = document.querySelectorAll('.doc-list .tag.encoding')[1]!;
    expect(visibleText(encoding)).toBe('cp1252');
    expect(spokenText(encoding)).toBe('windows-1252');
    expect(encoding.getAttribute('title')).toBe('How the file was read: windows-1252');
    expect(editCountShown(100, i18next.getFixedT('fr'))).toBe('99+');
    expect(i18next.getFixedT('fr')('documents.edits', { count: 100 })).toBe('100 modifications');
  });
});

describe('DocumentsPanel encoding', () => {
  it('keeps the import dialog’s notice of bytes read as Windows-1252: on the tag, its lines in the tooltip, in the case file', async () => {
    // The dialog said 'UTF-8 with 1 byte read as Windows-1252 (line 3)'; once added, the
    // document's tag said `utf-8` only, and the case kept nothing of it.
    const store = makeTestStore({ checks: false });
    await store.getState().createCase('stray');
    const head = new TextEncoder().encode('Un été à Noël.\nLes salariés réclament une hausse.\nLe th');
    const bytes = Uint8Array.from([...head, 0xe9, ...new TextEncoder().encode(' est servi.\n')]);
    render(
      <StoreProvider store={store}>
        <ImportDialog open files={[new File([bytes], 'melange.txt')]} onClose={() => {}} />
        <DocumentsPanel onAdd={() => {}} />
      </StoreProvider>,
    );
    await screen.findByTestId('stray-bytes');
    fireEvent.click(screen.getByRole('button', { name: 'Add to the case' }));
    await waitFor(() => expect(document.querySelectorAll('.doc-list .tag.encoding')).toHaveLength(1));
    const tag = document.querySelector('.doc-list .tag.encoding')!;
    expect(visibleText(tag)).toBe('utf-8 + 1 byte cp1252');
    expect(spokenText(tag)).toBe('utf-8, with 1 byte read as Windows-1252 (line 3)');
    expect(tag.getAttribute('title')).toBe(
      'How the file was read: utf-8, with 1 byte read as Windows-1252 (line 3)',
    );
    // Kept in the case file, written and read back.
    const record = store.getState().caseRecord!;
    const back = parseCaseFile(new TextEncoder().encode(serializeCaseFile(record)));
    expect(back.documents[0]!.origin).toEqual({
      kind: 'file',
      fileName: 'melange.txt',
      encoding: 'utf-8',
      strayBytes: { count: 1, lines: [3], lineCount: 1 },
    });
    await setLocale('fr');
    try {
      await waitFor(() => expect(visibleText(tag)).toBe('utf-8 + 1 octet cp1252'));
      expect(tag.getAttribute('title')).toBe(
        'Comment le fichier a été lu\u00a0: utf-8, avec 1 octet lu en Windows-1252 (ligne 3)',
      );
    } finally {
      await setLocale('en');
    }
  });
});
