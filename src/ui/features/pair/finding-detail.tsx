/**
 * Under the table: the selected finding (clicked, or reached with F8) in words, with its fix
 * and a button to apply it. Announced politely, so keyboard and screen-reader users hear what
 * F8 landed on.
 */
import { useTranslation } from 'react-i18next';
import { matchesFindingKey } from '../../../state/derive-rows.ts';
import { FindingExcerpt } from '../../components/finding-excerpt.tsx';
import { useFindingMessage } from '../../components/use-finding-message.ts';
import { useGoToPlace } from '../../hooks/use-go-to-place.ts';
import { usePair } from '../../hooks/use-pair.ts';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';

export function FindingDetail() {
  const { t } = useTranslation();
  const message = useFindingMessage();
  const store = useAppStoreApi();
  const goTo = useGoToPlace();
  const selected = useAppStore((s) => s.selectedFinding);
  const { placed, level } = usePair();
  const current = selected ? placed.find((p) => matchesFindingKey(p.finding, selected)) : undefined;
  const f = current?.finding;
  return (
    <div className="finding-detail" aria-live="polite" data-testid="finding-detail">
      {f ? (
        <>
          <span className={`chip cat-${f.category}`}>
            <span className="swatch" aria-hidden="true" />
            {t(`category.${f.category}`)}
          </span>
          <span className="detail-message">
            {message(f)}{' '}
            <span className="muted">· {t('findings.row', { row: (current?.row ?? 0) + 1 })}</span>
          </span>
          <FindingExcerpt finding={f} />
          {f.fix && f.fix.length > 0 ? (
            <button
              type="button"
              className="tool primary"
              onClick={() => {
                store.getState().applyFixes([f], 'fix');
                // The fixed finding goes away with this button: the keyboard goes on from the
                // row (arrow keys, Enter, F8), not from the page's body.
                document.querySelector<HTMLElement>('.table-scroll tr[aria-selected="true"]')?.focus();
              }}
            >
              {t('findings.fix')}
            </button>
          ) : null}
          {typeof f.params.otherDocId === 'string' && typeof f.params.otherStart === 'number' ? (
            <button
              type="button"
              className="tool"
              onClick={() => goTo(String(f.params.otherDocId), Number(f.params.otherStart))}
            >
              {t('findings.goReferenceShort')}
            </button>
          ) : null}
        </>
      ) : (
        <span className="muted">
          {t(
            placed.length > 0
              ? 'findings.detailHint'
              : level === 'paragraph'
                ? 'findings.detailHintNoneParagraph'
                : 'findings.detailHintNone',
          )}
        </span>
      )}
    </div>
  );
}
