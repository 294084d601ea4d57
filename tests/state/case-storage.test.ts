import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createCaseFile } from '../../src/core/index.ts';
import { createCaseStorage, StorageConflictError } from '../../src/state/case-storage.ts';

const file = () => ({
  ...createCaseFile('c1', 'A case', '2026-11-22T20:00:00.000Z'),
  documents: [
    {
      id: 'd1',
      name: 'a.txt',
      lang: 'fr',
      originalText: 'Bonjour «œ le monde»',
      edits: [],
      origin: { kind: 'paste' as const },
      addedAt: '2026-11-22T20:00:00.000Z',
    },
  ],
});

describe('case storage', () => {
  it('round-trips a case with its original texts and counts revisions', async () => {
    const storage = createCaseStorage('s1');
    expect(await storage.save(file(), null)).toBe(1);
    expect(await storage.save(file(), 1)).toBe(2);
    const back = await storage.get('c1');
    expect(back?.revision).toBe(2);
    expect(back?.file.documents[0]?.originalText).toBe('Bonjour «œ le monde»');
    expect((await storage.list()).map((c) => c.name)).toEqual(['A case']);
  });

  it('refuses a save based on an older revision', async () => {
    const storage = createCaseStorage('s2');
    await storage.save(file(), null);
    await storage.save(file(), 1);
    await expect(storage.save(file(), 1)).rejects.toBeInstanceOf(StorageConflictError);
  });

  it('migrates a version-1 database (texts inside the case) to version 2', async () => {
    const old = new Dexie('s3');
    old.version(1).stores({ cases: 'id, modifiedAt', settings: 'key' });
    await old
      .table('cases')
      .put({ id: 'c1', revision: 4, modifiedAt: '2026-11-22T20:00:00.000Z', file: file() });
    old.close();
    const storage = createCaseStorage('s3');
    const back = await storage.get('c1');
    expect(back?.revision).toBe(4);
    expect(back?.file.documents[0]?.originalText).toBe('Bonjour «œ le monde»');
  });

  it('removes a case and its texts', async () => {
    const storage = createCaseStorage('s4');
    await storage.save(file(), null);
    await storage.remove('c1');
    expect(await storage.get('c1')).toBeUndefined();
    // Saved again (undo of a delete), the texts come back too.
    await storage.save(file(), null);
    expect((await storage.get('c1'))?.file.documents[0]?.originalText).toBe('Bonjour «œ le monde»');
  });
});

describe('case storage with edits', () => {
  it('lists and reopens a case whose documents have edits', async () => {
    const storage = createCaseStorage('s5');
    const edited = file();
    const doc = edited.documents[0];
    if (!doc) throw new Error('no document');
    const withEdit = {
      ...edited,
      documents: [
        {
          ...doc,
          edits: [{ start: 8, end: 10, text: '«', origin: 'fix' as const, at: '2026-11-22T20:01:00.000Z' }],
        },
      ],
    };
    await storage.save(withEdit, null);
    expect((await storage.list()).map((c) => c.id)).toEqual(['c1']);
    expect((await storage.get('c1'))?.file.documents[0]?.edits).toHaveLength(1);
  });

  it('stores long bead lists packed and gives them back as they were; reads rows saved unpacked', async () => {
    const beads = Array.from({ length: 200 }, (_, i) => ({
      src: i % 7 === 0 ? [] : [i],
      tgt: i % 5 === 0 ? [i, i + 1] : [i],
      confidence: (i % 10) / 10,
      ...(i % 3 === 0 ? { confirmed: i % 2 === 0 } : {}),
      ...(i % 11 === 0 ? { final: true } : {}),
    }));
    const alignment = {
      srcDocId: 'd1',
      tgtDocId: 'd1',
      level: 'paragraph' as const,
      beads,
      parallelism: 0.5,
      alignedAt: '2026-11-22T20:00:00.000Z',
    };
    const withBeads = { ...file(), alignments: [alignment] };
    const storage = createCaseStorage('s5');
    await storage.save(withBeads, null);
    const raw = new Dexie('s5');
    raw.version(2).stores({ cases: 'id, modifiedAt', texts: 'key, caseId', settings: 'key' });
    const row = await raw.table('cases').get('c1');
    expect(row.file.alignments[0].beads.$beads).toBe(1);
    const back = await storage.get('c1');
    expect(back?.file.alignments[0]?.beads).toEqual(beads);
    expect(back?.file.alignments[0]?.beads.map((b) => Object.keys(b))).toEqual(
      beads.map((b) => Object.keys(b)),
    );
    // A row written before beads were packed.
    await raw.table('cases').put({ ...row, file: { ...row.file, alignments: [alignment] } });
    raw.close();
    expect((await storage.get('c1'))?.file.alignments[0]?.beads).toEqual(beads);
  });
});
