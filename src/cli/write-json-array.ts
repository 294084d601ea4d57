/** Characters gathered before a write. */
const CHUNK_CHARS = 1 << 20;

/**
 * Write `items` as `JSON.stringify([...items], null, 2)` would, about a megabyte at a time: a
 * report of a million findings is longer than V8's longest string (2^29 characters), so it
 * cannot be built whole, and the items are made one at a time when `items` is a generator.
 */
export function writeJsonArray(items: Iterable<unknown>, write: (chunk: string) => void): void {
  let chunk = '[';
  let empty = true;
  for (const item of items) {
    // JSON strings hold no raw line breaks: indenting after each one nests the item's lines.
    chunk += `${empty ? '' : ','}\n  ${JSON.stringify(item, null, 2).replace(/\n/g, '\n  ')}`;
    empty = false;
    if (chunk.length >= CHUNK_CHARS) {
      write(chunk);
      chunk = '';
    }
  }
  write(`${chunk}${empty ? '' : '\n'}]\n`);
}
