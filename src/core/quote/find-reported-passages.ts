/**
 * Passages that report someone's words without quotation marks, which a fact-checker traces
 * like quotations: the items of a list introduced by a colon (`… demandant à AWS :` followed by
 * short paragraphs or bullets), and, in French, the clause after a verb of demand
 * (`ont demandé à Amazon d'arrêter de vendre …`, `exigeons que …`).
 */
import type { Lang, Span } from '../model/document.ts';

/** A reported passage: its span, the paragraph it is in, and what introduced it. */
export interface ReportedPassage {
  readonly span: Span;
  readonly paragraph: number;
  readonly cue: 'list-item' | 'demand';
  /** The paragraph that introduces a list, for the speaker search. */
  readonly intro: number | null;
  /** Offset of the verb of demand (its subject is the speaker), or null. */
  readonly verbAt: number | null;
}

const MAX_ITEM = 250;

/**
 * Words of an intro that reports someone's words or demands (`demandant à AWS :`, `the employee
 * requested the company to:`, `la lettre liste les revendications suivantes :`). An intro
 * without one (`Sur les grandes entreprises qui s'essoufflent :`, a heading in an interview) is
 * followed by the text's own sentences, not by a list of someone's words, unless they are
 * bulleted: in WMT 2012, twelve such sentences were taken for list items, traced together, and
 * each was given the window's probability (0.96) for an unrelated sentence of another report.
 */
const LIST_INTRO =
  /(?:^|[^\p{L}])(?:demand|exig|réclam|revendi|recommand|appel|propos|souhait|veul|voul|dit|déclar|écri|affirm|annon|expliqu|précis|lettre|pétition|liste|suivant|voici|request|ask|call|urg|want|say|said|wrot|writ|state|stati|declar|recommend|list|letter|petition|following|pledg|promis)/iu;
// `de` is a word (`demandé de`), not the start of `des` (`l'appel des principales économies`);
// the ones asked come after `à` or `aux` (`ont demandé aux employés de …`).
const DEMAND_FR =
  /\b(?:demand|exig|réclam|recommand|appel)\p{L}*\s+(?:(?:ainsi|également|aussi|notamment)\s+)?(?:(?:à|aux)\s+(?:[^,.;:«»“”]{1,50}?)\s+)?(?:(?:de(?!\p{L})|d['’])\s*|que\s+|qu['’])/giu;

// Nouns of demand (`les exigences de Bruxelles`, `un appel d'offres`, `des demandes de
// subventions`): what follows them is no one's reported words.
const DEMAND_NOUN = /^(?:appels?|exigences?|réclamations?|recommandations?|demandeu(?:r|rs|se|ses))$/iu;
// `demande(s)` after a determiner or preposition is the noun (`à la demande de ses clients`).
const BEFORE_NOUN =
  /(?:^|[^\p{L}])(?:la|une|les|des|sa|ses|leur|leurs|cette|ces|ma|mes|ta|tes|notre|nos|votre|vos|aux|du|de|d['’]|l['’]|en|sur|par|sans|toute|toutes)[\s\u00a0\u202f]*$/iu;

// A participle reports a demand after its auxiliary (`a également demandé de`), not as an
// adjective or a passive (`le nombre demandé d'adversaires`, `ont été appelés à la rescousse`).
const AUXILIARY_BEFORE =
  /(?:^|[^\p{L}])(?:a|ont|avait|avaient|aurait|auraient|aura|auront|ai|as|avons|avez|avais|avions|aviez|ayant)(?:[\s\u00a0\u202f]+(?:pas|jamais|plus|également|aussi|notamment|ainsi|encore|déjà|alors|toujours|même))*[\s\u00a0\u202f]+$/iu;

/** Whether the word of demand at `at` in `body` is a noun or an adjective, not a verb. */
function isDemandNoun(body: string, at: number): boolean {
  const word = /^\p{L}+/u.exec(body.slice(at))?.[0] ?? '';
  if (DEMAND_NOUN.test(word)) return true;
  const before = body.slice(Math.max(0, at - 40), at);
  if (/(?:é|ée|és|ées)$/iu.test(word)) return !AUXILIARY_BEFORE.test(before);
  return /^demandes?$/iu.test(word) && BEFORE_NOUN.test(before.slice(-12));
}

/** Find reported passages in `text` split into `paragraphs`. */
export function findReportedPassages(
  text: string,
  paragraphs: readonly Span[],
  lang: Lang,
): ReportedPassage[] {
  const out: ReportedPassage[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const [start, end] = paragraphs[p]!;
    const body = text.slice(start, end).trimEnd();
    // A list: an intro paragraph ending with a colon, then at least two short items.
    // (`Lire aussi :` and other site furniture have too short an intro.)
    if (
      body.endsWith(':') &&
      body
        .replace(/[^\p{L}\s]/gu, '')
        .trim()
        .split(/\s+/u).length >= 5
    ) {
      const items: number[] = [];
      const bullet = /^[\s]*[•*·–—-]/u;
      const cued = LIST_INTRO.test(body);
      for (let q = p + 1; q < paragraphs.length && items.length < 12; q++) {
        const [s, e] = paragraphs[q]!;
        const item = text.slice(s, e).trim();
        if (item.length === 0) continue;
        if (item.endsWith(':')) break;
        // A long paragraph ends the list, unless it carries the same bullet as the items before
        // (`• Implement …, and how.Our company should not …`: a last item run on).
        if (
          item.length > MAX_ITEM &&
          !(items.length > 0 && bullet.test(item) && bullet.test(text.slice(...paragraphs[items[0]!]!)))
        )
          break;
        // A bulleted list ends at the first paragraph without the bullet.
        if (items.length > 0 && bullet.test(text.slice(...paragraphs[items[0]!]!)) && !bullet.test(item))
          break;
        // Without a cue in the intro, only bulleted items make a list.
        if (!cued && !bullet.test(item)) break;
        items.push(q);
      }
      if (items.length >= 2) {
        for (const q of items) {
          const [s, e] = paragraphs[q]!;
          const item = /^[\s•*·–—-]*(.*?)[\s,;.]*$/su.exec(text.slice(s, e));
          const lead = text.slice(s, e).search(/[^\s•*·–—-]/u);
          if (!item?.[1] || lead < 0) continue;
          out.push({
            span: [s + lead, s + lead + item[1].length],
            paragraph: q,
            cue: 'list-item',
            intro: p,
            verbAt: null,
          });
        }
      }
    }
    if (lang !== 'fr') continue;
    for (const match of body.matchAll(DEMAND_FR)) {
      if (isDemandNoun(body, match.index)) continue;
      const from = start + match.index + match[0].length;
      const rest = text.slice(from, end);
      const stop = rest.search(/[.!?…](?:[\s\u00a0\u202f]|$)|[«»“”]/u);
      const to = from + (stop < 0 ? rest.trimEnd().length : stop);
      if (to - from < 20) continue;
      // Coordinated demands (`d'arrêter de vendre … et de prendre des mesures …`) are reported
      // one by one: each may render a different item of the source's list.
      let partStart = from;
      const clause = text.slice(from, to);
      const parts: Span[] = [];
      for (const joint of clause.matchAll(/,?\s+(?:et|ainsi que)\s+(?:de(?!\p{L})|d['’])\s*/gu)) {
        const cut = from + joint.index;
        if (cut - partStart >= 20) {
          parts.push([partStart, cut]);
          partStart = cut + joint[0].length;
        }
      }
      if (to - partStart >= 20 || parts.length === 0) parts.push([partStart, to]);
      else parts[parts.length - 1] = [parts[parts.length - 1]![0], to];
      for (const span of parts)
        out.push({ span, paragraph: p, cue: 'demand', intro: null, verbAt: start + match.index });
    }
  }
  return out;
}
