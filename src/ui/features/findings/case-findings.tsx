/**
 * Findings across the case: the same original sentence translated differently in another
 * report than the open one. Each is a link that opens that report's pair at the row; a button
 * aligns the case's other pairs first, since only aligned pairs can be compared.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unalignedPairs } from '../../../state/case-pairs.ts';
import { caseView, openPair } from '../../../state/case-record.ts';
import { findingKey } from '../../../state/derive-rows.ts';
import { FindingExcerpt } from '../../components/finding-excerpt.tsx';
import { useFindingMessage } from '../../components/use-finding-message.ts';
import { pairShowing, rowAt, useGoToPlace } from '../../hooks/use-go-to-place.ts';
import { usePair } from '../../hooks/use-pair.ts';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';

export function CaseFindings() {
  const { t } = useTranslation();
  const message = useFindingMessage();
  const store = useAppStoreApi();
  const goTo = useGoToPlace();
  const { elsewhere, src, tgt } = usePair();
  const file = useAppStore((s) => s.caseRecord);
  const pairCount = useAppStore((s) => s.casePairCount);
  const status = useAppStore((s) => s.caseStatus);
  const busy = useAppStore((s) => s.job !== null);
  const all = useAppStore((s) => s.caseFindings);
  const docs = useAppStore((s) => s.docs);
  const todo = useMemo(() => {
    const open = openPair(file);
    if (!file || !open || !src || !tgt) return 0;
    return unalignedPairs(file, src.lang, tgt.lang, caseView(file).level).length;
  }, [file, src, tgt]);
  const name = (id: string) => file?.documents.find((d) => d.id === id)?.name ?? id;
  /** The row the finding sits in, in the pair its link opens (1-based), if known. */
  const row = (docId: string, offset: number): number | null => {
    const doc = docs[docId];
    if (!file || !doc) return null;
    const alignment = pairShowing(file, docId);
    const index = alignment ? rowAt(alignment, doc, 'tgt', offset) : -1;
    return index >= 0 ? index + 1 : null;
  };
  const total = all?.length ?? 0;
  return (
    <section className="case-findings" aria-labelledby="case-findings-title" data-testid="case-findings">
      <h3 id="case-findings-title" className="subhead">
        {t('caseFindings.title')} <span className="count">{total}</span>
      </h3>
      <p className="muted case-note">
        {status === 'running'
          ? t('caseFindings.running')
          : total === 0 && pairCount < 2
            ? // One pair has nothing to be compared with: "0 … over 1 aligned pair" read as a check done.
              t('caseFindings.single')
            : t('caseFindings.summary', {
                count: total,
                // The pair count has its own plural ("1 aligned pair"), independent of `count`.
                pairs: t('caseFindings.pairs', { count: pairCount }),
              })}
      </p>
      {todo > 0 ? (
        <button
          type="button"
          className="tool"
          disabled={busy}
          onClick={() => void store.getState().alignCase()}
          data-action="align-case"
        >
          {t('caseFindings.alignOthers', { count: todo })}
        </button>
      ) : null}
      {elsewhere.length > 0 ? (
        <ol className="finding-list case-list">
          {elsewhere.map((f) => {
            const key = findingKey(f);
            const at = row(f.docId, f.span[0]);
            return (
              <li key={key} className="finding-item" data-key={key}>
                <button
                  type="button"
                  className="finding-main"
                  onClick={() => goTo(f.docId, f.span[0], key)}
                  data-action="go-case-finding"
                >
                  <span className={`dot cat-${f.category}`} aria-hidden="true" />
                  <span className="finding-text">
                    <span className="finding-meta">
                      <span className={`sev-tag sev-${f.severity}`}>{t(`severity.${f.severity}`)}</span>{' '}
                      {t(`category.${f.category}`)} · {name(f.docId)}
                      {at !== null ? ` · ${t('findings.row', { row: at })}` : ''}
                    </span>
                    <span className="finding-message">{message(f)}</span>
                    <FindingExcerpt finding={f} />
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
