/**
 * A segment of text with its findings highlighted by category. Overlapping findings: each
 * piece of text takes the class of the narrowest finding covering it, and lists them all.
 * A finding that covers (nearly) the whole segment — an omission, a number missing from a
 * sentence, a translation used differently elsewhere — is marked lightly (a dotted line, no
 * tint), so that the narrow findings inside it stay readable.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/index.ts';
import { findingKey } from '../../state/derive-rows.ts';
import { useFindingMessage } from './use-finding-message.ts';

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly findings: readonly Finding[];
}

function pieces(start: number, end: number, findings: readonly Finding[]): Piece[] {
  const cuts = new Set<number>([start, end]);
  for (const f of findings) {
    // An empty span (a missing character) is shown on the character that follows it.
    const [a, b] = f.span[0] === f.span[1] ? [f.span[0], Math.min(f.span[0] + 1, end)] : f.span;
    if (a > start && a < end) cuts.add(a);
    if (b > start && b < end) cuts.add(b);
  }
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i] ?? start;
    const b = sorted[i + 1] ?? end;
    const covering = findings.filter((f) => {
      const fs = f.span[0];
      const fe = f.span[0] === f.span[1] ? f.span[0] + 1 : f.span[1];
      return fs < b && fe > a;
    });
    out.push({ start: a, end: b, findings: covering });
  }
  return out;
}

/** Whether `finding` covers most of [start, end) (a sentence-wide or paragraph-wide finding). */
function isWide(finding: Finding, start: number, end: number): boolean {
  const covered = Math.min(end, finding.span[1]) - Math.max(start, finding.span[0]);
  return end - start >= 40 && covered >= 0.8 * (end - start);
}

interface Props {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly findings: readonly Finding[];
  readonly selectedKey: string | null;
  readonly onSelect: (finding: Finding) => void;
}

/** The text of [start, end) of a document, findings marked. */
export const HighlightedText = memo(function HighlightedText({
  text,
  start,
  end,
  findings,
  selectedKey,
  onSelect,
}: Props) {
  if (findings.length === 0) return <>{text.slice(start, end)}</>;
  return (
    <>
      {pieces(start, end, findings).map((piece) => {
        const slice = text.slice(piece.start, piece.end);
        const top = [...piece.findings].sort((x, y) => x.span[1] - x.span[0] - (y.span[1] - y.span[0]))[0];
        if (!top) return <span key={piece.start}>{slice}</span>;
        const key = findingKey(top);
        return (
          <FindingMark
            key={piece.start}
            wide={isWide(top, start, end)}
            finding={top}
            selected={piece.findings.some((f) => findingKey(f) === selectedKey)}
            onSelect={onSelect}
            text={slice}
            findingId={key}
          />
        );
      })}
    </>
  );
});

function FindingMark({
  finding,
  wide,
  selected,
  onSelect,
  text,
  findingId,
}: {
  finding: Finding;
  wide: boolean;
  selected: boolean;
  onSelect: (f: Finding) => void;
  text: string;
  findingId: string;
}) {
  const message = useFindingMessage();
  const { t } = useTranslation();
  const title = t(finding.expected ? 'findings.markTitleExpected' : 'findings.markTitle', {
    category: t(`category.${finding.category}`),
    message: message(finding),
    expected: finding.expected ?? '',
  });
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users reach findings with F8 and the findings panel
    <mark
      className={`finding cat-${finding.category}${wide ? ' wide' : ''}${selected ? ' selected' : ''}`}
      data-finding={findingId}
      data-category={finding.category}
      title={title}
      onClick={(event) => {
        event.stopPropagation();
        onSelect(finding);
      }}
    >
      {text}
    </mark>
  );
}
