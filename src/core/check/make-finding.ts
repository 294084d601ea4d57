import type { TextEdit } from '../model/document.ts';
import type { Category, Finding, FindingParams, Severity } from '../model/finding.ts';
import type { CheckContext } from './check-rule.ts';

/** What a rule states about one finding; `actual` is read from the document text. */
export interface FindingDraft {
  readonly rule: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  readonly expected?: string;
  readonly fix?: readonly TextEdit[];
  readonly params?: FindingParams;
}

/** Build a Finding over `ctx.doc`, with `actual` copied from the exact span. */
export function makeFinding(ctx: CheckContext, draft: FindingDraft): Finding {
  const finding: Finding = {
    rule: draft.rule,
    category: draft.category,
    severity: draft.severity,
    docId: ctx.doc.id,
    span: [draft.start, draft.end],
    actual: ctx.doc.text.slice(draft.start, draft.end),
    params: draft.params ?? {},
    ...(draft.expected !== undefined ? { expected: draft.expected } : {}),
    ...(draft.fix !== undefined && draft.fix.length > 0 ? { fix: draft.fix } : {}),
  };
  return finding;
}
