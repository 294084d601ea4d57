/**
 * The common currency of every exchange format: a header and a list of bilingual units (one
 * per exported pair). Exporters write `BilingualUnits`; importers read them back, so that
 * export → import → export gives the same file.
 */
import type { Lang, Level } from '../model/document.ts';
import type { Category, Severity } from '../model/finding.ts';
import type { DetectedEncoding, StrayBytes } from '../text/decode-bytes.ts';

/**
 * The review status of a pair. `unpaired`: one side is empty (an omission or an addition);
 * `aligned`: paired by the aligner, not yet reviewed; `confirmed`: a person confirmed it;
 * `final`: a person signed it off. Maps to XLIFF 2.0 `initial`/`translated`/`reviewed`/`final`.
 */
export type PairStatus = 'unpaired' | 'aligned' | 'confirmed' | 'final';

/** The pair statuses, in order of review. */
export const PAIR_STATUSES: readonly PairStatus[] = ['unpaired', 'aligned', 'confirmed', 'final'];

/** Which side of a pair a finding or fix is on. */
export type Side = 'source' | 'target';

/** A finding, as exported with its pair. */
export interface UnitFinding {
  readonly side: Side;
  readonly rule: string;
  readonly category: Category;
  readonly severity: Severity;
  /** The text the finding is about. */
  readonly actual: string;
  /** What it should be, when known. */
  readonly expected?: string;
}

/** A fix that was applied to a pair's text. */
export interface UnitFix {
  readonly side: Side;
  /** The rule whose fix it was (`mojibake`…). */
  readonly rule: string;
  readonly before: string;
  readonly after: string;
}

/** One exported pair. */
export interface BilingualUnit {
  /** Unique within the file (TMX `tuid`, XLIFF unit id): by default the bead's number from 1. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Probability in [0, 1] that the pair is right. */
  readonly confidence: number;
  readonly status: PairStatus;
  readonly findings: readonly UnitFinding[];
  readonly fixes: readonly UnitFix[];
  /** Free notes (from imported files). */
  readonly notes: readonly string[];
}

/** What a file says about itself. */
export interface BilingualHeader {
  readonly srcLang: Lang;
  readonly tgtLang: Lang;
  readonly level: Level;
  /** Names of the two documents, when known. */
  readonly srcName?: string;
  readonly tgtName?: string;
  /** The tool that made the file. */
  readonly tool: { readonly name: string; readonly version: string };
  /** When the file was made (ISO 8601, UTC), when known. */
  readonly date?: string;
}

/** A bilingual file: what every exporter writes and every importer reads. */
export interface BilingualUnits {
  readonly header: BilingualHeader;
  readonly units: readonly BilingualUnit[];
  /**
   * How a TSV or CSV file's bytes were read, when they held stray Windows-1252 bytes in UTF-8
   * (kept on the case's documents: the documents panel says so, as for a text file).
   */
  readonly strayBytes?: StrayBytes;
  /**
   * How a TSV or CSV file's bytes were read when not as UTF-8 (Windows-1252, Mac Roman, UTF-16):
   * kept on the case's documents, whose encoding tag says so, as for a text file.
   */
  readonly encoding?: DetectedEncoding;
}

/** This program, as written into files it makes. */
export const EXCHANGE_TOOL = { name: 'Vis-a-vis', version: '0.1.0' } as const;

/** Confidence as written in files: at most three decimals, stable when read back and written again. */
export function formatConfidence(confidence: number): string {
  return String(Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000);
}

/** Read a confidence written by `formatConfidence` (or any number in [0, 1]); undefined if it is not one. */
export function parseConfidence(text: string): number | undefined {
  const t = text.trim();
  if (!/^(?:0|1|0?\.\d+|1\.0*|0\.\d*)$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 0 && n <= 1 ? n : undefined;
}

/** The status a bead gets in exports. */
export function pairStatus(bead: {
  readonly src: readonly number[];
  readonly tgt: readonly number[];
  readonly confirmed?: boolean;
  readonly final?: boolean;
}): PairStatus {
  if (bead.final) return 'final';
  if (bead.confirmed) return 'confirmed';
  if (bead.src.length === 0 || bead.tgt.length === 0) return 'unpaired';
  return 'aligned';
}
