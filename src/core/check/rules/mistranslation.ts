/**
 * mistranslation (false friends): an English word rendered by its French look-alike that
 * means something else (`actually` → `actuellement`, `library` → `librairie`). Flagged only on
 * an aligned pair where the source has the English word, the translation the look-alike, and
 * no better counterpart is there: none of the list's correct renderings and no lexicon
 * rendering of the English word other than the look-alike itself.
 */
import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import { isPaired, resolveBeads } from '../pair/bead-segments.ts';
import { cachedTokens } from '../pair/cached-tokens.ts';
import { EN_FR_FALSE_FRIENDS, type FalseFriend } from '../pair/false-friends.ts';
import { fold } from '../pair/fold.ts';
import { orientLexicon } from '../pair/orient-lexicon.ts';
import { type PairContext, pairContextOf } from '../pair/pair-context.ts';
import { pairFinding } from '../pair/pair-finding.ts';

const RULE = 'false-friend';

/** False-friend findings of a translation against its source (English → French only). */
export function checkFalseFriends(
  ctx: PairContext,
  list: readonly FalseFriend[] = EN_FR_FALSE_FRIENDS,
): Finding[] {
  const { source, target } = ctx;
  if (source.lang !== 'en' || target.lang !== 'fr') return [];
  const lexicon = orientLexicon(ctx.lexicon, source.lang, target.lang);
  const findings: Finding[] = [];
  // The entries an English word form matches, tested once per distinct form of the document
  // (testing the whole list against every word of every bead dominated the rule's time).
  const matching = new Map<string, readonly FalseFriend[]>();
  const entriesOf = (word: string): readonly FalseFriend[] => {
    let hit = matching.get(word);
    if (hit === undefined) {
      hit = list.filter((e) => e.en.test(word));
      matching.set(word, hit);
    }
    return hit;
  };
  for (const bead of resolveBeads(source, target, ctx.alignment)) {
    if (!isPaired(bead)) continue;
    const srcTokens = cachedTokens(bead.srcText).filter((t) => t.kind === 'word');
    const srcWords = srcTokens.map((t) => t.norm);
    // Capitalised words of the source, as written: the translation keeping one (`Worcester
    // College` → `Worcester College`) keeps a name, it does not translate a word.
    const srcCapitalised = new Set(srcTokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text));
    const matched = new Set<FalseFriend>();
    for (const w of srcWords) for (const e of entriesOf(w)) matched.add(e);
    if (matched.size === 0) continue;
    // In list order, as before.
    const entries = list.filter((e) => matched.has(e));
    const tgtWords = bead.tgt.flatMap((seg) =>
      cachedTokens(seg.text)
        .filter((t) => t.kind === 'word')
        .map((t) => ({
          fold: fold(t.text),
          lower: t.norm,
          start: seg.start + t.start,
          end: seg.start + t.end,
          keptName: srcCapitalised.has(t.text),
        })),
    );
    const phrase = ` ${tgtWords.map((w) => w.fold).join(' ')} `;
    for (const entry of entries) {
      const hit = tgtWords.find(
        (w) => !w.keptName && (entry.falseFriend.test(w.lower) || entry.falseFriend.test(w.fold)),
      );
      if (!hit) continue;
      const has = (r: string) =>
        r.includes(' ') ? phrase.includes(` ${r}`) : tgtWords.some((w) => w.fold.startsWith(r));
      if (entry.correct.some((r) => has(fold(r)))) continue;
      // The lexicon's renderings of the English word, the look-alike itself excepted.
      const english = srcWords.find((w) => entry.en.test(w))!;
      const renderings = (lexicon?.entries.get(english) ?? [])
        .map((r) => fold(r))
        .filter((r) => !r.split(' ').some((part) => entry.falseFriend.test(part)));
      if (
        renderings.some((r) =>
          r.includes(' ') ? phrase.includes(` ${r} `) : tgtWords.some((w) => w.fold === r),
        )
      )
        continue;
      findings.push(
        pairFinding(target, {
          rule: RULE,
          category: 'mistranslation',
          severity: 'warning',
          start: hit.start,
          end: hit.end,
          expected: entry.suggest.join(' / '),
          params: { source: english, gloss: entry.gloss },
        }),
      );
    }
  }
  return findings.sort((a, b) => a.span[0] - b.span[0]);
}

/** The registry entry. */
export const falseFriendRule: CheckRule = {
  id: RULE,
  category: 'mistranslation',
  scope: 'pair',
  run(ctx) {
    const pair = pairContextOf(ctx);
    return pair ? checkFalseFriends(pair) : [];
  },
};
