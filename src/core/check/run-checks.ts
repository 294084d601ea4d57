/**
 * The check runner: picks the rules that apply (by scope, id or category), runs each on the
 * document (and the aligned pair when given), and returns their findings in text order.
 */
import type { Lang, TextDocument } from '../model/document.ts';
import type { Category, Finding } from '../model/finding.ts';
import { releaseCheckMemos } from './check-memos.ts';
import type { CheckContext, CheckRule, PairInput, WordLookup } from './check-rule.ts';
import { withoutDeferredFindings } from './deferred-findings.ts';
import { CHECK_RULES } from './rule-registry.ts';
import { type TypographyProfile, typographyProfile } from './typography-profiles.ts';

/** Options of `runChecks`. */
export interface RunChecksOptions {
  /** Typography profile id (`fr-FR`, `fr-CA`, `fr-CH`, `en`) or a profile; from the doc's language by default. */
  readonly profile?: string | TypographyProfile;
  /** Only these rules (a rule's id or the `rule` code of its findings). */
  readonly rules?: readonly string[];
  /** Only rules of these scopes (`pair`: only the rules on the aligned pair). */
  readonly scopes?: readonly CheckRule['scope'][];
  /** Only these categories. */
  readonly categories?: readonly Category[];
  /** Word lists by language, for spelling, glued words and untranslated text. */
  readonly words?: Readonly<Record<Lang, WordLookup>>;
  /** The language the document was translated from. */
  readonly sourceLang?: Lang;
  /** A source document aligned to this one: pair rules run too. */
  readonly pair?: PairInput;
  /** Replace the registry (tests, plug-ins). */
  readonly registry?: readonly CheckRule[];
  /** Called after each rule with its id and time in ms (benchmarks). */
  readonly onRule?: (id: string, ms: number, count: number) => void;
  /** Housekeeping hook, called now and then inside long rules (see CheckContext.tick). */
  readonly tick?: () => void;
}

/** Run the checks on `doc` and return every finding (none repeating another), sorted by position then rule. */
export function runChecks(doc: TextDocument, options: RunChecksOptions = {}): Finding[] {
  const profile =
    typeof options.profile === 'object'
      ? options.profile
      : typographyProfile(options.profile ?? (doc.lang === 'und' ? 'fr' : doc.lang));
  const ctx: CheckContext = {
    doc,
    profile,
    words: options.words ?? {},
    ...(options.sourceLang !== undefined ? { sourceLang: options.sourceLang } : {}),
    ...(options.pair !== undefined ? { pair: options.pair } : {}),
    ...(options.tick !== undefined ? { tick: options.tick } : {}),
  };
  const wanted = options.rules ? new Set(options.rules) : undefined;
  const categories = options.categories ? new Set<string>(options.categories) : undefined;
  const findings: Finding[] = [];
  // The memos (check-memos.ts) are emptied when the rules move from the document to the pair
  // (the one-document rules share the document's tokens, the pair rules share tokens by
  // segment text: neither reads the other's) and when the run ends, so that a run holds one
  // set at a time and leaves nothing behind (for two 5,000-paragraph documents in the
  // workbench's worker, 70 MB and 220 MB of live objects).
  let scope: CheckRule['scope'] | undefined;
  try {
    for (const rule of options.registry ?? CHECK_RULES) {
      if (rule.scope === 'pair' && !ctx.pair) continue;
      if (options.scopes && !options.scopes.includes(rule.scope)) continue;
      if (categories && !categories.has(rule.category)) continue;
      if (wanted && !wanted.has(rule.id) && !rule.codes?.some((c) => wanted.has(c))) continue;
      if (scope !== undefined && rule.scope !== scope) releaseCheckMemos();
      scope = rule.scope;
      const t0 = performance.now();
      let out = rule.run(ctx);
      if (wanted && !wanted.has(rule.id)) out = out.filter((f) => wanted.has(f.rule));
      options.onRule?.(rule.id, performance.now() - t0, out.length);
      for (const f of out) findings.push(f);
    }
  } finally {
    releaseCheckMemos();
  }
  // One passage, one finding: what a rule says again of a passage another already reports goes.
  return withoutDeferredFindings(findings).sort(
    (a, b) =>
      a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
