/**
 * Reader for the dictd database format used by FreeDict's Debian packages: a `.index` file of
 * `headword<TAB>offset<TAB>length` lines (offset and length in dictd's base-64 digits) and a
 * `.dict.dz` file, which is gzip with a random-access ("dictzip") extra field that plain gunzip
 * ignores.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decode a dictd base-64 number (most significant digit first, `A` = 0). */
export function decodeDictdNumber(digits: string): number {
  let value = 0;
  for (const ch of digits) {
    const d = B64.indexOf(ch);
    if (d < 0) throw new Error(`invalid dictd number ${JSON.stringify(digits)}`);
    value = value * 64 + d;
  }
  return value;
}

/** One entry of a dictd database: its index headword and its definition text. */
export interface DictdEntry {
  readonly headword: string;
  readonly text: string;
}

/**
 * The entries of a dictd database, in index order, each definition once (dictd indexes one
 * definition under several keys; `00database*` metadata entries are skipped).
 */
export function readDictd(indexText: string, dict: Uint8Array): DictdEntry[] {
  const decoder = new TextDecoder('utf-8');
  const seen = new Set<string>();
  const entries: DictdEntry[] = [];
  for (const line of indexText.split('\n')) {
    if (line === '') continue;
    const [headword, offset, length] = line.split('\t');
    if (headword === undefined || offset === undefined || length === undefined) {
      throw new Error(`malformed dictd index line ${JSON.stringify(line)}`);
    }
    if (headword.startsWith('00database') || headword.startsWith('00-database')) continue;
    const key = `${offset},${length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const start = decodeDictdNumber(offset);
    const end = start + decodeDictdNumber(length);
    if (end > dict.length) throw new Error(`dictd entry ${headword} lies outside the .dict data`);
    entries.push({ headword, text: decoder.decode(dict.subarray(start, end)) });
  }
  return entries;
}

/** The text of a `00database…` metadata entry (e.g. `00databaseinfo`), if the index has it. */
export function readDictdInfo(indexText: string, dict: Uint8Array, key: string): string | undefined {
  for (const line of indexText.split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (headword !== key || offset === undefined || length === undefined) continue;
    const start = decodeDictdNumber(offset);
    return new TextDecoder('utf-8').decode(dict.subarray(start, start + decodeDictdNumber(length)));
  }
  return undefined;
}
