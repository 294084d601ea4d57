/**
 * numbers: every number of the source must reappear in its translation, whatever the
 * locale's way of writing it (`2,000` = `2 000`, `4.5` = `4,5`, `4 billion` = `4 milliards`,
 * `40%` = `40 pour cent`, `three` = `3`, `June 2018` = `juin 2018`). A source number with no
 * counterpart and a target number with none in the same bead make a changed number (span on the
 * target number, the expected value written the target's way); otherwise missing or extra.
 * A counterpart found in a neighbouring bead is taken as an alignment shift, not an error.
 */
import type { Lang } from '../../model/document.ts';
import type { Finding } from '../../model/finding.ts';
import type { CheckRule } from '../check-rule.ts';
import type { FindingDraft } from '../make-finding.ts';
import { isPaired, type ResolvedBead, resolveBeads, targetSpan } from '../pair/bead-segments.ts';
import { extractNumbers, type NumberMention } from '../pair/extract-numbers.ts';
import { matchNumbers, mentionsMeet, sameValue } from '../pair/match-numbers.ts';
import { monthName } from '../pair/month-name.ts';
import { scaleOf } from '../pair/number-words.ts';
import { type PairContext, pairContextOf } from '../pair/pair-context.ts';
import { pairFinding } from '../pair/pair-finding.ts';
import { formatNumber } from '../pair/parse-digits.ts';

const RULE = 'number-mismatch';

function mentionsOf(segments: ResolvedBead['src'], lang: string): NumberMention[] {
  return segments.flatMap((seg) =>
    extractNumbers(seg.text, lang).map((m) => ({
      ...m,
      start: m.start + seg.start,
      end: m.end + seg.start,
      fullEnd: m.fullEnd + seg.start,
    })),
  );
}

function expectedFor(s: NumberMention, lang: string): string {
  if (s.kind === 'month') return monthName(s.base, lang);
  return formatNumber(s.base, lang, s.grouped);
}

// French scale words, largest first (a French `billion` is 10^12).
const FR_SCALE_WORDS: readonly (readonly [number, string])[] = [
  [1e12, 'billion'],
  [1e9, 'milliard'],
  [1e6, 'million'],
];

/**
 * A source number with a scale word (`800 million`, `1.2bn`, `800m`) written whole the target's
 * way (`800 millions`, `1,2 milliard`), for a translation that dropped the scale (`800 000`): its
 * digits alone (`800`) were the expected value and the fix. Undefined when the scale is also a
 * unit (`800m` may be metres) or the digits run on past it (`18 mille 969`).
 */
function scaledExpected(
  s: NumberMention,
  source: { text: string; lang: Lang },
  lang: Lang,
): string | undefined {
  if (lang !== 'fr' || s.kind !== 'digits' || s.fullEnd === s.end) return undefined;
  let factor = 1;
  for (const word of source.text.slice(s.end, s.fullEnd).trim().split(/\s+/)) {
    const scale = scaleOf(word, source.lang);
    if (!scale || scale.ambiguous) return undefined;
    factor *= scale.factor;
  }
  const value = s.base * factor;
  if (!s.values.some((v) => sameValue(v, value))) return undefined;
  const word = FR_SCALE_WORDS.find(([f]) => value >= f);
  if (!word) return formatNumber(value, lang, true);
  // Rounded to hide float noise (1.2e9 / 1e9); `1,5 million` stays singular, as French writes it.
  const count = Math.round((value / word[0]) * 1e6) / 1e6;
  return `${formatNumber(count, lang, false)} ${word[1]}${count >= 2 ? 's' : ''}`;
}

// Imperial units a French translation converts or drops (`207 km/h (129 mph)` → `207 km/h`).
const IMPERIAL =
  /^[\s\u00a0-]*(?:mph|miles?|mi|feet|foot|ft|inch(?:es)?|in\.|pounds?|lbs?|ounces?|oz|gallons?|acres?|yards?|yd|sq(?:uare)? (?:miles?|feet|ft|mi)|°\s?F|ºF|degrees? Fahrenheit|Fahrenheit)(?![\p{L}])/iu;

/**
 * Whether source mention `m` is one side of a unit conversion in brackets with an imperial
 * unit: `207 km/h (129 mph)` or `10 miles (16 km)`. The imperial side is the one a French
 * translation drops; only it is excused, and only beside its bracketed partner.
 */
function isImperialConversion(text: string, m: NumberMention): boolean {
  const after = text.slice(m.fullEnd, m.fullEnd + 40);
  // `30C (86F)`: a bare F glued to the number is Fahrenheit too.
  const unit = IMPERIAL.exec(after) ?? /^F(?![\p{L}])/u.exec(after);
  if (!unit) return false;
  // `(129 mph)`: the value is the bracketed one; `10 miles (16 km)`: the bracket follows it.
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  return /\(\s*$/.test(before) || /^\s*\(/.test(after.slice(unit[0].length));
}

// Imperial units and the metric ones a translation converts them to (the unit's words right
// after the number), with the conversion and how far a rounded rendering may stray from it.
const L = '(?![\\p{L}])';
const unit = (pattern: string) => new RegExp(`^(?:${pattern})${L}`, 'iu');
/** A conversion by a factor, rounded renderings within 5 % of it. */
function scaled(from: string, to: string, factor: number) {
  return { from: unit(from), to: unit(to), convert: (v: number) => v * factor, tolerance: { share: 0.05 } };
}
const CONVERSIONS: readonly {
  readonly from: RegExp;
  readonly to: RegExp;
  readonly convert: (v: number) => number;
  /** Allowed difference: a share of the converted value, or (absolute) degrees. */
  readonly tolerance: { readonly share?: number; readonly absolute?: number };
}[] = [
  scaled('miles?|mi', 'km|kilom[eè]tres?', 1.609344),
  scaled('mph', 'km\\s?/\\s?h', 1.609344),
  scaled('feet|foot|ft', 'm|m[eè]tres?', 0.3048),
  scaled('yards?|yd', 'm|m[eè]tres?', 0.9144),
  scaled('inch(?:es)?', 'cm|centim[eè]tres?', 2.54),
  scaled('pounds?|lbs?', 'kg|kilos?|kilogrammes?', 0.45359237),
  scaled('ounces?|oz', 'g|grammes?', 28.349523),
  scaled('gallons?', 'l|litres?', 3.785412),
  scaled('acres?', 'ha|hectares?', 0.4046856),
  {
    from: unit('°\\s?F|ºF|F|degrees?\\s+(?:Fahrenheit|F)'),
    to: unit('°\\s?C|ºC|C|degrés?(?:\\s+(?:Celsius|C))?'),
    convert: (v) => ((v - 32) * 5) / 9,
    tolerance: { absolute: 1 },
  },
];

/**
 * Whether target mention `t` is source mention `s` converted from an imperial unit to the metric
 * one (`1,700-mile` = `2 735 km`, `two ounces` = `56 grammes`), rounded as translators round.
 */
function isUnitConversion(
  sourceText: string,
  s: NumberMention,
  targetText: string,
  t: NumberMention,
): boolean {
  const after = (text: string, m: NumberMention) =>
    text.slice(m.fullEnd, m.fullEnd + 40).replace(/^[\s\u00a0-]+/, '');
  const srcUnit = after(sourceText, s);
  const tgtUnit = after(targetText, t);
  return CONVERSIONS.some(
    ({ from, to, convert, tolerance }) =>
      from.test(srcUnit) &&
      to.test(tgtUnit) &&
      s.values.some((sv) => {
        const v = convert(sv);
        const allowed = tolerance.absolute ?? (tolerance.share ?? 0) * Math.abs(v);
        return t.values.some((tv) => Math.abs(tv - v) <= allowed);
      }),
  );
}

/** Number findings of a translation against its source. */
export function checkNumbers(ctx: PairContext): Finding[] {
  const { source, target } = ctx;
  const beads = resolveBeads(source, target, ctx.alignment);
  const cache = new Map<string, NumberMention[]>();
  const mentions = (side: 'src' | 'tgt', i: number): NumberMention[] => {
    const bead = beads[i];
    if (!bead) return [];
    const key = `${side}${i}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const found = side === 'src' ? mentionsOf(bead.src, source.lang) : mentionsOf(bead.tgt, target.lang);
    cache.set(key, found);
    return found;
  };
  const srcOf = (i: number) => mentions('src', i);
  const tgtOf = (i: number) => mentions('tgt', i);
  const matches = beads.map((bead) =>
    isPaired(bead) ? matchNumbers(srcOf(bead.position), tgtOf(bead.position)) : undefined,
  );
  const findings: Finding[] = [];
  /** A number-mismatch finding on the translation. */
  const report = (draft: Omit<FindingDraft, 'rule' | 'category'>) =>
    findings.push(pairFinding(target, { rule: RULE, category: 'numbers', ...draft }));
  /** A finding's params naming the source number `s` (up to `end`: its scale included or not). */
  const fromSource = (issue: 'changed' | 'missing', s: NumberMention, end = s.fullEnd) => ({
    issue,
    source: source.text.slice(s.start, end),
    srcStart: s.start,
  });
  for (const bead of beads) {
    const i = bead.position;
    const match = matches[i];
    if (!match) continue;
    const { missing, extra } = match;
    // Alignment shifts: a number missing here and left over in the next or previous bead's
    // translation (or the reverse) is a misplaced boundary, not a translation error.
    const near = (list: readonly NumberMention[], m: NumberMention) => list.some((x) => mentionsMeet(x, m));
    // A month named alone and another one in its place (`by the end of November` → `d'ici la fin
    // décembre`); one left out or added alone says nothing (`last month`, `cet automne`).
    const shifted = (side: 'looseMissing' | 'looseExtra', m: NumberMention) =>
      near([...(matches[i - 1]?.[side] ?? []), ...(matches[i + 1]?.[side] ?? [])], m);
    const lostMonths = match.looseMissing.filter((m) => !shifted('looseExtra', m));
    const addedMonths = match.looseExtra.filter((m) => !shifted('looseMissing', m));
    for (let k = 0; k < Math.min(lostMonths.length, addedMonths.length); k++) {
      const s = lostMonths[k]!;
      const t = addedMonths[k]!;
      const expected = expectedFor(s, target.lang);
      report({
        severity: 'error',
        start: t.start,
        end: t.end,
        expected,
        fix: [{ start: t.start, end: t.end, text: expected }],
        params: fromSource('changed', s, s.end),
      });
    }
    if (missing.length === 0 && extra.length === 0) continue;
    const around = (side: 'missing' | 'extra') => [
      ...(matches[i - 1]?.[side] ?? []),
      ...(matches[i + 1]?.[side] ?? []),
    ];
    // Imperial measures converted (`1,700-mile` → `2 735 km`): the source's mention may be a word
    // (`two ounces` → `56 grammes`), so every one of the bead's is tried.
    const converted = new Set<NumberMention>();
    const conversions = new Set<NumberMention>();
    for (const t of extra)
      for (const s of srcOf(i))
        if (!converted.has(s) && isUnitConversion(source.text, s, target.text, t)) {
          converted.add(s);
          conversions.add(t);
          break;
        }
    const lost = missing.filter(
      (m) => !near(around('extra'), m) && !isImperialConversion(source.text, m) && !converted.has(m),
    );
    const added = extra.filter((m) => !near(around('missing'), m) && !conversions.has(m));
    const changed = Math.min(lost.length, added.length);
    for (let k = 0; k < changed; k++) {
      const s = lost[k]!;
      const t = added[k]!;
      const scaleOnly = s.kind === 'digits' && t.kind === 'digits' && sameValue(s.base, t.base);
      // The source's scale dropped with the digits changed (`800 million` → `800 000`): the whole
      // value is expected, with its scale, and no fix when the scale may be a unit (`800m`).
      const scaleDropped = !scaleOnly && s.fullEnd > s.end && t.fullEnd === t.end;
      const scaled = scaleDropped ? scaledExpected(s, source, target.lang) : undefined;
      const expected = scaleOnly
        ? s.text + source.text.slice(s.end, s.fullEnd)
        : scaleDropped
          ? (scaled ?? source.text.slice(s.start, s.fullEnd))
          : expectedFor(s, target.lang);
      const end = scaleOnly ? t.fullEnd : t.end;
      const fixable = !scaleOnly && s.kind === t.kind && (!scaleDropped || scaled !== undefined);
      // A decimal broken by a space (`0, 5` for 0,5): the fix replaces the two parts, not the first.
      const broken = /^[,.]\s+(\d+)/.exec(target.text.slice(t.end, t.end + 12));
      const fixEnd =
        broken && /^\d+$/.test(t.text) && sameValue(Number(`${t.text}.${broken[1]}`), s.base)
          ? t.end + broken[0].length
          : t.end;
      report({
        severity: 'error',
        start: t.start,
        end,
        expected,
        ...(fixable ? { fix: [{ start: t.start, end: fixEnd, text: expected }] } : {}),
        params: fromSource('changed', s),
      });
    }
    const span = targetSpan(bead)!;
    for (const s of lost.slice(changed)) {
      report({
        severity: 'warning',
        start: span[0],
        end: span[1],
        expected: scaledExpected(s, source, target.lang) ?? expectedFor(s, target.lang),
        params: fromSource('missing', s),
      });
    }
    for (const t of added.slice(changed)) {
      // A small number the translator wrote in digits ("a couple", "twice", "the second"):
      // not worth an alarm on its own.
      if (match.softPairs === 0 && t.values.every((v) => v <= 10)) continue;
      report({ severity: 'warning', start: t.start, end: t.fullEnd, params: { issue: 'extra' } });
    }
  }
  return findings;
}

/** The registry entry. */
export const numbersRule: CheckRule = {
  id: RULE,
  category: 'numbers',
  scope: 'pair',
  run(ctx) {
    const pair = pairContextOf(ctx);
    return pair ? checkNumbers(pair) : [];
  },
};
