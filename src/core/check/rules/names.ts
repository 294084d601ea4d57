/**
 * names: the names and acronyms of the source (ICE, DHS, ACLU, Palantir, Bezos, Rekognition)
 * must be in the translation, as written, as a known rendering (U.S. = États-Unis,
 * American = américain: pair/name-renderings.ts), as a cognate spelling (Syria = Syrie) or as a
 * lexicon rendering written as a name. Three findings: a name rendered as a common noun
 * (`Apple` → `pomme`, `Baker` → `boulanger`), a name replaced by another (span on the newcomer),
 * a name missing (span on the bead's translation). A name found in a neighbouring bead's
 * translation is an alignment shift, not an error.
 */

import type { Lexicon } from '../../lexicon/lexicon.ts';
import type { Finding } from '../../model/finding.ts';
import { partitionPoint } from '../../model/partition-point.ts';
import { registerCheckMemo } from '../check-memos.ts';
import type { CheckRule } from '../check-rule.ts';
import { isPaired, resolveBeads, targetSpan } from '../pair/bead-segments.ts';
import {
  extractNames,
  type NamePhrase,
  type NameToken,
  nameEvidence,
  nameFold,
} from '../pair/extract-names.ts';
import { fold as foldAccents } from '../pair/fold.ts';
import {
  CALENDAR_WORDS,
  INSTITUTIONAL_WORDS,
  LENIENT_NAMES,
  NAME_RENDERINGS,
} from '../pair/name-renderings.ts';
import { letterMaskOf, similarFolded, similarFoldedMasked } from '../pair/name-similarity.ts';
import { orientLexicon } from '../pair/orient-lexicon.ts';
import { isCommonWord, type PairContext, pairContextOf } from '../pair/pair-context.ts';
import { pairFinding } from '../pair/pair-finding.ts';
import {
  DistinctWordIndexBuilder,
  foldsOf,
  hasRendering,
  type IndexedWord,
  indexWords,
  type WordIndex,
} from '../pair/word-index.ts';

const RULE = 'name-mismatch';

/**
 * Whether the translation holds one of the name's known renderings, written as a name: capitalised
 * (Athènes for Athens), not the adjective the table also accepts for a place (européenne for
 * Europe: `une Europe plus démocratique … européenne` with Europe replaced by another name was
 * taken for Europe rendered, and the replacement went unreported; WMT 2012 check-pair recall
 * 0.977 → 0.966). A demonym (LENIENT_NAMES: German, American) is rendered by a French adjective,
 * lower case: any case counts for it.
 */
function nameRenderingIn(index: WordIndex, name: string): boolean {
  const renderings = NAME_RENDERINGS.get(name);
  if (!renderings) return false;
  if (LENIENT_NAMES.has(name)) return renderings.some((r) => hasRendering(index, r));
  return renderings.some((r) => {
    const folded = foldAccents(r).replace(/[-’']/g, ' ').trim();
    if (folded.includes(' ')) return hasRendering(index, r);
    return index.words.some(
      (w) => w.capitalised && w.fold.startsWith(folded) && w.fold.length - folded.length <= 4,
    );
  });
}

/** How far (as a share of the sentence) a replacing name may stand from the name it replaces. */
const PLACE_TOLERANCE = 0.3;
const LENIENT_PLACE_TOLERANCE = 0.22;

/**
 * Brand and family names that are also English common nouns, with the French noun a literal
 * translation gives: used when no lexicon is loaded (the lexicon covers far more).
 */
const COMMON_READINGS: Readonly<Record<string, readonly string[]>> = {
  apple: ['pomme'],
  amazon: ['amazone'],
  baker: ['boulanger'],
  bush: ['buisson'],
  smith: ['forgeron'],
  shell: ['coquille'],
  windows: ['fenêtre'],
  blackberry: ['mûre'],
  taylor: ['tailleur'],
  cook: ['cuisinier'],
  fisher: ['pêcheur'],
  miller: ['meunier'],
  carpenter: ['charpentier'],
  king: ['roi'],
  brown: ['brun'],
  white: ['blanc'],
  black: ['noir'],
  green: ['vert'],
  young: ['jeune'],
  twitter: ['gazouill'],
};

function renderingsOf(word: string, lexicon: Lexicon | undefined): readonly string[] {
  const lower = word.toLowerCase();
  return [...(lexicon?.entries.get(lower) ?? []), ...(COMMON_READINGS[lower] ?? [])].filter(
    (r) => r.split(' ').length <= 2,
  );
}

// A word's letters in order (acronyms are compared as letter sets), once per word.
const SORTED = new Map<string, string>();
registerCheckMemo(() => SORTED.clear());
function sortedLetters(word: string): string {
  let sorted = SORTED.get(word);
  if (sorted === undefined) {
    sorted = [...word].sort().join('');
    if (SORTED.size >= 100_000) SORTED.clear();
    SORTED.set(word, sorted);
  }
  return sorted;
}

function acronymMatch(a: string, words: readonly IndexedWord[]): boolean {
  // NATO = OTAN, EU = UE: the same letters in another order (one letter more or less).
  const letters = sortedLetters(a.toLowerCase());
  return words.some((w) => {
    if (!/^\p{Lu}{2,}$/u.test(w.text)) return false;
    const other = sortedLetters(w.fold);
    if (other === letters) return true;
    const [shortL, longL] = other.length < letters.length ? [other, letters] : [letters, other];
    return (
      longL.length - shortL.length === 1 && shortL.length >= 3 && [...shortL].every((c) => longL.includes(c))
    );
  });
}

/** True when the ascending `list` holds `value` (binary search). */
function sortedIncludes(list: readonly number[], value: number): boolean {
  const k = partitionPoint(list.length, (i) => list[i]! < value);
  return k < list.length && list[k] === value;
}

/** True when the translation index shows the name token as written, rendered or cognate. */
function found(token: NameToken, index: WordIndex): boolean {
  const key = token.text.toLowerCase();
  const table = NAME_RENDERINGS.get(key) ?? NAME_RENDERINGS.get(key.replace(/s$/, ''));
  if (table?.some((r) => hasRendering(index, r))) return true;
  const fold = nameFold(token.text);
  if (index.folds.has(fold)) return true;
  if (token.acronym) {
    const bare = fold.replace(/s$/, '');
    // A dotted acronym kept as written (N.Y.U.) is indexed letter by letter.
    if (token.text.includes('.') && hasRendering(index, [...fold].join(' '))) return true;
    return (
      index.folds.has(bare) || acronymMatch(token.text.replace(/\./g, '').replace(/s$/, ''), index.words)
    );
  }
  const mask = letterMaskOf(fold);
  return index.words.some((w) => similarFoldedMasked(fold, mask, w.fold, w.mask));
}

/** Name findings of a translation against its source. */
export function checkNames(ctx: PairContext): Finding[] {
  const { source, target } = ctx;
  const lexicon = orientLexicon(ctx.lexicon, source.lang, target.lang);
  const english = ctx.words?.[source.lang];
  // A common word of the source language, capitalised for a title (Criminal Code), as opposed
  // to a name (France, Palantir): from the word list's casing, else from the lexicon, where a
  // name's rendering is itself (iran → iran).
  const isDictionaryWord = (key: string): boolean => {
    if (english) return isCommonWord(english, key);
    const renderings = lexicon?.entries.get(key) ?? lexicon?.entries.get(key.replace(/e?s$/, ''));
    return (
      renderings !== undefined && !renderings.some((r) => similarFolded(foldAccents(r), foldAccents(key)))
    );
  };
  // Asked for every word of every source sentence: one answer per word.
  const commonMemo = new Map<string, boolean>();
  const isCommon = (lower: string): boolean => {
    let common = commonMemo.get(lower);
    if (common === undefined) {
      common = english ? isCommonWord(english, lower) : (lexicon?.entries.has(lower) ?? false);
      commonMemo.set(lower, common);
    }
    return common;
  };
  const evidence = nameEvidence(source, isCommon, english !== undefined);
  const beads = resolveBeads(source, target, ctx.alignment);
  // The whole translation for found(): each word form once (filled by the pass below).
  const wholeTargetBuilder = new DistinctWordIndexBuilder();
  // The translation's words of a bead for found() (lookups only: the nearby and kept-count
  // tests), rebuilt on demand from the whole translation's shared word objects and kept for the
  // last beads asked. Holding every bead's full index on both sides held over 100 MB for a
  // 5,000 × 5,000 pair (a word object per token); the bead under test gets its full index.
  const TGT_CACHE = 64;
  const lookups = new Map<number, WordIndex>();
  const tgtIndex = (i: number): WordIndex | undefined => {
    const bead = beads[i];
    if (!bead) return undefined;
    let index = lookups.get(i);
    if (index) {
      // Most recently used last: the first key is the one to drop.
      lookups.delete(i);
    } else {
      index = wholeTargetBuilder.lookup(bead.tgt);
      if (lookups.size >= TGT_CACHE) lookups.delete(lookups.keys().next().value!);
    }
    lookups.set(i, index);
    return index;
  };
  // Where else the document uses a word: on the source side, the paired beads that use it (in
  // bead order, each once); on the translation side, only whether another paired bead uses it:
  // the one bead that does, or -1 for several (built once: O(words), folds only).
  const srcPositions = new Map<string, number[]>();
  const tgtBead = new Map<string, number>();
  for (const b of beads) {
    const tgtFolds = wholeTargetBuilder.add(b.tgt);
    if (!isPaired(b)) continue;
    for (const f of foldsOf(b.src)) {
      const list = srcPositions.get(f);
      if (list) list.push(b.position);
      else srcPositions.set(f, [b.position]);
    }
    for (const f of tgtFolds) {
      const at = tgtBead.get(f);
      if (at === undefined) tgtBead.set(f, b.position);
      else if (at !== b.position) tgtBead.set(f, -1);
    }
  }
  const wholeTarget = wholeTargetBuilder.build();
  // Whether the translation uses the word in a paired bead other than `here` (constant time).
  const usedElsewhereInTarget = (fold: string, here: number): boolean => {
    const at = tgtBead.get(fold);
    return at !== undefined && at !== here;
  };
  // How many of the paired beads whose source uses `fold` give the token in their translation:
  // once per token key and fold (found() reads only the token's text and acronym flag).
  const keptCounts = new Map<string, number>();
  const keptCount = (token: NameToken, fold: string, list: readonly number[]): number => {
    const key = `${token.acronym ? 'A' : 'w'}${token.text}\u0000${fold}`;
    let kept = keptCounts.get(key);
    if (kept === undefined) {
      kept = list.filter((p) => found(token, tgtIndex(p)!)).length;
      keptCounts.set(key, kept);
    }
    return kept;
  };
  // The lexicon's renderings of a source word, folded and split into words, once per word.
  const renderingParts = new Map<string, readonly (readonly string[])[]>();
  const partsOf = (word: string): readonly (readonly string[])[] => {
    let parts = renderingParts.get(word);
    if (parts === undefined) {
      parts = renderingsOf(word, lexicon).map((r) => foldAccents(r).split(' '));
      renderingParts.set(word, parts);
    }
    return parts;
  };
  // found() reads only the token's text and whether it is an acronym: one answer per such key
  // (each call scans the whole translation).
  const anywhere = new Map<string, boolean>();
  const foundAnywhere = (token: NameToken): boolean => {
    const key = `${token.acronym ? 'A' : 'w'}${token.text}`;
    let hit = anywhere.get(key);
    if (hit === undefined) {
      hit = found(token, wholeTarget);
      anywhere.set(key, hit);
    }
    return hit;
  };
  // Whether the translation holds one of the lexicon's renderings of `word` (one word each).
  const renderedIn = (word: string, index: WordIndex): boolean =>
    partsOf(word).some(
      (parts) =>
        parts.length === 1 &&
        index.words.some(
          (w) => w.fold === parts[0] || (parts[0]!.length >= 5 && w.fold.startsWith(parts[0]!)),
        ),
    );
  const findings: Finding[] = [];
  for (const bead of beads) {
    ctx.tick?.();
    if (!isPaired(bead)) continue;
    const phrases = extractNames(bead.src, evidence);
    if (phrases.length === 0) continue;
    const index = indexWords(bead.tgt);
    // A name the translation gives a few sentences away is rendered by a pronoun or a noun here
    // ("la firme"), or the beads are shifted: not a missing name, unless another name took its place.
    const nearby = (token: NameToken): boolean =>
      [-2, -1, 1, 2].some((d) => {
        const index = tgtIndex(bead.position + d);
        return index !== undefined && found(token, index);
      });
    // A capitalised word of the translation that nothing in the source explains took its place.
    const srcIndex = indexWords(bead.src);
    const srcAcronyms = srcIndex.words.filter((w) => /^\p{Lu}{2,}$/u.test(w.text)).map((w) => w.text);
    const french = ctx.words?.[target.lang];
    const explained = (w: IndexedWord) =>
      // Words the French list knows, common (Fontaine) or proper (Espagne, Charles), render
      // something of the source more often than they replace a name.
      (french?.has(w.text) ?? false) ||
      // A word the translation uses elsewhere too is its way of rendering something (Pilsen → Plzen).
      usedElsewhereInTarget(w.fold, bead.position) ||
      phrases.some((p) =>
        p.tokens.some((t) =>
          NAME_RENDERINGS.get(t.text.toLowerCase())?.some((r) => foldAccents(r).includes(w.fold)),
        ),
      ) ||
      srcIndex.words.some((s) => similarFolded(s.fold, w.fold)) ||
      srcIndex.words.some((s) => partsOf(s.text).some((r) => r.includes(w.fold)));
    const newcomers = index.words.filter(
      (w) =>
        w.capitalised &&
        // A sentence-initial word is capitalised anyway: a newcomer only when no list knows it.
        (!w.initial || !(french?.has(w.text.toLowerCase()) ?? true)) &&
        // Two letters: a name only written as one (Wu, Xi, Li), not an acronym or a numeral (UE, II).
        (w.text.length >= 3 || /^\p{Lu}\p{Ll}$/u.test(w.text)) &&
        !w.text.includes('-') && // compounds are judged part by part
        !(/^\p{Lu}{2,}$/u.test(w.text) && srcAcronyms.some((a) => acronymMatch(a, [w]))) &&
        !explained(w),
    );
    const missing: NameToken[] = [];
    const lenient: NameToken[] = [];
    // The phrase each token came from (to find a newcomer beside the rest of its name).
    const phraseOf = new Map<NameToken, readonly NameToken[]>();
    for (const p of phrases) for (const t of p.tokens) phraseOf.set(t, p.tokens);
    // A name goes on over a possessive (Seattle Children's Research Institute, two phrases).
    const wholeNameOf = new Map<NamePhrase, NameToken[]>();
    phrases.forEach((p, k) => {
      const before = phrases[k - 1];
      const joined =
        before !== undefined &&
        /^['’]s[ -]$/u.test(source.text.slice(before.tokens.at(-1)!.end, p.tokens[0]!.start));
      const whole = joined ? wholeNameOf.get(before)! : [];
      whole.push(...p.tokens);
      wholeNameOf.set(p, whole);
    });
    const recounted = new Set<string>();
    for (const phrase of phrases) {
      const whole = NAME_RENDERINGS.get(phrase.key);
      if (phrase.tokens.length > 1 && whole?.some((r) => hasRendering(index, r))) continue;
      for (const token of phrase.tokens) {
        // A month or a week day alone is translated (July → juillet), never replaced by a name:
        // the numbers rule checks dates (a newcomer near `July` is not its replacement). Inside a
        // longer name (Theresa May) it is a name.
        if (phrase.tokens.length === 1 && CALENDAR_WORDS.has(token.text.toLowerCase())) continue;
        if (found(token, index)) {
          // Found, but fewer times than the source says it, beside a name nothing explains:
          // one of its occurrences was replaced (Boeing … Boeing → Nakamura … Boeing).
          const fold = nameFold(token.text);
          const count = (idx: WordIndex) => idx.words.filter((w) => w.fold === fold).length;
          // Counted as written: a name given by its known rendering (Athens = Athènes) has none.
          const byRendering = !index.folds.has(fold) && nameRenderingIn(index, token.text.toLowerCase());
          if (
            newcomers.length > 0 &&
            !byRendering &&
            count(index) < count(srcIndex) &&
            !recounted.has(fold)
          ) {
            recounted.add(fold);
            lenient.push(token);
          }
          continue;
        }
        // A name by weaker evidence only counts when another name took its place.
        if (token.weak) {
          lenient.push(token);
          continue;
        }
        const renderings = token.acronym ? [] : renderingsOf(token.text, lexicon);
        const folded = renderings.map((r) => foldAccents(r));
        const rendered = index.words.filter((w) =>
          folded.some((r) => w.fold === r || (r.length >= 5 && w.fold.startsWith(r))),
        );
        const asNoun = rendered.find((w) => !w.capitalised);
        // A name, not a capitalised common word: alone (Apple), or beside names kept as names
        // (Jim Baker → Jim boulanger), never inside a translated title (Velvet Revolution).
        const others = phrase.tokens.filter((t) => t !== token);
        // Alone, it must be a name the source uses more than once (Apple … Apple), not a
        // capitalised word met once (the Depression, the 21st Century).
        const nameLike =
          (others.length > 0 || (evidence.capitalisedCount.get(token.text.toLowerCase()) ?? 0) >= 2) &&
          others.every((t) => index.words.some((w) => w.capitalised && w.fold === nameFold(t.text)));
        const lower = token.text.toLowerCase();
        // Alone, a common English word is a name only when known as a brand or family name
        // (Apple, Amazon, Baker), not a title word (the Sorrow, the World).
        const brandLike = others.length > 0 || lower in COMMON_READINGS || !isDictionaryWord(lower);
        // A common word inside a title or an institution's name that the translation renders as
        // a whole, another common word of it translated too (Seattle Children's Research
        // Institute → Institut de recherche … pour enfants de Seattle, the Lost Steve Jobs
        // Interview → l'Interview perdue de Steve Jobs): translated with its name, not for one.
        const asWhole =
          isDictionaryWord(lower) &&
          (wholeNameOf.get(phrase) ?? phrase.tokens).some(
            (t) =>
              t !== token &&
              !t.acronym &&
              isDictionaryWord(t.text.toLowerCase()) &&
              renderedIn(t.text, index),
          );
        if (
          asNoun &&
          nameLike &&
          brandLike &&
          !asWhole &&
          !INSTITUTIONAL_WORDS.has(lower) &&
          !LENIENT_NAMES.has(lower)
        ) {
          findings.push(
            pairFinding(target, {
              rule: RULE,
              category: 'names',
              severity: 'error',
              start: asNoun.start,
              end: asNoun.end,
              expected: token.text,
              fix: [{ start: asNoun.start, end: asNoun.end, text: token.text }],
              params: { issue: 'translated', name: token.text },
            }),
          );
          continue;
        }
        if (rendered.length > 0) continue; // rendered, and written as a name (Maison Blanche)
        if (newcomers.length === 0 && nearby(token)) continue;
        // A name the translation never gives where the source has it is rendered another way
        // throughout (Deutsche Bank → la banque allemande): a choice, not a slip.
        // The token is not found here, so counting over every use (this bead's included) gives
        // the count over the other uses.
        const tokenFold = nameFold(token.text);
        const list = srcPositions.get(tokenFold) ?? [];
        const uses = list.length - (sortedIncludes(list, bead.position) ? 1 : 0);
        if (newcomers.length === 0 && uses > 0) {
          const kept = keptCount(token, tokenFold, list);
          if (kept < uses / 2) continue;
        }
        // A capitalised dictionary word (Criminal Procedure Code, Department) may be reworded
        // freely, and a first name dropped when the surname is there (Jaromír Jágr → Jágr):
        // those count only when another name took their place.
        const key = token.text.toLowerCase();
        // Initials (D.C., P.S.) and roman numerals are kept or dropped at will.
        const initials = /^(?:\p{Lu}\.){2}$/u.test(token.text) || /^[IVX]+$/.test(token.text);
        const dictionaryWord =
          initials ||
          LENIENT_NAMES.has(key) ||
          (!token.acronym && !NAME_RENDERINGS.has(key) && isDictionaryWord(key));
        const last = phrase.tokens[phrase.tokens.length - 1]!;
        const firstName = token !== last && found(last, index);
        (dictionaryWord || firstName ? lenient : missing).push(token);
      }
    }
    if (missing.length === 0 && lenient.length === 0) continue;
    const span = targetSpan(bead)!;
    // A newcomer replaces a token when it stands at about the same place in its sentence.
    const srcSpan = [bead.src[0]!.start, bead.src[bead.src.length - 1]!.end] as const;
    const place = (at: number, [a, b]: readonly [number, number]) => (at - a) / Math.max(1, b - a);
    const unused = [...newcomers];
    // The nearest newcomer within the tolerance (not the first: a foreign word early in the
    // sentence must not stand for the name that a newcomer right at its place replaced).
    const replacement = (token: NameToken, tolerance = PLACE_TOLERANCE): IndexedWord | undefined => {
      const at = place(token.start, srcSpan);
      let k = -1;
      let best = tolerance;
      unused.forEach((w, i) => {
        const d = Math.abs(place(w.start, span) - at);
        if (d <= best) {
          best = d;
          k = i;
        }
      });
      return k >= 0 ? unused.splice(k, 1)[0] : undefined;
    };
    // A name missing with nothing in its place is reported only when the translation gives
    // it nowhere (a name rendered a few sentences away is a rewording, not a loss).
    // A newcomer right beside the rest of the token's name took its place
    // (Hugo Chávez → Okonkwo Chávez, Human Rights Watch → Ferreira Rights Watch).
    const besideItsName = (token: NameToken): IndexedWord | undefined => {
      const rest = (phraseOf.get(token) ?? []).filter((t) => t !== token).map((t) => nameFold(t.text));
      const anchors = index.words.filter((w) => rest.some((r) => similarFolded(r, w.fold)));
      const k = unused.findIndex((n) =>
        anchors.some(
          (a) => (a.start >= n.end && a.start - n.end <= 2) || (n.start >= a.end && n.start - a.end <= 2),
        ),
      );
      return k >= 0 ? unused.splice(k, 1)[0] : undefined;
    };
    const strict = missing
      .map((t) => [t, replacement(t)] as const)
      .filter(([t, w]) => w !== undefined || !foundAnywhere(t));
    // A word that may be reworded needs a newcomer right where it stood.
    const changed = lenient
      .map((t) => [t, besideItsName(t) ?? replacement(t, LENIENT_PLACE_TOLERANCE)] as const)
      .filter(([, w]) => w !== undefined);
    const all = [...strict, ...changed];
    // A name the source repeats and the translation lacks is one missing name, not one per use.
    const reported = new Set<string>();
    all.forEach(([token, other]) => {
      if (!other) {
        const fold = nameFold(token.text);
        if (reported.has(fold)) return;
        reported.add(fold);
      }
      findings.push(
        pairFinding(target, {
          rule: RULE,
          category: 'names',
          severity: other ? 'error' : 'warning',
          start: other ? other.start : span[0],
          end: other ? other.end : span[1],
          expected: token.text,
          // The source's name in place of the other one; applied only when asked (fix --source
          // holds it back, the clean export leaves it): the check may take a name it does not
          // know, an exonym, for another.
          ...(other ? { fix: [{ start: other.start, end: other.end, text: token.text }] } : {}),
          params: { issue: other ? 'changed' : 'missing', name: token.text, srcStart: token.start },
        }),
      );
    });
  }
  return findings;
}

/** The registry entry. */
export const namesRule: CheckRule = {
  id: RULE,
  category: 'names',
  scope: 'pair',
  run(ctx) {
    const pair = pairContextOf(ctx);
    return pair ? checkNames(pair) : [];
  },
};
