/**
 * The alignment map: the alignment path as a dot plot, source position (x) against target
 * position (y), each paired row a mark coloured by confidence; unpaired passages are ticks on
 * the axes. A straight diagonal means a full translation; scattered or missing marks show
 * where the texts diverge. A click selects the nearest row.
 */
import { type MouseEvent, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePair } from '../../hooks/use-pair.ts';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';

const SIZE = 200;
const PAD = 10;

interface Mark {
  readonly row: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly confidence: number;
  readonly kind: 'pair' | 'src' | 'tgt';
}

function colour(confidence: number, low: number): string {
  if (confidence >= 0.8) return '#2f7d4f';
  if (confidence >= low) return '#b7861f';
  return '#c0392b';
}

/** The 2D context of a map canvas, sized for the screen's pixel ratio and cleared. */
function prepare(el: HTMLCanvasElement | null): CanvasRenderingContext2D | null {
  const ctx = el?.getContext('2d');
  if (!el || !ctx) return null;
  const ratio = window.devicePixelRatio || 1;
  el.width = SIZE * ratio;
  el.height = SIZE * ratio;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, SIZE, SIZE);
  return ctx;
}

/** The map of the open pair. */
export function AlignmentMap() {
  const { t } = useTranslation();
  const pair = usePair();
  const store = useAppStoreApi();
  const selectedRow = useAppStore((s) => s.selectedRow);
  const low = useAppStore((s) => s.caseRecord?.settings.lowConfidence ?? 0.5);
  const canvas = useRef<HTMLCanvasElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const { src, tgt, rows } = pair;

  // Depends on the rows and documents only: findings arriving do not recompute or redraw it.
  const marks = useMemo(() => {
    if (!src || !tgt) return [];
    const sl = Math.max(1, src.text.length);
    const tl = Math.max(1, tgt.text.length);
    const span = PAD * 2;
    const out: Mark[] = [];
    for (const row of rows) {
      const s0 = row.src[0]?.start ?? 0;
      const s1 = row.src.at(-1)?.end ?? s0;
      const t0 = row.tgt[0]?.start ?? 0;
      const t1 = row.tgt.at(-1)?.end ?? t0;
      const scale = (v: number, len: number) => PAD + (v / len) * (SIZE - span);
      const kind = row.src.length && row.tgt.length ? 'pair' : row.src.length ? 'src' : 'tgt';
      out.push({
        row: row.index,
        x: scale(s0, sl),
        y: SIZE - scale(t1, tl),
        w: Math.max(1.5, scale(s1, sl) - scale(s0, sl)),
        h: Math.max(1.5, scale(t1, tl) - scale(t0, tl)),
        confidence: row.bead.confidence,
        kind,
      });
    }
    return out;
  }, [src, tgt, rows]);

  // The path is drawn once per alignment (5,000 marks); the selection ring is on a canvas of
  // its own above it, so moving through the rows redraws one circle, not the whole path.
  useEffect(() => {
    const ctx = prepare(canvas.current);
    if (!ctx) return;
    ctx.strokeStyle = '#d5d9df';
    ctx.lineWidth = 1;
    ctx.strokeRect(PAD - 0.5, PAD - 0.5, SIZE - 2 * PAD + 1, SIZE - 2 * PAD + 1);
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    ctx.moveTo(PAD, SIZE - PAD);
    ctx.lineTo(SIZE - PAD, PAD);
    ctx.stroke();
    ctx.setLineDash([]);
    for (const m of marks) {
      if (m.kind === 'pair') {
        ctx.fillStyle = colour(m.confidence, low);
        ctx.fillRect(m.x, m.y, m.w, m.h);
      } else if (m.kind === 'src') {
        ctx.fillStyle = '#9aa3ad';
        ctx.fillRect(m.x, SIZE - PAD + 2, m.w, 4);
      } else {
        ctx.fillStyle = '#9aa3ad';
        ctx.fillRect(PAD - 6, m.y, 4, m.h);
      }
    }
  }, [marks, low]);

  useEffect(() => {
    const ctx = prepare(overlay.current);
    if (!ctx) return;
    const sel = marks[selectedRow];
    if (sel) {
      ctx.strokeStyle = '#1f5fbf';
      ctx.lineWidth = 1.5;
      const cx = sel.kind === 'tgt' ? PAD : sel.x + sel.w / 2;
      const cy = sel.kind === 'src' ? SIZE - PAD : sel.y + sel.h / 2;
      ctx.beginPath();
      ctx.arc(cx, cy, 5, 0, Math.PI * 2);
      ctx.stroke();
    }
  }, [marks, selectedRow]);

  const onClick = (event: MouseEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - rect.left) / rect.width) * SIZE;
    const y = ((event.clientY - rect.top) / rect.height) * SIZE;
    let best = -1;
    let bestDist = Number.POSITIVE_INFINITY;
    for (const m of marks) {
      const cx = m.kind === 'tgt' ? PAD : m.x + m.w / 2;
      const cy = m.kind === 'src' ? SIZE - PAD : m.y + m.h / 2;
      const d = (cx - x) ** 2 + (cy - y) ** 2;
      if (d < bestDist) {
        bestDist = d;
        best = m.row;
      }
    }
    if (best >= 0) store.getState().selectRow(best);
  };

  const paired = marks.filter((m) => m.kind === 'pair').length;
  return (
    <figure className="map">
      <figcaption className="panel-title">{t('map.title')}</figcaption>
      <div style={{ position: 'relative', width: SIZE, height: SIZE }}>
        <canvas
          ref={canvas}
          style={{ width: SIZE, height: SIZE }}
          onClick={onClick}
          role="img"
          aria-label={t('map.label', { count: paired, rows: marks.length })}
        />
        <canvas
          ref={overlay}
          style={{ position: 'absolute', left: 0, top: 0, width: SIZE, height: SIZE, pointerEvents: 'none' }}
        />
      </div>
      <div className="map-axes" aria-hidden="true">
        <span>{t('map.x')}</span>
        <span>{t('map.y')}</span>
      </div>
    </figure>
  );
}
