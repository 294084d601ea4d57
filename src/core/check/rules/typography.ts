/**
 * typography: the space before `; : ! ?` and inside « », read from the typography profile
 * (fr-FR: a no-break space, thin before ; ! ?; fr-CA: before : only; fr-CH: optional; en: none),
 * and in French the no-break space between a number and `%` (`2,5 %`, as before the colon).
 * Missing, breaking (a plain space that lets the mark wrap to the next line), doubled and
 * unwanted spaces are flagged, each with the edit that sets the profile's space.
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckContext, CheckRule } from '../check-rule.ts';
import { makeFinding } from '../make-finding.ts';
import { findQuoteRemnants } from '../quote-remnants.ts';
import { skipRanges } from '../text-ranges.ts';
import type { SpaceRule } from '../typography-profiles.ts';

const SPACE = /[ \u00a0\u202f\u2009]/;
const MARKS = /[;:!?«»%]/g;

interface SpaceIssue {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Judge the whitespace run [ws, we) that stands where a space is wanted (`rule`).
function judge(
  ctx: CheckContext,
  ws: number,
  we: number,
  rule: SpaceRule,
  preferred: string,
  at: number,
): SpaceIssue | undefined {
  const run = ctx.doc.text.slice(ws, we);
  const accepted = ctx.profile.accepted;
  if (rule === 'none') {
    return run.length > 0 ? { rule: 'unwanted-space', start: ws, end: we, text: '' } : undefined;
  }
  if (run.length === 0) {
    return rule === 'required' ? { rule: 'missing-space', start: at, end: at, text: preferred } : undefined;
  }
  if (run.length > 1) return { rule: 'doubled-space', start: ws, end: we, text: preferred };
  if (!accepted.includes(run)) return { rule: 'breaking-space', start: ws, end: we, text: preferred };
  return undefined;
}

/** Spaces around high punctuation and guillemets, by profile. */
export const typographyRule: CheckRule = {
  id: 'typography',
  category: 'typography',
  codes: ['missing-space', 'breaking-space', 'doubled-space', 'unwanted-space'],
  scope: 'document',
  run(ctx) {
    const text = ctx.doc.text;
    const { profile } = ctx;
    const skip = skipRanges(text);
    const remnantAt = new Set(findQuoteRemnants(text).map((r) => r.index));
    const findings: Finding[] = [];
    for (const m of text.matchAll(MARKS)) {
      const i = m.index;
      const mark = m[0];
      const prev = text[i - 1];
      const next = text[i + 1];
      let issue: SpaceIssue | undefined;
      if (mark === '%') {
        // French only, after a number: `2,5%`, `2,5 %` (breaking) → `2,5 %` with a no-break space.
        if (profile.lang !== 'fr' || skip.overlaps(i, i + 1)) continue;
        let ws = i;
        while (ws > 0 && SPACE.test(text[ws - 1]!)) ws--;
        if (!/\p{N}/u.test(text[ws - 1] ?? '')) continue;
        issue = judge(ctx, ws, i, 'required', profile.preferred[':'], i);
      } else if (mark === '«') {
        if (next === undefined || next === '\n' || remnantAt.has(i + 1) || /[\p{L}\p{N}]/u.test(prev ?? ' '))
          continue;
        let we = i + 1;
        while (we < text.length && SPACE.test(text[we]!)) we++;
        if (text[we] === '\n' || we === text.length || remnantAt.has(we)) continue;
        issue = judge(ctx, i + 1, we, profile.insideGuillemets, profile.preferred.guillemet, i + 1);
      } else {
        if (prev === undefined || prev === '\n') continue;
        // Runs like `?!` or `!!!`: only the first mark carries the space.
        if (mark !== '»' && /[!?]/.test(prev)) continue;
        if (mark !== '»') {
          if (skip.overlaps(i, i + 1)) continue;
          // Times, ratios, emoticons and entities: 10:30, 3:1, :-), &amp;
          if (/\p{N}/u.test(prev) && next !== undefined && /\p{N}/u.test(next)) continue;
          if (next !== undefined && /[-)(/DP]/.test(next) && (mark === ':' || mark === ';')) continue;
          if (mark === ';' && /&[#\w]+$/.test(text.slice(Math.max(0, i - 10), i))) continue;
        }
        let ws = i;
        while (ws > 0 && SPACE.test(text[ws - 1]!)) ws--;
        if (ws === 0 || text[ws - 1] === '\n') continue;
        if (remnantAt.has(ws - 1)) continue;
        const rule = mark === '»' ? profile.insideGuillemets : profile.before[mark as ';' | ':' | '!' | '?'];
        const preferred = mark === '»' ? profile.preferred.guillemet : profile.preferred[mark as ';'];
        // English and Swiss usage leave no space inside; none is wanted after an opening bracket.
        if (/[([«“]/.test(text[ws - 1]!)) continue;
        issue = judge(ctx, ws, i, rule, preferred, i);
      }
      if (!issue) continue;
      const spanStart = issue.start === issue.end ? Math.max(0, issue.start - 1) : issue.start;
      const spanEnd = issue.start === issue.end ? issue.end + 1 : issue.end;
      findings.push(
        makeFinding(ctx, {
          rule: issue.rule,
          category: 'typography',
          severity: issue.rule === 'breaking-space' ? 'info' : 'warning',
          start: spanStart,
          end: spanEnd,
          expected: text.slice(spanStart, issue.start) + issue.text + text.slice(issue.end, spanEnd),
          fix: [{ start: issue.start, end: issue.end, text: issue.text }],
          params: { mark, profile: profile.id },
        }),
      );
    }
    return findings;
  },
};
