/**
 * Quotations that render or quote the same source sentence, put side by side with a word
 * diff (jsdiff's diffWords, Myers 1986, over Intl.Segmenter words so `l'homme` and `4,5`
 * stay whole). Renderings join when their sources overlap in the same document; quotations
 * with no traced source (and quotations in the source language) join when they share most of
 * their content words.
 */
import { diffWords } from 'diff';
import type { Span } from '../model/document.ts';
import type { PassageToken } from './passage-tokens.ts';
import type { DiffPart, QuoteGroup, QuoteSource } from './quotation.ts';

/** What grouping needs to know about a quotation. */
export interface GroupInput {
  readonly id: string;
  readonly docId: string;
  readonly lang: string;
  /** Where it is in its document (marks included). */
  readonly span?: Span;
  readonly text: string;
  readonly tokens: readonly PassageToken[];
  readonly sources: readonly QuoteSource[];
}

const overlaps = (a: Span, b: Span) => Math.min(a[1], b[1]) > Math.max(a[0], b[0]);

/**
 * Similarity of two quotations in one language: Dice over content stems, or, when one is
 * much longer (a short quotation of a long passage), the overlap coefficient over the
 * shorter one's stems, given six of them at least, counted inside one stretch of the longer
 * one (at most one and a half times the shorter's content words): the words of `Stop
 * providing infrastructure to Palantir…` are all found in a long letter that never says it,
 * scattered over five sentences.
 */
function similarity(a: readonly PassageToken[], b: readonly PassageToken[]): number {
  const ca = a.filter((t) => !t.fn).map((t) => t.stem);
  const cb = b.filter((t) => !t.fn).map((t) => t.stem);
  const sa = new Set(ca);
  const sb = new Set(cb);
  if (sa.size < 4 || sb.size < 4) return 0;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  const dice = (2 * shared) / (sa.size + sb.size);
  const small = Math.min(sa.size, sb.size);
  if (small < 6) return dice;
  const [short, wanted, long] = ca.length <= cb.length ? [ca, sa, cb] : [cb, sb, ca];
  return Math.max(dice, localShared(wanted, long, Math.ceil(1.5 * short.length)) / small - 0.25);
}

/** The most distinct stems of `wanted` that one stretch of `width` stems of `text` holds. */
export function localShared(wanted: ReadonlySet<string>, text: readonly string[], width: number): number {
  const inWindow = new Map<string, number>();
  let distinct = 0;
  let best = 0;
  for (let k = 0; k < text.length; k++) {
    const add = text[k]!;
    if (wanted.has(add)) {
      const n = inWindow.get(add) ?? 0;
      if (n === 0) distinct++;
      inWindow.set(add, n + 1);
    }
    const out = k - width;
    if (out >= 0 && wanted.has(text[out]!)) {
      const n = inWindow.get(text[out]!)! - 1;
      if (n === 0) distinct--;
      inWindow.set(text[out]!, n);
    }
    best = Math.max(best, distinct);
  }
  return best;
}

/** Group quotations; returns the groups (two members or more) and each member's group id. */
export function groupQuotations(items: readonly GroupInput[]): {
  groups: QuoteGroup[];
  groupOf: Map<string, string>;
} {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.lang !== b.lang) continue;
      // A quotation and one nested in it (`« Comme le disait ma grand-mère, "un port…" »`) are one
      // report's words, not two renderings of a sentence to compare.
      if (a.docId === b.docId && a.span && b.span && overlaps(a.span, b.span)) continue;
      const sameSource = a.sources.some((s) =>
        b.sources.some((t) => s.docId === t.docId && overlaps(s.span, t.span)),
      );
      if (sameSource || similarity(a.tokens, b.tokens) >= 0.5) union(i, j);
    }
  }
  const members = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  });
  const groups: QuoteGroup[] = [];
  const groupOf = new Map<string, string>();
  const segmenters = new Map<string, Intl.Segmenter>();
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const id = `g${groups.length + 1}`;
    const first = items[list[0]!]!;
    let segmenter = segmenters.get(first.lang);
    if (!segmenter) {
      segmenter = new Intl.Segmenter(first.lang, { granularity: 'word' });
      segmenters.set(first.lang, segmenter);
    }
    const diffs = list.slice(1).map((i) => {
      const other = items[i]!;
      // Words only: a capital or a closing comma that quoting changes (`Climate change is not a
      // distant threat,” she added` / `“climate change is not a distant threat.”`) is no other
      // wording, and listed such quotations as quoted differently.
      const parts: DiffPart[] = diffWords(first.text, other.text, {
        intlSegmenter: segmenter,
        ignoreCase: true,
      }).flatMap((c) => {
        const words = /[\p{L}\p{N}]/u.test(c.value);
        if (c.removed && !words) return [];
        return [{ value: c.value, added: c.added && words, removed: c.removed }];
      });
      return { from: first.id, to: other.id, parts };
    });
    const source = list.map((i) => items[i]!.sources[0]).find((s) => s !== undefined);
    groups.push({
      id,
      lang: first.lang,
      source: source ? { docId: source.docId, span: source.span, text: source.text } : null,
      members: list.map((i) => items[i]!.id),
      diffs,
    });
    for (const i of list) groupOf.set(items[i]!.id, id);
  }
  return { groups, groupOf };
}
