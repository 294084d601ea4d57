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
import { elideMiddle } from './elide-middle.ts';

const MAX = 90;

function shorten(text: string): string {
  return elideMiddle(text, MAX);
}

/** Invisible characters shown by a visible mark, and the i18n key of their name. */
const SPACES: Readonly<Record<string, readonly [mark: string, name: string]>> = {
  ' ': ['␣', 'space'],
  '\u00a0': ['⍽', 'nbsp'],
  '\u202f': ['⍽', 'narrowNbsp'],
  '\u2009': ['⍽', 'thin'],
  '\n': ['↵', 'newline'],
  '\t': ['⇥', 'tab'],
};
/** The spaces that are always marked: a reader cannot tell them from an ordinary space. */
const SPECIAL_SPACE = /[\u00a0\u202f\u2009]/;

/**
 * A correction's text with its invisible characters made visible: no-break and thin spaces
 * always (a fix that only swaps one space for another showed nothing on one side or both), and
 * ordinary spaces, tabs and line breaks when the text is nothing else or when the correction
 * changes nothing but spaces (`everySpace`: ` .` → `.` read `. → .`). Each mark is named.
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
  const onlySpace = text !== '' && text.trim() === '' && [...text].every((ch) => SPACES[ch]);
  if (!onlySpace && !everySpace && !SPECIAL_SPACE.test(text)) return text;
  const parts: ReactNode[] = [];
  let plain = '';
  // Keys: the mark's offset in the text (code points), which does not change between renders.
  let at = 0;
  for (const ch of text) {
    const space = SPACES[ch];
    if (!space || (!onlySpace && !everySpace && !SPECIAL_SPACE.test(ch))) plain += ch;
    else {
      if (plain) parts.push(plain);
      plain = '';
      parts.push(
        <span key={at} className="ws" role="img" aria-label={name(space[1])} title={name(space[1])}>
          {space[0]}
        </span>,
      );
    }
    at++;
  }
  if (plain) parts.push(plain);
  return parts;
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
  const unspaced = (text: string) => [...text].filter((ch) => !SPACES[ch]).join('');
  const everySpace = expected !== undefined && actual !== expected && unspaced(actual) === unspaced(expected);
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
