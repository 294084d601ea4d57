/** fast-check arbitraries for exchange tests: texts that stress every escaping rule. */
import fc from 'fast-check';
import type { BilingualUnit, BilingualUnits } from '../../../src/core/exchange/bilingual-units.ts';
import { CATEGORIES } from '../../../src/core/model/finding.ts';

const PIECES = [
  '"',
  "'",
  '<',
  '>',
  '&',
  '&amp;',
  ']]>',
  '<![CDATA[',
  '<!--',
  '\u0000',
  '\u0001',
  '\u0008',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u000b',
  '\u000c',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u2028',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '\ufeff',
  '👩‍👩‍👧',
  '🇫🇷',
  'é',
  'e\u0301',
  'ñ',
  'שלום',
  'مرحبا',
  '\u200f',
  '«',
  '»',
  '“',
  '”',
  '„',
  ' ',
  '\u00a0',
  '\u202f',
  ',',
  ';',
  '=',
  '+',
  '-',
  '@',
  "'=",
  '\\',
  '\\u0041',
  'note: "x"',
  'target fix a: "b" → "c"',
  'x',
  'Le',
  ' mot',
  '. ',
];

/** A text made of troublesome pieces, random graphemes and random UTF-16 code units. */
export const hostileText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const rule = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);

export const unitArb: fc.Arbitrary<BilingualUnit> = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/),
  source: hostileText,
  target: hostileText,
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  status: fc.constantFrom('unpaired', 'aligned', 'confirmed', 'final'),
  findings: fc.array(
    fc.record(
      {
        side: fc.constantFrom('source', 'target'),
        rule,
        category: fc.constantFrom(...CATEGORIES),
        severity: fc.constantFrom('error', 'warning', 'info'),
        actual: hostileText,
        expected: hostileText,
      },
      { requiredKeys: ['side', 'rule', 'category', 'severity', 'actual'] },
    ),
    { maxLength: 2 },
  ),
  fixes: fc.array(
    fc.record({ side: fc.constantFrom('source', 'target'), rule, before: hostileText, after: hostileText }),
    { maxLength: 2 },
  ),
  notes: fc.array(hostileText, { maxLength: 2 }),
});

export const unitsArb: fc.Arbitrary<BilingualUnits> = fc.record({
  header: fc.record({
    srcLang: fc.constantFrom('en', 'fr', 'de', 'he', 'ar'),
    tgtLang: fc.constantFrom('fr', 'en', 'de'),
    level: fc.constantFrom('paragraph', 'sentence'),
    srcName: fc.stringMatching(/^[a-z0-9_.-]{1,12}$/),
    tool: fc.constant({ name: 'Vis-a-vis', version: '0.1.0' }),
    date: fc.integer({ min: 0, max: 4_000_000_000 }).map((s) => new Date(s * 1000).toISOString()),
  }),
  units: fc.array(unitArb, { maxLength: 5 }),
});
