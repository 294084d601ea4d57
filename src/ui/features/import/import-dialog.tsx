/**
 * Adding documents: files (picker or drag and drop: .txt, .md, .html, .docx) or pasted text.
 * Each file is read in the worker; its detected encoding and language are shown and can be
 * overridden (a new encoding re-decodes the original bytes) before it joins the case.
 */
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Lang, MAX_EXCHANGE_BYTES } from '../../../core/index.ts';
import { type DetectedEncoding, ENCODINGS, type StrayBytes } from '../../../core/text/decode-bytes.ts';
import type { NewDocument } from '../../../state/app-state.ts';
import { CANDIDATE_LANGS } from '../../../state/workspace-slice.ts';
import type { ImportedText } from '../../../worker/protocol.ts';
import { Icon } from '../../components/icon.tsx';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { strayLines } from '../../components/stray-lines.ts';
import { useAppStoreApi } from '../../use-store.ts';
import { exchangeErrorDetail, exchangeErrorMessage } from './exchange-error-message.ts';

const ACCEPT =
  '.txt,.md,.markdown,.html,.htm,.xhtml,.docx,.json,.tmx,.xlf,.xliff,.sdlxliff,.mqxliff,.mxliff,.txlf,.tsv,.csv,text/plain,text/html';
/**
 * Exchange files: they become a case of their own (see core's exchange module). CAT tools name
 * their XLIFF 1.2 files after themselves (Trados .sdlxliff, memoQ .mqxliff, Phrase .mxliff,
 * Wordfast .txlf): read as text, such a file became a document of XML markup.
 */
const EXCHANGE = /\.(json|tmx|xlf|xliff|sdlxliff|mqxliff|mxliff|txlf|tsv|csv)$/i;
/** Larger files are refused with a message (they would not be news reports). */
const MAX_BYTES = 20 * 1024 * 1024;

interface Pending {
  readonly key: number;
  readonly name: string;
  readonly bytes: ArrayBuffer | null;
  readonly result: ImportedText | null;
  readonly error: string | null;
  readonly lang: Lang;
  readonly langOverridden: boolean;
  readonly encodingOverridden: boolean;
}

let nextKey = 1;

/** 'UTF-8 with 1 byte read as Windows-1252 (line 12): check that character.' */
function strayBytesNote(t: TFunction, stray: StrayBytes): string {
  return t('import.strayBytes', { count: stray.count, where: strayLines(t, stray) });
}

/** A picked file as it enters the list: not read yet (or refused with `error`). */
function newPending(key: number, name: string, error: string | null): Pending {
  return {
    key,
    name,
    bytes: null,
    result: null,
    error,
    lang: 'und',
    langOverridden: false,
    encodingOverridden: false,
  };
}

export function ImportDialog({
  open,
  files,
  onClose,
}: {
  open: boolean;
  /** Files dropped on the window, to read at once. */
  files: readonly File[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [pending, setPending] = useState<readonly Pending[]>([]);
  const [pasteText, setPasteTextState] = useState('');
  // The pasted text as it is now, for answers that come back later.
  const pasteNow = useRef('');
  const setPasteText = (text: string) => {
    pasteNow.current = text;
    setPasteTextState(text);
  };
  const [pasteName, setPasteName] = useState('');
  const [pasteLang, setPasteLang] = useState<Lang>('und');
  const [pasteLangSet, setPasteLangSet] = useState(false);

  const update = (key: number, change: Partial<Pending>) =>
    setPending((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));

  const read = async (key: number, name: string, bytes: ArrayBuffer, encoding?: DetectedEncoding) => {
    try {
      const result = await store.getState().readFile(bytes, name, encoding);
      // Nothing to add: say so, rather than offer an encoding and a language and drop it silently.
      if (result.text.trim().length === 0) {
        update(key, { error: t('import.empty'), result: null });
        return;
      }
      setPending((list) =>
        list.map((p) =>
          p.key === key ? { ...p, result, error: null, lang: p.langOverridden ? p.lang : result.lang } : p,
        ),
      );
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'failed';
      update(key, {
        error: t(`import.error.${code}`, { defaultValue: (error as Error).message }),
        result: null,
      });
    }
  };

  const addFiles = (list: readonly File[]) => {
    for (const file of list) {
      const key = nextKey++;
      if (EXCHANGE.test(file.name)) {
        if (file.size > MAX_EXCHANGE_BYTES) {
          // Refused before its bytes are read: a file of gigabytes would take the tab's memory.
          const message = t('exchangeError.too-large-bytes', { size: file.size, limit: MAX_EXCHANGE_BYTES });
          setPending((p) => [...p, newPending(key, file.name, t('notice.importError', { message }))]);
          continue;
        }
        // A case file or a bilingual file opens as a new case of its own.
        setPending((p) => [...p, newPending(key, file.name, null)]);
        void file
          .arrayBuffer()
          .then((bytes) => store.getState().importCase(bytes, file.name))
          .then(() => close())
          .catch((error: unknown) => {
            // An exchange file's fault in the interface's language, with its line and column.
            const detail = exchangeErrorDetail(error);
            const message = detail ? exchangeErrorMessage(t, detail) : (error as Error).message;
            update(key, { error: t('notice.importError', { message }) });
          });
        continue;
      }
      if (file.size > MAX_BYTES) {
        setPending((p) => [...p, newPending(key, file.name, t('import.tooLarge'))]);
        continue;
      }
      setPending((p) => [...p, newPending(key, file.name, null)]);
      // A dropped folder, or a file moved or deleted since it was picked, cannot be read: say so
      // rather than stay 'Reading…' for ever.
      void file.arrayBuffer().then(
        (bytes) => {
          update(key, { bytes });
          return read(key, file.name, bytes);
        },
        () => update(key, { error: t('import.error.unreadable') }),
      );
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: read the dropped files once, when they arrive
  useEffect(() => {
    if (files.length > 0) addFiles(files);
  }, [files]);

  useEffect(() => {
    if (pasteLangSet || pasteText.trim().length < 20) return;
    // An answer for a text since changed, or for a dialog since closed, is dropped: it set the
    // language of the next paste (English for a French text pasted next). Told by the text as
    // it is now (a ref: the answer may come before the closed dialog renders again).
    const timer = setTimeout(() => {
      void store
        .getState()
        .detectLanguage(pasteText)
        .then((lang) => {
          if (pasteNow.current === pasteText) setPasteLang(lang);
        });
    }, 250);
    return () => clearTimeout(timer);
  }, [pasteText, pasteLangSet, store]);

  const ready = pending.filter((p) => p.result && p.result.text.trim().length > 0);
  const canAdd = ready.length > 0 || pasteText.trim().length > 0;

  const close = () => {
    setPending([]);
    setPasteText('');
    setPasteName('');
    setPasteLang('und');
    setPasteLangSet(false);
    onClose();
  };

  const [adding, setAdding] = useState(false);
  const add = async () => {
    // Pasted text added before its language was detected (typed fast, or the engine busy with
    // the case): detected now, not added as 'unknown' or with the previous paste's language.
    let lang = pasteLang;
    if (pasteText.trim() && !pasteLangSet) {
      setAdding(true);
      try {
        lang = await store.getState().detectLanguage(pasteText);
      } catch {
        // Left to the person (the document's language picker).
      } finally {
        setAdding(false);
      }
    }
    const docs: NewDocument[] = ready.map((p) => ({
      name: p.name,
      lang: p.lang,
      ...(p.langOverridden ? { langOverridden: true } : {}),
      text: p.result?.text ?? '',
      origin: {
        kind: 'file' as const,
        fileName: p.name,
        encoding: p.result?.encoding ?? 'utf-8',
        ...(p.encodingOverridden ? { encodingOverridden: true } : {}),
        // What the dialog said about it (bytes read as Windows-1252), kept for the documents panel.
        ...(p.result?.strayBytes ? { strayBytes: p.result.strayBytes } : {}),
      },
    }));
    if (pasteText.trim()) {
      docs.push({
        name: pasteName.trim() || t('import.pastedName'),
        lang,
        ...(pasteLangSet ? { langOverridden: true } : {}),
        text: pasteText,
        origin: { kind: 'paste' },
      });
    }
    void store.getState().addDocuments(docs);
    close();
  };

  return (
    <ModalDialog
      open={open}
      wide
      title={t('import.title')}
      onClose={close}
      footer={
        <>
          <button type="button" className="tool" onClick={close}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="tool primary"
            disabled={!canAdd || adding}
            onClick={() => void add()}
            data-action="add-documents"
          >
            {t('import.add')}
          </button>
        </>
      }
    >
      <div className="import-grid">
        <section aria-labelledby="import-files">
          <h3 id="import-files" className="subhead">
            {t('import.files')}
          </h3>
          <label className="drop-zone">
            {/* The native input is visually hidden: its button and "No file chosen" are in the
                browser's language, not the interface's. The label stands for it. */}
            <input
              type="file"
              className="file-input-native"
              multiple
              accept={ACCEPT}
              onChange={(e) => addFiles([...(e.target.files ?? [])])}
              data-testid="file-input"
            />
            <span className="tool file-button" aria-hidden="true">
              {t('import.chooseFiles')}
            </span>
            <span>{t('import.dropHint')}</span>
          </label>
          <ul className="pending-list">
            {pending.map((p) => (
              <li key={p.key} data-testid="pending-file">
                <div className="pending-head">
                  <strong>{p.name}</strong>
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('import.removeNamed', { name: p.name })}
                    onClick={() => setPending((l) => l.filter((x) => x.key !== p.key))}
                  >
                    <Icon name="close" />
                  </button>
                </div>
                {p.error ? (
                  <p className="error" role="alert">
                    {p.error}
                  </p>
                ) : null}
                {!p.error && !p.result ? <p className="muted">{t('import.reading')}</p> : null}
                {p.result ? (
                  <>
                    <div className="pending-fields">
                      {p.result.encoding === 'docx' ? (
                        <span>
                          {t('import.encoding')} <span className="tag">{t('import.docx')}</span>
                        </span>
                      ) : (
                        <label>
                          {t('import.encoding')}{' '}
                          <select
                            value={p.result.encoding}
                            data-testid="encoding"
                            onChange={(e) => {
                              update(p.key, { encodingOverridden: true });
                              if (p.bytes)
                                void read(p.key, p.name, p.bytes, e.target.value as DetectedEncoding);
                            }}
                          >
                            {ENCODINGS.map((enc) => (
                              <option key={enc} value={enc}>
                                {enc}
                                {!p.encodingOverridden && enc === p.result?.encoding
                                  ? ` (${t('import.detected')})`
                                  : ''}
                              </option>
                            ))}
                          </select>
                        </label>
                      )}
                      <label>
                        {t('import.language')}{' '}
                        <select
                          value={p.lang}
                          data-testid="language"
                          onChange={(e) => update(p.key, { lang: e.target.value, langOverridden: true })}
                        >
                          {[...CANDIDATE_LANGS, 'und'].map((l) => (
                            <option key={l} value={l}>
                              {t(`lang.${l}`)}
                              {!p.langOverridden && l === p.result?.lang ? ` (${t('import.detected')})` : ''}
                            </option>
                          ))}
                        </select>
                      </label>
                    </div>
                    {p.result.strayBytes ? (
                      <p className="warning" role="status" data-testid="stray-bytes">
                        {strayBytesNote(t, p.result.strayBytes)}
                      </p>
                    ) : null}
                    {/* Mac Roman is told from Windows-1252 by its accents: the person confirms. */}
                    {p.result.encoding === 'macintosh' && !p.encodingOverridden ? (
                      <p className="warning" role="status" data-testid="mac-roman">
                        {t('import.macRoman')}
                      </p>
                    ) : null}
                    <p className="preview-text" lang={p.lang} data-testid="import-preview">
                      {p.result.text.slice(0, 280)}
                      {p.result.text.length > 280 ? '…' : ''}
                    </p>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="import-paste">
          <h3 id="import-paste" className="subhead">
            {t('import.paste')}
          </h3>
          <label className="stack">
            {t('import.pasteName')}
            <input
              value={pasteName}
              onChange={(e) => setPasteName(e.target.value)}
              placeholder={t('import.pastedName')}
            />
          </label>
          <label className="stack">
            {t('import.pasteText')}
            <textarea rows={8} value={pasteText} onChange={(e) => setPasteText(e.target.value)} />
          </label>
          <label>
            {t('import.language')}{' '}
            <select
              value={pasteLang}
              onChange={(e) => {
                setPasteLang(e.target.value);
                setPasteLangSet(true);
              }}
            >
              {[...CANDIDATE_LANGS, 'und'].map((l) => (
                <option key={l} value={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          </label>
        </section>
      </div>
    </ModalDialog>
  );
}
