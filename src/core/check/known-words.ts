/**
 * Which words of a document a word list knows, one flag per token: looked up once per distinct
 * lower-case form and shared by the rules that ask (glued words, spelling, untranslated), so a
 * megabyte of text costs ~30k list lookups instead of a memo lookup per token per rule.
 */

import { registerCheckMemo } from './check-memos.ts';
import type { WordLookup } from './check-rule.ts';
import type { DocWord } from './doc-words.ts';
import { knows } from './doc-words.ts';

interface Vocabulary {
  /** Distinct `norm` of the word tokens, in order of first use. */
  readonly forms: readonly string[];
  /** Per token: its form's index, or -1 for a number. */
  readonly ids: Int32Array;
}

let vocabularies = new WeakMap<readonly DocWord[], Vocabulary>();
let flagsCache = new WeakMap<readonly DocWord[], Map<WordLookup, Uint8Array>>();
registerCheckMemo(() => {
  vocabularies = new WeakMap();
  flagsCache = new WeakMap();
});

function vocabulary(words: readonly DocWord[]): Vocabulary {
  let vocab = vocabularies.get(words);
  if (vocab) return vocab;
  const index = new Map<string, number>();
  const forms: string[] = [];
  const ids = new Int32Array(words.length);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.kind !== 'word') {
      ids[k] = -1;
      continue;
    }
    let id = index.get(w.norm);
    if (id === undefined) {
      id = forms.length;
      forms.push(w.norm);
      index.set(w.norm, id);
    }
    ids[k] = id;
  }
  vocab = { forms, ids };
  vocabularies.set(words, vocab);
  return vocab;
}

/** Per token of `words` (docWords' array): 1 when `list` knows its lower-case form, else 0 (numbers: 0). */
export function knownWords(words: readonly DocWord[], list: WordLookup): Uint8Array {
  let byList = flagsCache.get(words);
  const cached = byList?.get(list);
  if (cached) return cached;
  const { forms, ids } = vocabulary(words);
  const formKnown = new Uint8Array(forms.length);
  for (let i = 0; i < forms.length; i++) formKnown[i] = knows(list, forms[i]!) ? 1 : 0;
  const flags = new Uint8Array(words.length);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (id >= 0) flags[k] = formKnown[id]!;
  }
  if (!byList) {
    byList = new Map();
    flagsCache.set(words, byList);
  }
  byList.set(list, flags);
  return flags;
}
