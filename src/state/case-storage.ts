/**
 * Cases in IndexedDB (Dexie). Saves are optimistic-locked on `revision`: a save based on an
 * older revision than the stored one fails with `StorageConflictError` instead of silently
 * overwriting what another tab wrote.
 */
import Dexie, { type Table } from 'dexie';
import type { CaseAlignment, CaseFile } from '../core/index.ts';
import { isPackedBeads, packBeads, unpackBeads } from '../worker/packed-beads.ts';
import { type CaseSummary, readStoredCase, type StoredCase } from './case-record.ts';

/** Another tab saved this case since we loaded it. */
export class StorageConflictError extends Error {
  readonly storedRevision: number;
  constructor(storedRevision: number) {
    super('the case was changed in another tab');
    this.name = 'StorageConflictError';
    this.storedRevision = storedRevision;
  }
}

/** What the store needs from storage (Dexie in the app; the same over fake-indexeddb in tests). */
export interface CaseStorage {
  list(): Promise<CaseSummary[]>;
  get(id: string): Promise<StoredCase | undefined>;
  /**
   * Save `file` as revision `baseRevision + 1` if the stored revision is `baseRevision`
   * (`null`: a new case, or a deliberate overwrite). Resolves to the new revision.
   */
  save(file: CaseFile, baseRevision: number | null): Promise<number>;
  remove(id: string): Promise<void>;
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
}

/** A document's original text, stored once, apart from the case (it never changes). */
interface StoredText {
  /** `<caseId>/<docId>`. */
  readonly key: string;
  readonly caseId: string;
  readonly text: string;
}

class VisAVisDb extends Dexie {
  cases!: Table<StoredCase, string>;
  texts!: Table<StoredText, string>;
  settings!: Table<{ key: string; value: string }, string>;
  constructor(name: string) {
    super(name);
    // Case files inside are migrated on read (migrateCaseFile); the database itself by
    // versions: v1 kept whole case files; v2 keeps the (immutable, large) original texts in
    // their own table, so that saving as you go writes only what changes.
    this.version(1).stores({ cases: 'id, modifiedAt', settings: 'key' });
    this.version(2)
      .stores({ cases: 'id, modifiedAt', texts: 'key, caseId', settings: 'key' })
      .upgrade(async (tx) => {
        const texts = tx.table<StoredText, string>('texts');
        await tx
          .table<StoredCase, string>('cases')
          .toCollection()
          .modify((row: StoredCase) => {
            for (const doc of row.file.documents) {
              void texts.put({ key: `${row.id}/${doc.id}`, caseId: row.id, text: doc.originalText });
            }
            (row as { file: CaseFile }).file = stripTexts(row.file);
          });
      });
  }
}

/** The case without its original texts (they live in the `texts` table). */
function stripTexts(file: CaseFile): CaseFile {
  return { ...file, documents: file.documents.map((d) => ({ ...d, originalText: '' })) };
}

/**
 * The case as stored: without its original texts, its alignments' beads packed in typed arrays
 * (packed-beads.ts). IndexedDB clones what it writes and reads on the page's thread: 140,000
 * bead objects (a 19.5 MB pair) held the page for 0.3 s on each save, and again to read the
 * stored revision; typed arrays clone at memory speed.
 */
function storedFile(file: CaseFile): CaseFile {
  const stripped = stripTexts(file);
  return {
    ...stripped,
    alignments: file.alignments.map((a) => {
      const packed = a.beads.length > 64 ? packBeads(a.beads) : undefined;
      // Read back by `unpackedFile`; the type says beads, the stored value holds their packed form.
      return packed ? { ...a, beads: packed as unknown as CaseAlignment['beads'] } : a;
    }),
  };
}

/** A stored case's alignments with their beads as `storedFile` found them (older rows hold them unpacked). */
function unpackedAlignments(file: unknown): unknown {
  if (typeof file !== 'object' || file === null) return file;
  const { alignments } = file as { alignments?: unknown };
  if (!Array.isArray(alignments)) return file;
  return {
    ...file,
    alignments: alignments.map((a: unknown) => {
      const beads = (a as { beads?: unknown } | null)?.beads;
      return isPackedBeads(beads) ? { ...(a as object), beads: unpackBeads(beads) } : a;
    }),
  };
}

/** Open the Dexie database (name overridable for tests). */
export function createCaseStorage(name = 'vis-a-vis'): CaseStorage {
  const db = new VisAVisDb(name);
  // Opened now, not at the first query: the page creates the storage before it renders, and on
  // a first start creating the database takes 0.1-0.2 s (in the browser's storage process),
  // which then overlaps the first render. A failure is not lost: every query reports it.
  db.open().catch(() => undefined);
  // Keys of original texts known to be in the database (written or read by this tab).
  const written = new Set<string>();
  return {
    async list() {
      const rows = await db.cases.orderBy('modifiedAt').reverse().toArray();
      // Summaries straight from the rows: the stored files lack their texts (see `texts`), so
      // they are validated and migrated only when opened (`get`).
      return rows.map((row) => {
        const file = row.file as Partial<CaseFile>;
        return {
          id: row.id,
          name: typeof file.name === 'string' ? file.name : row.id,
          modifiedAt: row.modifiedAt,
          documentCount: Array.isArray(file.documents) ? file.documents.length : 2,
        };
      });
    },
    async get(id) {
      return db.transaction('r', db.cases, db.texts, async () => {
        const row = await db.cases.get(id);
        if (!row) return undefined;
        const texts = await db.texts.where('caseId').equals(id).toArray();
        const byKey = new Map(texts.map((t) => [t.key, t.text]));
        for (const t of texts) written.add(t.key);
        const documents = row.file.documents.map((d) => ({
          ...d,
          originalText: byKey.get(`${id}/${d.id}`) ?? d.originalText,
        }));
        return readStoredCase({
          ...row,
          file: { ...(unpackedAlignments(row.file) as CaseFile), documents },
        });
      });
    },
    async save(file, baseRevision) {
      return db.transaction('rw', db.cases, db.texts, async () => {
        const stored = await db.cases.get(file.id);
        if (stored && baseRevision !== null && stored.revision !== baseRevision) {
          throw new StorageConflictError(stored.revision);
        }
        const revision = Math.max(baseRevision ?? 0, stored?.revision ?? 0) + 1;
        // Original texts never change: write each once.
        const fresh = file.documents
          .map((d) => ({ key: `${file.id}/${d.id}`, caseId: file.id, text: d.originalText }))
          .filter((t) => !written.has(t.key));
        if (fresh.length > 0) await db.texts.bulkPut(fresh);
        for (const t of fresh) written.add(t.key);
        await db.cases.put({ id: file.id, revision, modifiedAt: file.modifiedAt, file: storedFile(file) });
        return revision;
      });
    },
    async remove(id) {
      await db.transaction('rw', db.cases, db.texts, async () => {
        await db.cases.delete(id);
        await db.texts.where('caseId').equals(id).delete();
      });
      for (const key of [...written]) if (key.startsWith(`${id}/`)) written.delete(key);
    },
    async getSetting(key) {
      return (await db.settings.get(key))?.value;
    },
    async setSetting(key, value) {
      await db.settings.put({ key, value });
    },
  };
}
