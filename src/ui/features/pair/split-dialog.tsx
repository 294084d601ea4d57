/**
 * Split a row at any segment boundary, on either side: each side lists its sentences (or
 * paragraphs) with a cut point between each two, as a radio group (arrow keys move the cut).
 * Choosing the original's cut proposes the translation's by length (proposeCut) until the
 * person picks that one too; the two resulting rows are previewed before anything changes.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { headOf, type Level, type TextDocument } from '../../../core/index.ts';
import type { AlignedRow, SegmentRef } from '../../../state/derive-rows.ts';
import { isRealSplit, proposeCut } from '../../../state/edit-beads.ts';
import { ModalDialog } from '../../components/modal-dialog.tsx';

const EXCERPT = 140;

function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > EXCERPT ? `${headOf(clean, EXCERPT - 1)}…` : clean;
}

/** The first cut offered when the dialog opens: after the first segment of the longer side. */
function initialCut(row: AlignedRow): readonly [number, number] {
  const lengths = (refs: readonly SegmentRef[]) => refs.map((r) => r.end - r.start);
  if (row.src.length > 1) return [1, proposeCut(lengths(row.src), lengths(row.tgt), 1)];
  if (row.tgt.length > 1) return [row.src.length > 0 ? 1 : 0, 1];
  // One segment a side: the original stays, the translation goes to its own row.
  return [row.src.length, 0];
}

function CutList({
  side,
  refs,
  doc,
  at,
  onChoose,
  unit,
  plural,
}: {
  side: 'src' | 'tgt';
  refs: readonly SegmentRef[];
  doc: TextDocument;
  at: number;
  onChoose: (at: number) => void;
  unit: string;
  /** The unit in the plural ("sentences 1 and 2"). */
  plural: string;
}) {
  const { t } = useTranslation();
  const name = useId();
  const cut = (k: number) => (
    <li key={`cut-${k}`} className={`cut${k === at ? ' on' : ''}`}>
      <label>
        <input type="radio" name={name} checked={k === at} onChange={() => onChoose(k)} />
        <span aria-hidden="true" className="cut-line" />
        <span className="cut-label">
          {k === 0
            ? t('split.before', { unit })
            : k === refs.length
              ? t('split.after', { unit })
              : t('split.between', { units: plural, n: k, m: k + 1 })}
        </span>
      </label>
    </li>
  );
  return (
    <fieldset className="split-side">
      <legend>{t(side === 'src' ? 'split.original' : 'split.translation')}</legend>
      <ol className="cut-list" lang={doc.lang}>
        {refs.flatMap((ref, k) => [
          cut(k),
          <li key={`seg-${ref.index}`} className={`cut-seg ${k < at ? 'first' : 'second'}`}>
            <span className="cut-num">{k + 1}</span> {excerpt(doc.text.slice(ref.start, ref.end))}
          </li>,
        ])}
        {cut(refs.length)}
      </ol>
    </fieldset>
  );
}

/** The dialog; `row` null means closed. */
export function SplitDialog({
  row,
  src,
  tgt,
  level,
  onApply,
  onClose,
  onSentences,
}: {
  row: AlignedRow | null;
  src: TextDocument | undefined;
  tgt: TextDocument | undefined;
  level: Level;
  onApply: (srcAt: number, tgtAt: number) => void;
  onClose: () => void;
  /** At paragraph level: reopen this row's text at sentence level, to cut inside a paragraph. */
  onSentences?: (row: AlignedRow) => void;
}) {
  const { t } = useTranslation();
  const [cut, setCut] = useState<readonly [number, number]>([0, 0]);
  const [tgtChosen, setTgtChosen] = useState(false);
  useEffect(() => {
    if (row) {
      setCut(initialCut(row));
      setTgtChosen(false);
    }
  }, [row]);
  const open = !!row && !!src && !!tgt;
  const unit = t(level === 'paragraph' ? 'split.paragraph' : 'split.sentence');
  const plural = t(level === 'paragraph' ? 'split.paragraphs' : 'split.sentences');
  const lengths = (refs: readonly SegmentRef[]) => refs.map((r) => r.end - r.start);
  const valid = !!row && isRealSplit(row.bead, cut[0], cut[1]);
  // What each row would hold, in words: "1 sentence of the original and none of the translation".
  const unitKey = level === 'paragraph' ? 'Paragraph' : 'Sentence';
  const count = (n: number, m: number) =>
    t('split.rowShape', {
      src: t(`split.src${unitKey}`, { count: n }),
      tgt: t(`split.tgt${unitKey}`, { count: m }),
    });
  return (
    <ModalDialog
      open={open}
      wide
      title={t('split.title', { row: (row?.index ?? 0) + 1 })}
      onClose={onClose}
      footer={
        <>
          <span className="split-result" aria-live="polite">
            {row && valid
              ? t('split.result', {
                  row: row.index + 1,
                  next: row.index + 2,
                  first: count(cut[0], cut[1]),
                  second: count(row.src.length - cut[0], row.tgt.length - cut[1]),
                })
              : t('split.nothing')}
          </span>
          {level === 'paragraph' && onSentences && row ? (
            <button
              type="button"
              className="tool"
              onClick={() => onSentences(row)}
              data-action="split-sentences"
            >
              {t('split.bySentence')}
            </button>
          ) : null}
          <button type="button" className="tool" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="tool primary"
            disabled={!valid}
            onClick={() => onApply(cut[0], cut[1])}
            data-action="apply-split"
          >
            {t('split.apply')}
          </button>
        </>
      }
    >
      {row && src && tgt ? (
        <>
          <p className="muted split-hint">
            {t(level === 'paragraph' ? 'split.hintParagraph' : 'split.hint')}
          </p>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: Enter on a cut point applies, as the Split button does */}
          <div
            className="split-sides"
            onKeyDown={(e) => {
              if (e.key === 'Enter' && valid && e.target instanceof HTMLInputElement) {
                e.preventDefault();
                onApply(cut[0], cut[1]);
              }
            }}
          >
            {row.src.length > 0 ? (
              <CutList
                side="src"
                refs={row.src}
                doc={src}
                at={cut[0]}
                unit={unit}
                plural={plural}
                onChoose={(k) =>
                  setCut([k, tgtChosen ? cut[1] : proposeCut(lengths(row.src), lengths(row.tgt), k)])
                }
              />
            ) : null}
            {row.tgt.length > 0 ? (
              <CutList
                side="tgt"
                refs={row.tgt}
                doc={tgt}
                at={cut[1]}
                unit={unit}
                plural={plural}
                onChoose={(k) => {
                  setTgtChosen(true);
                  setCut([cut[0], k]);
                }}
              />
            ) : null}
          </div>
        </>
      ) : null}
    </ModalDialog>
  );
}
