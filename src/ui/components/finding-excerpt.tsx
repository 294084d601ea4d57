/**
 * What a finding is about, short: the text it marks (shortened in the middle, between whole
 * words, when long) and,
 * when it has a correction, the text that replaces it (struck out → inserted). A finding with
 * an expected text but no fix (a number, a name, the translation used elsewhere) shows that
 * text as what was expected, not as a replacement: applying it is not proposed.
 */
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/index.ts';
import { elideMiddle } from './elide-middle.ts';

const MAX = 90;

function shorten(text: string): string {
  return elideMiddle(text, MAX);
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
