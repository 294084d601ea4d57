// @vitest-environment jsdom
/**
 * The import dialog says why a picked file will not be added: an empty file (or one of blank
 * lines) is named with a reason, not left with encoding and language pickers and then dropped
 * without a word.
 */
// Before the store's modules: Dexie looks for IndexedDB when it loads (an imported case is stored).
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportDialog } from '../../src/ui/features/import/import-dialog.tsx';
import { initI18n, setLocale } from '../../src/ui/i18n/i18n.ts';
import { StoreProvider } from '../../src/ui/use-store.ts';
import { makeTestStore } from '../state/lib/in-process-store.ts';
import { polyfillDialogs } from './lib/jsdom-dialogs.ts';

beforeAll(async () => {
  await initI18n('en');
  polyfillDialogs();
});

afterEach(cleanup);

describe('ImportDialog', () => {
  it('says that an empty or blank file has no text, and adds the readable ones', async () => {
    const store = makeTestStore({ checks: false });
    const files = [
      new File([''], 'empty.txt', { type: 'text/plain' }),
      new File([' \n\n  \n'], 'blank.txt', { type: 'text/plain' }),
      new File(['Les salariés réclament une hausse des salaires.'], 'fr.txt', { type: 'text/plain' }),
    ];
    render(
      <StoreProvider store={store}>
        <ImportDialog open files={files} onClose={() => {}} />
      </StoreProvider>,
    );
    await waitFor(() => expect(screen.getAllByTestId('import-preview')).toHaveLength(1));
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const items = screen.getAllByTestId('pending-file');
    for (const item of items.slice(0, 2)) {
      expect(item.querySelector('[role="alert"]')?.textContent).toBe(
        'This file has no text: there is nothing to add.',
      );
      expect(item.querySelector('select')).toBeNull();
    }
    expect(screen.getByRole('button', { name: 'Add to the case' }).hasAttribute('disabled')).toBe(false);
  });

  it('says why a malformed TMX was refused in French, with its line and column', async () => {
    await setLocale('fr');
    try {
      const store = makeTestStore({ checks: false });
      const tmx =
        '<?xml version="1.0"?>\n<tmx version="1.4">\n  <header segtype="sentence"/>\n  <body/>\n</tmx>\n';
      render(
        <StoreProvider store={store}>
          <ImportDialog open files={[new File([tmx], 'mauvais.tmx')]} onClose={() => {}} />
        </StoreProvider>,
      );
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe(
        'Le fichier n’a pas pu être importé\u00a0: ligne 3, colonne 3\u00a0: <header> n’a pas d’attribut srclang',
      );
    } finally {
      await setLocale('en');
    }
  });

  it('words a case file’s faulty field in French', async () => {
    await setLocale('fr');
    try {
      const store = makeTestStore({ checks: false });
      const json = '{"version": 99}';
      render(
        <StoreProvider store={store}>
          <ImportDialog open files={[new File([json], 'dossier.json')]} onClose={() => {}} />
        </StoreProvider>,
      );
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(
        /^Le fichier n’a pas pu être importé\u00a0: ce n’est pas un dossier valide\u00a0: version\u00a0: la version 99 du dossier est plus récente/,
      );
    } finally {
      await setLocale('en');
    }
  });

  it('reads UTF-8 with a stray Windows-1252 byte as UTF-8 and says which line holds it', async () => {
    const store = makeTestStore({ checks: false });
    const head = new TextEncoder().encode('Un été à Noël.\nLes salariés réclament une hausse.\nLe th');
    const bytes = Uint8Array.from([...head, 0xe9, ...new TextEncoder().encode(' est servi.\n')]);
    render(
      <StoreProvider store={store}>
        <ImportDialog open files={[new File([bytes], 'melange.txt')]} onClose={() => {}} />
      </StoreProvider>,
    );
    const note = await screen.findByTestId('stray-bytes');
    expect(note.textContent).toBe('UTF-8 with 1 byte read as Windows-1252 (line 3): check that character.');
    expect(screen.getByTestId('import-preview').textContent).toBe(
      'Un été à Noël.\nLes salariés réclament une hausse.\nLe thé est servi.\n',
    );
    const encoding = screen.getByTestId('encoding') as HTMLSelectElement;
    expect(encoding.value).toBe('utf-8');
    // Windows-1252 chosen: the whole file so read, no note; UTF-8 again: the same reading as detected.
    fireEvent.change(encoding, { target: { value: 'windows-1252' } });
    await waitFor(() => expect(screen.queryByTestId('stray-bytes')).toBeNull());
    expect(screen.getByTestId('import-preview').textContent).toContain('Un Ã©tÃ©');
    fireEvent.change(encoding, { target: { value: 'utf-8' } });
    await screen.findByTestId('stray-bytes');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('import-preview').textContent).toContain('Le thé est servi.');
  });

  it('reads a Mac Roman file as Mac Roman and says so; Windows-1252 chosen, the note goes', async () => {
    const store = makeTestStore({ checks: false });
    // 'Le café est prêt, à côté.' from an old Mac: é = 8E, ê = 90, à = 88, ô = 99.
    const ascii = (s: string) => [...new TextEncoder().encode(s)];
    const bytes = Uint8Array.from([
      ...ascii('Le caf'),
      0x8e,
      ...ascii(' est pr'),
      0x90,
      ...ascii('t, '),
      0x88,
      ...ascii(' c'),
      0x99,
      ...ascii('t'),
      0x8e,
      ...ascii('.\n'),
    ]);
    render(
      <StoreProvider store={store}>
        <ImportDialog open files={[new File([bytes], 'mac.txt')]} onClose={() => {}} />
      </StoreProvider>,
    );
    const note = await screen.findByTestId('mac-roman');
    expect(note.textContent).toMatch(/^Read as Mac Roman \(macintosh\)/);
    expect(screen.getByTestId('import-preview').textContent).toBe('Le café est prêt, à côté.\n');
    const encoding = screen.getByTestId('encoding') as HTMLSelectElement;
    expect(encoding.value).toBe('macintosh');
    expect(encoding.selectedOptions[0]!.textContent).toBe('macintosh (detected)');
    fireEvent.change(encoding, { target: { value: 'windows-1252' } });
    await waitFor(() => expect(screen.queryByTestId('mac-roman')).toBeNull());
    expect(screen.getByTestId('import-preview').textContent).toContain('Le cafŽ');
  });

  it('words stray bytes on many lines in French', async () => {
    await setLocale('fr');
    try {
      const store = makeTestStore({ checks: false });
      const lines = Array.from({ length: 12 }, (_, k) => [
        ...new TextEncoder().encode(`Été ${k} à Noël, th`),
        0xe9,
        0x0a,
      ]).flat();
      render(
        <StoreProvider store={store}>
          <ImportDialog open files={[new File([Uint8Array.from(lines)], 'melange.txt')]} onClose={() => {}} />
        </StoreProvider>,
      );
      const note = await screen.findByTestId('stray-bytes');
      expect(note.textContent).toBe(
        'UTF-8 avec 12 octets lus en Windows-1252 (lignes 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 et 2 autres)\u00a0: vérifiez ces caractères.',
      );
    } finally {
      await setLocale('en');
    }
  });

  it('says a file that cannot be read (a dropped folder) was not read, instead of Reading… for ever', async () => {
    const store = makeTestStore({ checks: false });
    // What Chrome gives for a dropped folder: a File whose bytes cannot be read (NotFoundError).
    const folder = new File([], 'Rapports');
    folder.arrayBuffer = () =>
      Promise.reject(new DOMException('A requested file or directory could not be found', 'NotFoundError'));
    render(
      <StoreProvider store={store}>
        <ImportDialog
          open
          files={[folder, new File(['Les salariés réclament une hausse.'], 'fr.txt')]}
          onClose={() => {}}
        />
      </StoreProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'This file could not be read: a folder, or a file moved or deleted since it was chosen. Add the files themselves.',
    );
    await waitFor(() => expect(screen.getAllByTestId('import-preview')).toHaveLength(1));
    expect(screen.queryByText('Reading…')).toBeNull();
  });

  it('reads a .docx that is not a Word document by what it is, and names a damaged one', async () => {
    const store = makeTestStore({ checks: false });
    const damaged = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);
    const files = [
      new File(['Les salariés réclament une hausse des salaires.'], 'texte.docx'),
      new File(['%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n'], 'rapport.docx'),
      new File([damaged], 'abime.docx'),
    ];
    render(
      <StoreProvider store={store}>
        <ImportDialog open files={files} onClose={() => {}} />
      </StoreProvider>,
    );
    await waitFor(() => expect(screen.getAllByTestId('import-preview')).toHaveLength(1));
    expect(screen.getByTestId('import-preview').textContent).toBe(
      'Les salariés réclament une hausse des salaires.',
    );
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const [pdf, docx] = screen.getAllByRole('alert').map((a) => a.textContent);
    // The in-process engine passes core's error on unworded (the worker words it: see e2e import-encoding).
    expect(pdf).toMatch(/PDF document/);
    expect(docx).toBe(
      'This .docx file could not be read as a Word document: it is damaged, or another kind of file. Open it in Word and save it again, or save it as text.',
    );
  });

  it('opens a CAT tool’s XLIFF (.sdlxliff) as a case of its pairs, not as a text of markup', async () => {
    const store = makeTestStore({ checks: false });
    const xliff = `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
<file original="lettre.docx" source-language="en-US" target-language="fr-FR" datatype="x-sdlfilterframework2"><body>
<trans-unit id="1"><source>The employees wrote a letter.</source><seg-source><mrk mtype="seg" mid="1">The employees wrote a letter.</mrk></seg-source><target><mrk mtype="seg" mid="1">Les employés ont écrit une lettre.</mrk></target></trans-unit>
</body></file></xliff>`;
    render(
      <StoreProvider store={store}>
        <ImportDialog open files={[new File([xliff], 'lettre.docx.sdlxliff')]} onClose={() => {}} />
      </StoreProvider>,
    );
    await waitFor(() => expect(store.getState().caseRecord?.documents.length).toBe(2));
    const docs = store.getState().caseRecord!.documents;
    expect(docs.map((d) => [d.lang, d.originalText])).toEqual([
      ['en', 'The employees wrote a letter.'],
      ['fr', 'Les employés ont écrit une lettre.'],
    ]);
  });

  it('refuses an exchange file over the limit before reading it', async () => {
    const store = makeTestStore({ checks: false });
    const size = 64 * 1024 * 1024 + 1;
    const huge = new File([new Uint8Array(size)], 'enorme.tmx');
    let read = false;
    const bytes = huge.arrayBuffer.bind(huge);
    huge.arrayBuffer = () => {
      read = true;
      return bytes();
    };
    render(
      <StoreProvider store={store}>
        <ImportDialog open files={[huge]} onClose={() => {}} />
      </StoreProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `The file could not be imported: the file is too large (${size} bytes; the limit is ${size - 1})`,
    );
    expect(read).toBe(false);
  });
});
