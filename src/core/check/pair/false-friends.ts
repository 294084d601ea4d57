/**
 * The curated English → French false-friend list (data/false-friends/en-fr.json), compiled
 * once into whole-word regular expressions.
 */
import data from '../../../../data/false-friends/en-fr.json' with { type: 'json' };

/** One false friend, compiled. */
export interface FalseFriend {
  /** Matches a lower-case English word form. */
  readonly en: RegExp;
  /** Matches a lower-case French word form, as written or accent-folded. */
  readonly falseFriend: RegExp;
  /** Accent-folded prefixes or phrases of the right renderings. */
  readonly correct: readonly string[];
  readonly suggest: readonly string[];
  readonly gloss: string;
  /** The entry's English pattern as written (an id for messages). */
  readonly key: string;
}

interface RawEntry {
  readonly en: string;
  readonly falseFriend: string;
  readonly correct: readonly string[];
  readonly suggest: readonly string[];
  readonly gloss: string;
}

/** Compile raw entries (whole-word, anchored patterns). */
export function compileFalseFriends(entries: readonly RawEntry[]): FalseFriend[] {
  return entries.map((e) => ({
    en: new RegExp(`^(?:${e.en})$`, 'u'),
    falseFriend: new RegExp(`^(?:${e.falseFriend})$`, 'u'),
    correct: e.correct,
    suggest: e.suggest,
    gloss: e.gloss,
    key: e.en.split('|')[0]!,
  }));
}

/** The English → French list shipped with the project. */
export const EN_FR_FALSE_FRIENDS: readonly FalseFriend[] = compileFalseFriends(data.entries);
