import { describe, expect, it } from 'vitest';
import type { CheckRule } from '../../../src/core/check/check-rule.ts';
import { makeFinding } from '../../../src/core/check/make-finding.ts';
import { CHECK_RULES } from '../../../src/core/check/rule-registry.ts';
import { runChecks } from '../../../src/core/check/run-checks.ts';
import type { Alignment } from '../../../src/core/model/alignment.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';

const linesDocument = (text: string, id: string, lang: string) =>
  segmentDocument(text, { id, name: id, lang });

const doc = linesDocument('sociÃ©tÃ© « non', 'd', 'fr');

describe('runChecks', () => {
  it('returns findings of every document rule, sorted, with exact spans', () => {
    const findings = runChecks(doc, { categories: ['encoding', 'quotes'] });
    expect(findings.map((f) => [f.rule, f.actual])).toEqual([
      ['mojibake', 'Ã©tÃ©'],
      ['unclosed-quote', '«'],
    ]);
    for (const f of findings) expect(doc.text.slice(...f.span)).toBe(f.actual);
  });

  it('filters by rule id or finding code, and by category', () => {
    expect(runChecks(doc, { rules: ['unclosed-quote'] }).map((f) => f.rule)).toEqual(['unclosed-quote']);
    expect(runChecks(doc, { rules: ['encoding'] }).map((f) => f.rule)).toEqual(['mojibake']);
    expect(runChecks(doc, { categories: ['spelling'] })).toEqual([]);
  });

  it('runs pair rules only when a pair is given, and hands them the source', () => {
    const seen: string[] = [];
    const pairRule: CheckRule = {
      id: 'fake-pair',
      category: 'numbers',
      scope: 'pair',
      run(ctx) {
        seen.push(ctx.pair!.source.id);
        return [
          makeFinding(ctx, { rule: 'fake-pair', category: 'numbers', severity: 'info', start: 0, end: 5 }),
        ];
      },
    };
    const registry = [...CHECK_RULES.filter((r) => r.scope === 'document'), pairRule];
    expect(runChecks(doc, { registry }).some((f) => f.rule === 'fake-pair')).toBe(false);
    const source = linesDocument('society "no', 's', 'en');
    const alignment: Alignment = {
      level: 'paragraph',
      srcDocId: 's',
      tgtDocId: 'd',
      beads: [],
      parallelism: 0,
    };
    const out = runChecks(doc, { registry, pair: { source, alignment } });
    expect(out.find((f) => f.rule === 'fake-pair')).toMatchObject({ docId: 'd', actual: 'sociÃ' });
    expect(seen).toEqual(['s']);
    // Only the pair rules (the workbench's pair check, after the one-document check).
    const pairOnly = runChecks(doc, { registry, pair: { source, alignment }, scopes: ['pair'] });
    expect(pairOnly.map((f) => f.rule)).toEqual(['fake-pair']);
    expect(runChecks(doc, { registry, pair: { source, alignment }, scopes: ['document'] })).toEqual(
      out.filter((f) => f.rule !== 'fake-pair'),
    );
  });
});
