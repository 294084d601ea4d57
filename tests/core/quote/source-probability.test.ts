import { describe, expect, it } from 'vitest';
import type { PassageAlignment } from '../../../src/core/quote/align-passage.ts';
import {
  MARGIN_FLOOR,
  MAX_MARGIN,
  SOURCE_THRESHOLD,
  sourceFeatures,
  sourceProbability,
} from '../../../src/core/quote/source-probability.ts';

const withLinks = (contentLinks: number): PassageAlignment => ({
  links: [],
  targetLink: [],
  sourceLink: [],
  targetCoverage: 0.4,
  sourceCoverage: 0.4,
  contentLinks,
  lengthRatio: 0,
  linkedIdf: 10,
  idfCoverage: 0.4,
  monotonicity: 1,
  targetIdfCoverage: 0.4,
  numberLinks: 0,
  lonelyNumbers: 0,
  nameLinks: 0,
});

describe('sourceProbability', () => {
  it('does not count the margin of a weak passage over still weaker ones', () => {
    // Score 0 against competitors at -5: the raw margin is 5, but only 0 - MARGIN_FLOOR counts.
    expect(sourceFeatures(0, 5, withLinks(3))[1]).toBe(-MARGIN_FLOOR);
    expect(sourceFeatures(8, 20, withLinks(3))[1]).toBe(MAX_MARGIN);
    expect(sourceFeatures(-3, 1, withLinks(3))[1]).toBe(0);
  });

  it('claims a strong, well-separated passage but not a weak one that merely stands out', () => {
    expect(sourceProbability(5, 6, withLinks(8))).toBeGreaterThanOrEqual(SOURCE_THRESHOLD);
    // The typical false claim for a removed source: few links, a middling score, a large raw margin.
    expect(sourceProbability(0.4, 4.8, withLinks(2))).toBeLessThan(SOURCE_THRESHOLD);
    // A passage no better than chance (score 0) that stands out from still weaker ones by the
    // largest margin counted: the margin above MARGIN_FLOOR only is evidence.
    expect(sourceProbability(0, MAX_MARGIN, withLinks(3))).toBeLessThan(SOURCE_THRESHOLD);
  });

  it('grows with the evidence: more content links, a higher score, a larger margin', () => {
    expect(sourceProbability(2, 3, withLinks(6))).toBeGreaterThan(sourceProbability(2, 3, withLinks(2)));
    expect(sourceProbability(3, 3, withLinks(4))).toBeGreaterThan(sourceProbability(2, 3, withLinks(4)));
    expect(sourceProbability(3, 4, withLinks(4))).toBeGreaterThan(sourceProbability(3, 2, withLinks(4)));
  });
});
