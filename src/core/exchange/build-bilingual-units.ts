/**
 * Engine data → `BilingualUnits`, the input of the TMX, XLIFF and TSV/CSV writers.
 */
import type { Lang } from '../model/document.ts';
import {
  type BilingualHeader,
  type BilingualUnit,
  type BilingualUnits,
  EXCHANGE_TOOL,
  type Side,
  type UnitFinding,
} from './bilingual-units.ts';
import {
  buildPairRows,
  type ExportInput,
  isConfirmedPair,
  isPairedRow,
  type PairRow,
  type RowSide,
} from './pair-rows.ts';

export interface BuildUnitsOptions {
  /**
   * Export only the pairs a person confirmed (or signed off). A row unlinked by hand is
   * confirmed but pairs nothing: it is left out too. Default: all pairs.
   */
  readonly confirmedOnly?: boolean;
  /** Leave out beads with an empty side (omissions and additions). Default: keep them. */
  readonly pairedOnly?: boolean;
  /** Override the documents' languages. */
  readonly srcLang?: Lang;
  readonly tgtLang?: Lang;
  /** The tool named in the files (default: this program). */
  readonly tool?: { readonly name: string; readonly version: string };
}

/** One unit per bead (filtered by the options), ids = bead numbers from 1. */
export function buildBilingualUnits(input: ExportInput, options: BuildUnitsOptions = {}): BilingualUnits {
  const rows = buildPairRows(input);
  const units: BilingualUnit[] = [];
  for (const row of rows) {
    if (options.confirmedOnly && !isConfirmedPair(row)) continue;
    if (options.pairedOnly && !isPairedRow(row)) continue;
    units.push(rowToUnit(row));
  }
  const header: BilingualHeader = {
    srcLang: options.srcLang ?? input.source.doc.lang,
    tgtLang: options.tgtLang ?? input.target.doc.lang,
    level: input.alignment.level,
    srcName: input.source.doc.name,
    tgtName: input.target.doc.name,
    tool: options.tool ?? EXCHANGE_TOOL,
    ...(input.date === undefined ? {} : { date: input.date }),
  };
  return { header, units };
}

/** A row as a unit. */
export function rowToUnit(row: PairRow): BilingualUnit {
  return {
    id: String(row.index + 1),
    source: row.source.text,
    target: row.target.text,
    confidence: row.confidence,
    status: row.status,
    findings: [...sideFindings(row.source, 'source'), ...sideFindings(row.target, 'target')],
    fixes: [
      ...row.source.fixes.map((f) => ({
        side: 'source' as const,
        rule: f.rule,
        before: f.before,
        after: f.after,
      })),
      ...row.target.fixes.map((f) => ({
        side: 'target' as const,
        rule: f.rule,
        before: f.before,
        after: f.after,
      })),
    ],
    notes: [],
  };
}

function sideFindings(side: RowSide, name: Side): UnitFinding[] {
  return side.findings.map(({ finding }) => ({
    side: name,
    rule: finding.rule,
    category: finding.category,
    severity: finding.severity,
    actual: finding.actual,
    ...(finding.expected === undefined ? {} : { expected: finding.expected }),
  }));
}
