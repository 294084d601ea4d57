/**
 * What a finding is about, short: the text it marks (shortened in the middle when long) and,
 * when it has a correction, the text that replaces it (struck out → inserted). A finding with
 * an expected text but no fix (a number, a name, the translation used elsewhere) shows that
 * text as what was expected, not as a replacement: applying it is not proposed.
 */
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/index.ts';

const MAX = 90;

function shorten(text: string): string {
  if (text.length <= MAX) return text;
  const half = Math.floor((MAX - 3) / 2);
  return `${text.slice(0, half)} … ${text.slice(-half)}`;
}

export function FindingExcerpt({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const fixes = (finding.fix?.length ?? 0) > 0;
  if (!fixes) {
    return (
      <span className="excerpt-group">
        <span className="excerpt quoted">{shorten(finding.actual)}</span>
        {finding.expected ? (
          <span className="expected">
            <span className="expected-label">
              {t(
                finding.category === 'consistency'
                  ? 'findings.elsewhere'
                  : finding.category === 'spelling'
                    ? 'findings.suggestion'
                    : 'findings.expected',
              )}
            </span>{' '}
            <span className="excerpt quoted">{shorten(finding.expected)}</span>
          </span>
        ) : null}
      </span>
    );
  }
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
