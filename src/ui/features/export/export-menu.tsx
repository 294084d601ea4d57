/**
 * The export menu: the open pair as TMX, XLIFF 2.0 / 1.2, TSV, CSV, the cleaned translation
 * (text or Markdown), the bilingual review report (HTML or Markdown), and the whole case as a
 * case file. Files are made in the worker by core's exporters and saved locally.
 */
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairExportFormat } from '../../../core/exchange/export-pair.ts';
import type { QuoteTraceRow, ReviewLabels } from '../../../core/exchange/review-labels.ts';
import { DEFAULT_REVIEW_LABELS } from '../../../core/exchange/review-labels.ts';
import { isTranslationPair } from '../../../core/model/alignment.ts';
import { openPair } from '../../../state/case-record.ts';
import { pairQuotations } from '../../../state/pair-quotations.ts';
import { downloadFile } from '../../components/download-file.ts';
import { useFindingMessage } from '../../components/use-finding-message.ts';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';
import { quoteTraceRows } from './quote-trace-rows.ts';

const FORMATS: readonly PairExportFormat[] = [
  'tmx',
  'xliff',
  'xliff12',
  'tsv',
  'csv',
  'txt',
  'md',
  'html',
  'report-md',
];

/** One of the menu's options: a box and its words. */
function Option({
  checked,
  onChange,
  label,
}: {
  checked: boolean;
  onChange: (on: boolean) => void;
  label: string;
}) {
  return (
    <label>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

export function ExportMenu() {
  const { t, i18n } = useTranslation();
  const findingMessage = useFindingMessage();
  const store = useAppStoreApi();
  const hasPair = useAppStore((s) => s.caseRecord?.settings.activePair !== undefined);
  const [confirmedOnly, setConfirmedOnly] = useState(false);
  // Rows with one side empty carry no translation: in a translation memory they are empty
  // entries. Left out by default when the texts are only partly parallel (most rows are then
  // the reports' own writing), kept by default for translations (an unpaired sentence there is
  // an omission or addition the reader should see); the person's choice holds for the pair.
  const pairKey = useAppStore((s) => {
    const open = openPair(s.caseRecord);
    return open ? `${open.srcDocId}|${open.tgtDocId}` : '';
  });
  const partly = useAppStore((s) => {
    const open = openPair(s.caseRecord);
    return open !== undefined && !isTranslationPair(open);
  });
  const [pairedChoice, setPairedChoice] = useState<{ pair: string; on: boolean } | null>(null);
  const pairedOnly = pairedChoice?.pair === pairKey ? pairedChoice.on : partly;
  // A byte-order mark tells Excel a CSV is UTF-8 (without it, é shows as Ã©): on for CSV by
  // default; TSV goes to scripts and CAT tools more than to Excel, so off (core's defaults too).
  const [bomCsv, setBomCsv] = useState(true);
  const [bomTsv, setBomTsv] = useState(false);
  // Excel splits CSV on semicolons where the decimal separator is a comma: French among them,
  // so on by default in French (the interface language stands for the machine's), until chosen.
  const [semicolonChoice, setSemicolonChoice] = useState<boolean | null>(null);
  const semicolons = semicolonChoice ?? i18n.language.startsWith('fr');
  const [busy, setBusy] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);

  // A menu, not a disclosure: Escape closes it (focus back on its button), and so does a click
  // or a focus outside it. A <details> left open covered the Findings tab and the findings below.
  // The listeners stay attached and read the menu's state when the event comes: attached only
  // once the toggle event had set an `open` state, they missed a click that came before it (the
  // toggle event is queued as a task, and a busy page runs it late).
  useEffect(() => {
    const outside = (event: Event) => {
      const menu = details.current;
      if (menu?.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const menu = details.current;
    if (event.key !== 'Escape' || !menu?.open) return;
    event.preventDefault();
    event.stopPropagation();
    menu.open = false;
    menu.querySelector('summary')?.focus();
  };

  const run = async (make: () => Promise<{ name: string; mime: string; text: string } | null>) => {
    setBusy(true);
    try {
      const file = await make();
      if (file) downloadFile(file);
    } catch (error) {
      store.getState().notify({
        code: 'exportError',
        params: { message: error instanceof Error ? error.message : String(error) },
        tone: 'error',
      });
    } finally {
      setBusy(false);
      if (details.current) details.current.open = false;
    }
  };

  // The report's words, in the interface language (i18n `report.*` mirrors core's labels).
  const labels = (): ReviewLabels => ({
    ...DEFAULT_REVIEW_LABELS,
    ...(t('report', { returnObjects: true }) as unknown as Partial<ReviewLabels>),
  });

  const quoteRows = (): QuoteTraceRow[] => {
    const { quotes, caseRecord } = store.getState();
    const name = (id: string) => caseRecord?.documents.find((d) => d.id === id)?.name ?? id;
    return quoteTraceRows(pairQuotations(quotes, caseRecord), name, t);
  };

  return (
    <details className="menu" ref={details} onKeyDown={onKeyDown}>
      <summary className="tool" aria-disabled={busy}>
        {busy ? t('export.working') : t('export.button')}
      </summary>
      <div className="menu-panel">
        <fieldset className="menu-options">
          <legend className="sr-only">{t('export.options')}</legend>
          <Option checked={confirmedOnly} onChange={setConfirmedOnly} label={t('export.confirmedOnly')} />
          <Option
            checked={pairedOnly}
            onChange={(on) => setPairedChoice({ pair: pairKey, on })}
            label={t('export.pairedOnly')}
          />
          <Option checked={bomCsv} onChange={setBomCsv} label={t('export.bomCsv')} />
          <Option checked={bomTsv} onChange={setBomTsv} label={t('export.bomTsv')} />
          <Option checked={semicolons} onChange={setSemicolonChoice} label={t('export.semicolons')} />
        </fieldset>
        <ul>
          {FORMATS.map((format) => (
            <li key={format}>
              <button
                type="button"
                className="menu-item"
                disabled={!hasPair || busy}
                data-format={format}
                onClick={() =>
                  void run(() =>
                    store.getState().exportPair(
                      format,
                      {
                        confirmedOnly,
                        pairedOnly,
                        bom: format === 'tsv' ? bomTsv : bomCsv,
                        semicolons,
                        labels: labels(),
                        labelLang: i18n.language,
                        quotes: quoteRows(),
                      },
                      findingMessage,
                    ),
                  )
                }
              >
                <span>{t(`export.format.${format}`)}</span>
                <span className="muted small">
                  {t(`export.formatHelp.${format === 'csv' && semicolons ? 'csv-semicolons' : format}`)}
                </span>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="menu-item"
              disabled={busy}
              data-format="case"
              onClick={() => void run(() => store.getState().exportCase())}
            >
              <span>{t('export.format.case')}</span>
              <span className="muted small">{t('export.formatHelp.case')}</span>
            </button>
          </li>
        </ul>
      </div>
    </details>
  );
}
