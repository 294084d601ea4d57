/**
 * The characters of a finding's or fix's text that a reader cannot see, made visible, for the
 * review reports and the workbench's findings list alike: no-break and thin spaces always (`⍽`:
 * a report read `nbsp-word-space: « » → « »`, the same on both sides), and ordinary spaces, tabs
 * and line breaks when the text is nothing else (`␣`, `⇥`, `↵`) or when asked (`everySpace`: a
 * correction that changes nothing but spaces, ` .` → `.`, read `. → .`).
 */

/** The names of the marked characters (`ReviewLabels.spaces` words them). */
export type SpaceName = 'space' | 'nbsp' | 'narrowNbsp' | 'thin' | 'newline' | 'tab';

const SPACES: Readonly<Record<string, readonly [mark: string, name: SpaceName]>> = {
  ' ': ['␣', 'space'],
  '\u00a0': ['⍽', 'nbsp'],
  '\u202f': ['⍽', 'narrowNbsp'],
  '\u2009': ['⍽', 'thin'],
  '\n': ['↵', 'newline'],
  '\r': ['↵', 'newline'],
  '\t': ['⇥', 'tab'],
};

/** The spaces that are always marked: a reader cannot tell them from an ordinary space. */
const SPECIAL_SPACE = /[\u00a0\u202f\u2009]/;

/** A marked character: its visible mark and its name. */
export interface SpaceMark {
  readonly mark: string;
  readonly name: SpaceName;
}

/** `text` without the characters this file marks (to tell a correction of spaces alone). */
export function withoutSpaces(text: string): string {
  return [...text].filter((ch) => SPACES[ch] === undefined).join('');
}

/**
 * `text` as runs of plain text and marks, in order (one plain run when nothing is marked);
 * `everySpace` marks its ordinary spaces too.
 */
export function visibleSpaceRuns(text: string, everySpace = false): (string | SpaceMark)[] {
  const all = everySpace || (text !== '' && [...text].every((ch) => SPACES[ch] !== undefined));
  if (!all && !SPECIAL_SPACE.test(text)) return [text];
  const runs: (string | SpaceMark)[] = [];
  let plain = '';
  for (const ch of text) {
    const space = SPACES[ch];
    if (!space || (!all && !SPECIAL_SPACE.test(ch))) plain += ch;
    else {
      if (plain) runs.push(plain);
      plain = '';
      runs.push({ mark: space[0], name: space[1] });
    }
  }
  if (plain) runs.push(plain);
  return runs;
}

/** `text` with its marked characters replaced by their marks. */
export function visibleSpaces(text: string): string {
  return visibleSpaceRuns(text)
    .map((r) => (typeof r === 'string' ? r : r.mark))
    .join('');
}
