/**
 * Case files made from other things: from an imported bilingual file (a pre-aligned pair,
 * its rows confirmed as they came), and from an aligned pair of documents (the CLI's
 * `export --format case`).
 */
import type { Alignment } from '../model/alignment.ts';
import {
  type CaseBead,
  type CaseDocument,
  type CaseFile,
  createCaseFile,
  type DocumentOrigin,
} from '../model/case-file.ts';
import type { Lang, TextDocument } from '../model/document.ts';
import { DEFAULT_CANDIDATE_LANGS, segmentDocument } from '../segment/segment-document.ts';
import { detectLanguage, toIso6391 } from '../text/detect-language.ts';
import type { BilingualUnits } from './bilingual-units.ts';

export interface CaseFileFromOptions {
  readonly id: string;
  readonly name: string;
  /** ISO 8601, UTC. */
  readonly now: string;
  /** The imported file's name. */
  readonly fileName?: string;
  /** Languages a side of unknown language (`und`: TSV, CSV) is detected among. */
  readonly candidateLangs?: readonly Lang[];
}

/**
 * A case of two documents rebuilt from a bilingual file: each side's unit texts, joined by
 * blank lines, make the document's text; the document is segmented as the workbench does
 * (`segmentDocument`) and each unit becomes a paragraph-level bead over the paragraphs that
 * start inside it, keeping its status and confidence. Units empty on both sides are dropped.
 */
export function caseFileFromBilingual(file: BilingualUnits, options: CaseFileFromOptions): CaseFile {
  const { header } = file;
  const side = (key: 'source' | 'target', id: string, given: string | undefined, headerLang: string) => {
    const texts = file.units.map((u) => u[key]);
    const ranges: { start: number; end: number }[] = [];
    let offset = 0;
    for (const t of texts) {
      ranges.push({ start: offset, end: offset + t.length });
      offset += t.length + 2;
    }
    const text = texts.join('\n\n');
    // TSV and CSV say nothing of their languages: both sides came in as `und`, under one name.
    const tag = engineLang(headerLang);
    const lang =
      tag === 'und' ? detectLanguage(text, options.candidateLangs ?? DEFAULT_CANDIDATE_LANGS) : tag;
    // The name says the language as the file wrote it (`lettre (fr-CA)`), when it said one.
    const name = given ?? `${options.name} (${tag === 'und' ? lang : headerLang.trim()})`;
    const doc = segmentDocument(text, { id, name, lang });
    // Paragraph indexes per unit: those starting inside the unit's range.
    const indexes: number[][] = ranges.map(() => []);
    let u = 0;
    for (const p of doc.paragraphs) {
      while (u < ranges.length - 1 && p.start >= ranges[u]!.end + 2) u++;
      indexes[u]?.push(p.index);
    }
    return { text, indexes, lang, name };
  };
  const src = side('source', 'src', header.srcName, header.srcLang);
  const tgt = side('target', 'tgt', header.tgtName, header.tgtLang);
  const beads: CaseBead[] = [];
  for (const [i, unit] of file.units.entries()) {
    const bead: CaseBead = {
      src: src.indexes[i]!,
      tgt: tgt.indexes[i]!,
      confidence: unit.confidence,
      ...(unit.status === 'confirmed' || unit.status === 'final' ? { confirmed: true } : {}),
      ...(unit.status === 'final' ? { final: true } : {}),
    };
    if (bead.src.length > 0 || bead.tgt.length > 0) beads.push(bead);
  }
  const origin: DocumentOrigin = {
    kind: 'import',
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    // Lines of the file read, which holds both documents.
    ...(file.strayBytes
      ? { encoding: 'utf-8', strayBytes: file.strayBytes }
      : file.encoding
        ? { encoding: file.encoding }
        : {}),
  };
  const doc = (id: string, name: string, lang: string, text: string): CaseDocument => ({
    id,
    name,
    lang,
    originalText: text,
    edits: [],
    origin,
    addedAt: options.now,
  });
  const paired = beads.filter((b) => b.src.length > 0 && b.tgt.length > 0).length;
  const base = createCaseFile(options.id, options.name, options.now);
  return {
    ...base,
    documents: [doc('src', src.name, src.lang, src.text), doc('tgt', tgt.name, tgt.lang, tgt.text)],
    alignments: [
      {
        srcDocId: 'src',
        tgtDocId: 'tgt',
        level: 'paragraph',
        beads,
        parallelism: beads.length === 0 ? 0 : paired / beads.length,
        alignedAt: options.now,
      },
    ],
    settings: { ...base.settings, level: 'paragraph', activePair: { srcDocId: 'src', tgtDocId: 'tgt' } },
  };
}

/**
 * A file's language tag as the engine's documents name languages: the primary language,
 * lower case (`fr-FR`, `FR-FR`, `fr_CA` → `fr`; ISO 639-3 `fra` → `fr`), `und` when there is
 * none. CAT tools write regions (`en-US`, `fr-FR`): kept as they came, a French side was no
 * language the engine knows (no French word list, no lexicon), and its checks flagged half its
 * words as untranslated.
 */
function engineLang(tag: string): Lang {
  const primary = /^[A-Za-z]{2,8}(?=$|[-_])/.exec(tag.trim())?.[0].toLowerCase();
  if (primary === undefined) return 'und';
  if (primary.length === 3) {
    const short = toIso6391(primary);
    if (short !== 'und') return short;
  }
  return primary;
}

/** A case of one aligned pair of documents (texts as loaded, no edits). */
export function caseFileFromPair(
  source: TextDocument,
  target: TextDocument,
  alignment: Alignment,
  options: CaseFileFromOptions & { readonly origin?: DocumentOrigin },
): CaseFile {
  const origin: DocumentOrigin = options.origin ?? { kind: 'file' };
  const doc = (d: TextDocument): CaseDocument => ({
    id: d.id,
    name: d.name,
    lang: d.lang,
    originalText: d.text,
    edits: [],
    origin: { ...origin, fileName: d.name },
    addedAt: options.now,
  });
  const base = createCaseFile(options.id, options.name, options.now);
  return {
    ...base,
    documents: [doc(source), doc(target)],
    alignments: [
      {
        srcDocId: source.id,
        tgtDocId: target.id,
        level: alignment.level,
        beads: alignment.beads,
        parallelism: alignment.parallelism,
        alignedAt: options.now,
      },
    ],
    settings: {
      ...base.settings,
      level: alignment.level,
      activePair: { srcDocId: source.id, tgtDocId: target.id },
    },
  };
}
