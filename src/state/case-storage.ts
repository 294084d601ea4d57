/**
 * Cases in IndexedDB (Dexie). Saves are optimistic-locked on `revision`: a save based on an
 * older revision than the stored one fails with `StorageConflictError` instead of silently
 * overwriting what another tab wrote.
 */
import Dexie, { type Table } from 'dexie';
import type { CaseFile } from '../core/index.ts';
import { type CaseSummary, readStoredCase, type StoredCase, summarize } from './case-record.ts';

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

class VisAVisDb extends Dexie {
  cases!: Table<StoredCase, string>;
  settings!: Table<{ key: string; value: string }, string>;
  constructor(name: string) {
    super(name);
    // Version 1 of the database. Case files inside are migrated on read (migrateCaseFile);
    // later database versions add `.upgrade()` steps here.
    this.version(1).stores({ cases: 'id, modifiedAt', settings: 'key' });
  }
}

/** Open the Dexie database (name overridable for tests). */
export function createCaseStorage(name = 'vis-a-vis'): CaseStorage {
  const db = new VisAVisDb(name);
  return {
    async list() {
      const rows = await db.cases.orderBy('modifiedAt').reverse().toArray();
      const out: CaseSummary[] = [];
      for (const row of rows) {
        try {
          out.push(summarize(readStoredCase(row).file));
        } catch {
          // An unreadable row (newer version) is skipped in the list, never deleted.
        }
      }
      return out;
    },
    async get(id) {
      const row = await db.cases.get(id);
      return row ? readStoredCase(row) : undefined;
    },
    async save(file, baseRevision) {
      return db.transaction('rw', db.cases, async () => {
        const stored = await db.cases.get(file.id);
        if (stored && baseRevision !== null && stored.revision !== baseRevision) {
          throw new StorageConflictError(stored.revision);
        }
        const revision = Math.max(baseRevision ?? 0, stored?.revision ?? 0) + 1;
        await db.cases.put({ id: file.id, revision, modifiedAt: file.modifiedAt, file });
        return revision;
      });
    },
    async remove(id) {
      await db.cases.delete(id);
    },
    async getSetting(key) {
      return (await db.settings.get(key))?.value;
    },
    async setSetting(key, value) {
      await db.settings.put({ key, value });
    },
  };
}
