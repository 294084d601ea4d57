/**
 * Loading the pivot dictionaries of scripts/build-lexicons.ts from Debian packages: Apertium
 * bilingual transducers (read with lttoolbox's `lt-print`) and FreeDict dictd databases.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bidixEntries } from './apertium-bidix.ts';
import { fetchDeb } from './debian-packages.ts';
import { readDictd, readDictdInfo } from './dictd.ts';
import { entryPairs, parseFreedictEntry } from './parse-freedict-entry.ts';
import { apertiumPos, freedictPos, type PivotPair } from './pivot-lexicon.ts';

/** A Debian package unpacked into a temporary directory. */
export interface Unpacked {
  readonly pkg: string;
  readonly version: string;
  readonly dir: string;
  readonly copyright: string;
}

/** Fetch (or take from `debs`) and unpack a package. */
export function unpack(pkg: string, debs: string | undefined, tmp: string): Unpacked {
  const deb = fetchDeb(pkg, debs, tmp);
  const version = execFileSync('dpkg-deb', ['-f', deb, 'Version'], { encoding: 'utf8' }).trim();
  const dir = join(tmp, pkg);
  mkdirSync(dir, { recursive: true });
  execFileSync('dpkg-deb', ['-x', deb, dir]);
  const copyright = readFileSync(join(dir, 'usr/share/doc', pkg, 'copyright'), 'utf8');
  return { pkg, version, dir, copyright };
}

/** Fail early, with the fix, when lttoolbox's `lt-print` is missing. */
export function requireLtPrint(): void {
  try {
    execFileSync('lt-print', ['-h'], { stdio: 'ignore' });
  } catch (error) {
    // lt-print -h exits non-zero on some versions; only a missing binary is fatal.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'lt-print (Apertium lttoolbox) is not installed: it reads the Apertium dictionaries.\n' +
          'Install it with: sudo apt-get install lttoolbox-dev   (Debian/Ubuntu)',
      );
    }
  }
}

/**
 * Pairs of a compiled Apertium bilingual dictionary `<dir>/usr/share/apertium/<name>/<file>`,
 * as (word, pivot) with the word on the `wordSide` side of the transducer.
 */
export function apertiumPairs(pkg: Unpacked, file: string, wordSide: 'left' | 'right'): PivotPair[] {
  const path = join(pkg.dir, 'usr/share/apertium', pkg.pkg, file);
  const att = execFileSync('lt-print', ['-H', path], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return bidixEntries(att).map((e) =>
    wordSide === 'left'
      ? { word: e.left, pivot: e.right, pos: apertiumPos(e.leftTags) }
      : { word: e.right, pivot: e.left, pos: apertiumPos(e.rightTags) },
  );
}

/** Edition of a FreeDict database, from its `00databaseinfo` entry. */
export function freedictEdition(pkg: Unpacked, db: string): string {
  const { index, dict } = readDb(pkg, db);
  const info = readDictdInfo(index, dict, '00databaseinfo') ?? '';
  return /Edition:\s*(\S+)/.exec(info)?.[1] ?? 'unknown';
}

function readDb(pkg: Unpacked, db: string): { index: string; dict: Uint8Array } {
  const base = join(pkg.dir, 'usr/share/dictd', db);
  return { index: readFileSync(`${base}.index`, 'utf8'), dict: gunzipSync(readFileSync(`${base}.dict.dz`)) };
}

/**
 * Pairs of a FreeDict database as (word, pivot); `headword` says whether the headword is the
 * word (French/English) or the pivot. Inline part-of-speech marks of Ding's translations
 * (`economic cycle <n>`) are removed first, so those translations are not dropped as debris.
 */
export function freedictPairs(pkg: Unpacked, db: string, headword: 'word' | 'pivot'): PivotPair[] {
  const { index, dict } = readDb(pkg, db);
  const out: PivotPair[] = [];
  for (const { text } of readDictd(index, dict)) {
    const nl = text.indexOf('\n');
    const cleaned = nl < 0 ? text : text.slice(0, nl) + text.slice(nl).replace(/\s*<[^<>\n]*>/g, '');
    const entry = parseFreedictEntry(cleaned);
    if (!entry) continue;
    const pos = freedictPos(entry.pos);
    for (const [head, tgt] of entryPairs(entry)) {
      out.push(headword === 'word' ? { word: head, pivot: tgt, pos } : { word: tgt, pivot: head, pos });
    }
  }
  return out;
}
