/**
 * A fragment's source narrowed to the words the fragment renders: from its first to its last
 * content link, on to the clause's end (or back to its start) when the rendering has words
 * beyond them, and past the brackets those words leave open.
 */
import type { Span } from '../model/document.ts';
import { alignPassage } from './align-passage.ts';
import type { PassageToken } from './passage-tokens.ts';
import type { SourceCandidate } from './trace-quotation.ts';
import type { WordMatcher } from './word-matcher.ts';

/** A fragment's candidate narrowed to the words between its first and last content links. */
export function narrowSource(
  c: SourceCandidate,
  target: readonly PassageToken[],
  matcher: WordMatcher,
  text: string,
  targetIdf?: readonly number[],
): SourceCandidate {
  const links = c.alignment.links.filter((l) => !c.tokens[l.s]!.fn && !target[l.t]!.fn);
  if (links.length === 0) return c;
  const linked = links.map((l) => l.s);
  const rendered = links.map((l) => l.t);
  const content = (tokens: readonly PassageToken[], from: number, to: number) =>
    tokens.slice(from, to).filter((t) => !t.fn).length;
  // Words the rendering holds beyond its first or last link (`… aux polices de l'ensemble du
  // territoire`) render the source's words beyond its own (`… to police departments across the
  // country`), unlinked as they may be: the source is taken on to its clause's end (or back to
  // its start), for as many words as the rendering has there, and some leeway.
  const before = content(target, 0, Math.min(...rendered));
  const after = content(target, Math.max(...rendered) + 1, target.length);
  const first = extendToClause(c.tokens, text, Math.min(...linked), -1, before);
  const last = extendToClause(c.tokens, text, Math.max(...linked), 1, after);
  const tokens = c.tokens.slice(first, last + 1);
  const alignment = alignPassage(target, tokens, matcher, targetIdf);
  const span: Span = [
    tokens[0]!.start,
    closeBrackets(text, tokens[0]!.start, tokens[tokens.length - 1]!.end),
  ];
  return { ...c, span, tokens, alignment };
}

/** Punctuation that ends a clause: the narrowed source is not taken across it. */
const CLAUSE_BREAK = /[,;:.!?()[\]«»“”"—–]/;

/**
 * From token `at`, step by `step` (−1 back, 1 on) over `tokens` while no clause break
 * separates them and at most 2 × `words` + 1 content words are taken (none when `words` is 0);
 * the index reached, or `at` when the clause goes on beyond that.
 */
function extendToClause(
  tokens: readonly PassageToken[],
  text: string,
  at: number,
  step: -1 | 1,
  words: number,
): number {
  if (words === 0) return at;
  let k = at;
  let taken = 0;
  for (;;) {
    const next = k + step;
    if (next < 0 || next >= tokens.length) return k;
    const gap =
      step === 1
        ? text.slice(tokens[k]!.end, tokens[next]!.start)
        : text.slice(tokens[next]!.end, tokens[k]!.start);
    if (CLAUSE_BREAK.test(gap)) return k;
    if (!tokens[next]!.fn && ++taken > 2 * words + 1) return at;
    k = next;
  }
}

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']' };

/**
 * The end of a narrowed span, moved past the brackets its words leave open: a span that ends on
 * the last linked word of `(ICE)` would otherwise show `(ICE`.
 */
export function closeBrackets(text: string, start: number, end: number): number {
  const open: string[] = [];
  for (let k = start; k < end; k++) {
    const ch = text[k]!;
    if (CLOSING[ch]) open.push(CLOSING[ch]);
    else if (open.length > 0 && ch === open[open.length - 1]) open.pop();
  }
  let at = end;
  while (open.length > 0 && text[at] === open[open.length - 1]) {
    open.pop();
    at++;
  }
  return at;
}
