import type { TextDocument } from '../../model/document.ts';
import type { Finding } from '../../model/finding.ts';
import type { FindingDraft } from '../make-finding.ts';

/** Build a Finding over the checked translation, with `actual` read from the exact span. */
export function pairFinding(target: TextDocument, draft: FindingDraft): Finding {
  return {
    rule: draft.rule,
    category: draft.category,
    severity: draft.severity,
    docId: target.id,
    span: [draft.start, draft.end],
    actual: target.text.slice(draft.start, draft.end),
    params: draft.params ?? {},
    ...(draft.expected !== undefined ? { expected: draft.expected } : {}),
    ...(draft.fix !== undefined && draft.fix.length > 0 ? { fix: draft.fix } : {}),
  };
}
