/**
 * The preview of "fix all of this kind": every change in its context, before anything is
 * applied. Applying makes one operation, undone in one step.
 */
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/index.ts';
import { findingKey } from '../../../state/derive-rows.ts';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { useFindingMessage } from '../../components/use-finding-message.ts';
import { useAppStore } from '../../use-store.ts';

const CONTEXT = 32;

export function FixAllPreview({
  findings,
  onClose,
  onApply,
}: {
  findings: readonly Finding[] | null;
  onClose: () => void;
  onApply: (findings: readonly Finding[]) => void;
}) {
  const { t } = useTranslation();
  const message = useFindingMessage();
  const docs = useAppStore((s) => s.docs);
  const first = findings?.[0];
  const doc = first ? docs[first.docId] : undefined;
  return (
    <ModalDialog
      open={!!findings && !!doc}
      wide
      title={first ? t('fixAll.title', { count: findings?.length ?? 0, kind: message(first) }) : ''}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="tool" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="tool primary"
            onClick={() => findings && onApply(findings)}
            data-action="apply-all"
          >
            {t('fixAll.apply', { count: findings?.length ?? 0 })}
          </button>
        </>
      }
    >
      <ol className="preview-list">
        {doc &&
          findings?.map((f) => {
            const edits = [...(f.fix ?? [])].sort((a, b) => a.start - b.start);
            const start = edits[0]?.start ?? f.span[0];
            const end = edits.at(-1)?.end ?? f.span[1];
            const before = doc.text.slice(Math.max(0, start - CONTEXT), start);
            const after = doc.text.slice(end, end + CONTEXT);
            return (
              <li key={findingKey(f)}>
                <span className="muted">…{before}</span>
                {edits.map((e, i) => (
                  <span key={`${e.start}-${e.end}`}>
                    {i > 0 ? doc.text.slice(edits[i - 1]?.end ?? e.start, e.start) : null}
                    {e.end > e.start ? <del>{doc.text.slice(e.start, e.end)}</del> : null}
                    {e.text ? <ins>{e.text}</ins> : null}
                  </span>
                ))}
                <span className="muted">{after}…</span>
              </li>
            );
          })}
      </ol>
    </ModalDialog>
  );
}
