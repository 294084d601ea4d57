/**
 * What a finding is about, short: the text it marks (shortened in the middle, between whole
 * words, when long) and,
 * when it has a correction, the text that replaces it (struck out → inserted). A finding with
 * an expected text but no fix (a number, a name, the translation used elsewhere) shows that
 * text as what was expected, not as a replacement: applying it is not proposed.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/index.ts';
import { visibleSpaceRuns, withoutSpaces } from '../../core/text/visible-spaces.ts';
import { elideMiddle } from './elide-middle.ts';

const MAX = 90;

function shorten(text: string): string {
  return elideMiddle(text, MAX);
}

/**
 * A correction's text with its invisible characters made visible (core's visibleSpaceRuns: the
 * review reports mark them the same way), each mark named for a screen reader.
 */
function Visible({
  text,
  name,
  everySpace = false,
}: {
  text: string;
  name: (key: string) => string;
  everySpace?: boolean;
}): ReactNode {
  const runs = visibleSpaceRuns(text, everySpace);
  if (runs.length === 1 && typeof runs[0] === 'string') return text;
  // Keys: the mark's offset in the text (code points), which does not change between renders.
  let at = 0;
  return runs.map((run) => {
    if (typeof run === 'string') {
      at += [...run].length;
      return run;
    }
    const key = at++;
    return (
      <span key={key} className="ws" role="img" aria-label={name(run.name)} title={name(run.name)}>
        {run.mark}
      </span>
    );
  });
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
  const name = (key: string) => t(`findings.space.${key}`);
  const actual = shorten(finding.actual);
  const expected = finding.expected === undefined ? undefined : shorten(finding.expected);
  // A correction of spaces alone (` .` → `.`, `,` → `, `): its ordinary spaces are the point.
  const everySpace =
    expected !== undefined && actual !== expected && withoutSpaces(actual) === withoutSpaces(expected);
  return (
    <span className="excerpt">
      <del>{actual ? <Visible text={actual} name={name} everySpace={everySpace} /> : '∅'}</del>
      {expected !== undefined ? (
        <>
          {' → '}
          <ins>{expected ? <Visible text={expected} name={name} everySpace={everySpace} /> : '∅'}</ins>
        </>
      ) : null}
    </span>
  );
}
