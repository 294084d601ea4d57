/**
 * The preview of "fix all of this kind": every change in its context, each with a checkbox
 * (all ticked) so that a change that is wrong here can be left out, before anything is
 * applied, and where it is (its row, as the table numbers it, and its document), a button that
 * closes the preview on that row. Applying makes one operation, undone in one step.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contextAround, type Finding } from '../../../core/index.ts';
import { findingKey } from '../../../state/derive-rows.ts';
import { FileName } from '../../components/file-name.tsx';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { useFindingMessage } from '../../components/use-finding-message.ts';
import type { PlacedFinding } from '../../hooks/use-pair.ts';
import { useAppStore } from '../../use-store.ts';

/** Characters of context on each side of a change (fewer: it starts and ends with whole words). */
const CONTEXT = 40;
/** The most characters of the document's name on a change's line (cut in its middle beyond). */
const DOC_NAME_MAX = 48;

/**
 * The preview of `changes` (findings of one rule in one document, placed in the table); `onGoTo`
 * goes to a change's row (the preview is closed).
 */
export function FixAllPreview({
  changes,
  onClose,
  onApply,
  onGoTo,
}: {
  changes: readonly PlacedFinding[] | null;
  onClose: () => void;
  onApply: (findings: readonly Finding[]) => void;
  onGoTo: (change: PlacedFinding) => void;
}) {
  const { t } = useTranslation();
  const message = useFindingMessage();
  const docs = useAppStore((s) => s.docs);
  const names = useAppStore((s) => s.caseRecord?.documents);
  const findings = useMemo(() => changes?.map((c) => c.finding) ?? null, [changes]);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (findings) setExcluded(new Set());
  }, [findings]);
  const first = findings?.[0];
  const doc = first ? docs[first.docId] : undefined;
  const docName = names?.find((d) => d.id === first?.docId)?.name ?? doc?.name ?? '';
  const chosen = (findings ?? []).filter((f) => !excluded.has(findingKey(f)));
  const toggle = (key: string) => {
    const next = new Set(excluded);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setExcluded(next);
  };
  // One rule can say different things (a missing space before ":" and before "»"): the title
  // quotes the message only when every finding of the kind says it; else it names the category.
  const title = (one: Finding, all: readonly Finding[]) => {
    const said = message(one);
    return all.every((f) => message(f) === said)
      ? t('fixAll.title', { count: all.length, kind: said })
      : t('fixAll.titleMixed', { count: all.length, category: t(`category.${one.category}`) });
  };
  return (
    <ModalDialog
      open={!!findings && !!doc}
      wide
      title={first ? title(first, findings ?? []) : ''}
      onClose={onClose}
      footer={
        <>
          <span className="split-result">
            {t('fixAll.chosen', { count: chosen.length, total: findings?.length ?? 0 })}
          </span>
          <button type="button" className="tool" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="tool primary"
            disabled={chosen.length === 0}
            onClick={() => onApply(chosen)}
            data-action="apply-all"
          >
            {t('fixAll.apply', { count: chosen.length })}
          </button>
        </>
      }
    >
      <ol className="preview-list">
        {doc &&
          changes?.map(({ finding: f, row, side }, n) => {
            const key = findingKey(f);
            const edits = [...(f.fix ?? [])].sort((a, b) => a.start - b.start);
            const start = edits[0]?.start ?? f.span[0];
            const end = edits.at(-1)?.end ?? f.span[1];
            const { before, after, moreBefore, moreAfter } = contextAround(doc.text, start, end, CONTEXT);
            const sideName = t(side === 'src' ? 'findings.sourceSide' : 'findings.targetSide');
            return (
              <li key={key} className={excluded.has(key) ? 'left-out' : undefined}>
                {/* Where the change is: its row as the table numbers it, and its document. */}
                <div className="preview-where">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onGoTo({ finding: f, row, side })}
                    title={t('fixAll.goTo', { doc: docName })}
                    data-action="go-to-row"
                    data-row={row}
                  >
                    {/* Named by what it shows, then what it does (for assistive technology). */}
                    {t('fixAll.where', { row: row + 1, side: sideName })}
                    <span className="sr-only"> {t('fixAll.goTo', { doc: docName })}</span>
                  </button>
                  <FileName className="preview-doc" name={docName} max={DOC_NAME_MAX} lines={1} />
                </div>
                <label>
                  <input
                    type="checkbox"
                    checked={!excluded.has(key)}
                    onChange={() => toggle(key)}
                    aria-label={t('fixAll.include', { n: n + 1, row: row + 1 })}
                  />
                  <span className="fix-preview-text">
                    <span className="muted">
                      {moreBefore ? '…' : ''}
                      {before}
                    </span>
                    {edits.map((e, i) => (
                      <span key={`${e.start}-${e.end}`}>
                        {i > 0 ? doc.text.slice(edits[i - 1]?.end ?? e.start, e.start) : null}
                        {e.end > e.start ? <del>{doc.text.slice(e.start, e.end)}</del> : null}
                        {e.text ? <ins>{e.text}</ins> : null}
                      </span>
                    ))}
                    <span className="muted">
                      {after}
                      {moreAfter ? '…' : ''}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
      </ol>
    </ModalDialog>
  );
}
