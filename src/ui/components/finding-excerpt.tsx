/**
 * What a finding is about, short: the text it marks (shortened in the middle when long) and,
 * when it has a correction, the text that replaces it.
 */
import type { Finding } from '../../core/index.ts';

const MAX = 90;

function shorten(text: string): string {
  if (text.length <= MAX) return text;
  const half = Math.floor((MAX - 3) / 2);
  return `${text.slice(0, half)} … ${text.slice(-half)}`;
}

export function FindingExcerpt({ finding }: { finding: Finding }) {
  const corrects = finding.expected !== undefined || (finding.fix?.length ?? 0) > 0;
  if (!corrects) return <span className="excerpt quoted">{shorten(finding.actual)}</span>;
  return (
    <span className="excerpt">
      <del>{shorten(finding.actual) || '∅'}</del>
      {finding.expected !== undefined ? (
        <>
          {' → '}
          <ins>{shorten(finding.expected) || '∅'}</ins>
        </>
      ) : null}
    </span>
  );
}
