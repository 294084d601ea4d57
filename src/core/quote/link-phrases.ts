/**
 * The judge's second look at a chosen source: an English phrase of two or three words that the
 * lexicon renders by a French phrase (`law enforcement` ~ `forces de l'ordre`, `facial
 * recognition` ~ `reconnaissance faciale`) has no word-for-word counterpart, so the word
 * alignment leaves it unlinked and the judge called it omitted. Where both phrases stand unlinked
 * in the two passages (the French content words in order, at most two tokens apart), their words
 * are linked. Only the evidence of the verdict changes: the source was ranked, and its
 * probability computed, on the word alignment (these links would also meet passages that are
 * not the source, and raised the claims for removed sources on the quote benchmark).
 */
import type { PassageAlignment, TokenLink } from './align-passage.ts';
import type { PassageToken } from './passage-tokens.ts';
import type { WordMatcher } from './word-matcher.ts';

/** Most tokens between two consecutive content words of the French phrase. */
const MAX_SKIP = 2;

/** `alignment` with the links of the unlinked phrase pairs added (the same object when none). */
export function linkPhrases(
  target: readonly PassageToken[],
  source: readonly PassageToken[],
  alignment: PassageAlignment,
  matcher: WordMatcher,
): PassageAlignment {
  const targetLink = [...alignment.targetLink];
  const sourceLink = [...alignment.sourceLink];
  const added: TokenLink[] = [];
  const free = (links: number[], i: number) => links[i] === -1;
  for (let s = 0; s < source.length; s++) {
    for (const length of [3, 2]) {
      const words = source.slice(s, s + length);
      if (words.length < length || words.some((w, k) => !free(sourceLink, s + k) || w.value !== null))
        continue;
      const content = words.map((w, k) => ({ w, at: s + k })).filter(({ w }) => !w.fn);
      if (content.length < 2) continue;
      const key = content.map(({ w }) => w.stem).join(' ');
      const found = matcher
        .phraseRenderings(key)
        .map((rendering) => findFree(target, targetLink, rendering))
        .find((at) => at !== null);
      if (!found) continue;
      // Pair the words in order; the longer side's extra words go with the other's last word.
      const n = Math.max(content.length, found.length);
      for (let k = 0; k < n; k++) {
        const e = content[Math.min(k, content.length - 1)]!.at;
        const f = found[Math.min(k, found.length - 1)]!;
        if (sourceLink[e] === -1) sourceLink[e] = f;
        if (targetLink[f] === -1) targetLink[f] = e;
        added.push({ t: f, s: e, by: 'lexicon', strength: 0.9 });
      }
      s += length - 1;
      break;
    }
  }
  if (added.length === 0) return alignment;
  const links = [...alignment.links, ...added].sort((a, b) => a.t - b.t || a.s - b.s);
  return { ...alignment, links, targetLink, sourceLink };
}

/** Indexes of unlinked target tokens whose stems follow `stems` in order, or null. */
function findFree(
  target: readonly PassageToken[],
  targetLink: readonly number[],
  stems: readonly string[],
): number[] | null {
  for (let start = 0; start < target.length; start++) {
    if (target[start]!.stem !== stems[0] || targetLink[start] !== -1) continue;
    const at = [start];
    let i = start;
    for (let k = 1; k < stems.length && at.length === k; k++) {
      for (let j = i + 1; j <= i + 1 + MAX_SKIP && j < target.length; j++) {
        if (target[j]!.stem === stems[k] && targetLink[j] === -1) {
          at.push(j);
          i = j;
          break;
        }
      }
    }
    if (at.length === stems.length) return at;
  }
  return null;
}
