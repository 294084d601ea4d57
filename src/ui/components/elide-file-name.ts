/**
 * A file name for a narrow list: whole when it fits the room, else cut in its middle, the way
 * file managers do (Finder, Explorer's middle truncation), so that both parts that tell two
 * names apart stay: the start (the story, the date) and the end (the language suffix, the
 * version, the extension: `rapport-amazon-police-2018-06…traduction-fr-v2.docx`). The cuts fall
 * just after a separator (`-`, `_`, `.`, a space) when one is near, never inside the extension.
 */

/** Characters that separate the parts of a file name, where a cut or a line break reads well. */
const SEPARATOR = /[-_.\s]/;

/** `name` if it has at most `max` characters, else its start and end joined by "…" (`max` in all). */
export function elideFileName(name: string, max: number): string {
  if (name.length <= max) return name;
  const room = Math.max(2, max - 1);
  const extension = /\.[\p{L}\p{N}]{1,6}$/u.exec(name)?.[0] ?? '';
  // The end gets about two fifths of the room, at least the extension and a few characters more.
  const tailRoom = Math.min(room - 1, Math.max(extension.length + 6, Math.floor(room * 0.4)));
  // A separator may move the end's start back a little, but never past the room (less one
  // character for the start): with a separator near the start, the end took the whole name.
  const start = Math.max(tailStart(name, name.length - tailRoom, extension.length), name.length - (room - 1));
  const tail = name.slice(start);
  return `${cutHead(name, room - tail.length)}…${tail}`;
}

/**
 * Where the end part starts: just after the separator nearest `at` within a quarter of the room
 * either way (it may take a little of the start's room), never inside the extension (the last
 * `keep` characters); `at` itself when none is near.
 */
function tailStart(name: string, at: number, keep: number): number {
  const reach = Math.max(2, Math.floor((name.length - at) / 4));
  for (let d = 0; d <= reach; d++) {
    for (const i of [at + d - 1, at - d - 1]) {
      if (i >= 1 && i < name.length - keep - 1 && SEPARATOR.test(name[i]!)) return i + 1;
    }
  }
  return at;
}

/** The first `room` characters, ending just after a separator in its second half when there is one. */
function cutHead(name: string, room: number): string {
  const head = name.slice(0, room);
  for (let i = head.length - 1; i >= Math.ceil(room / 2); i--) {
    if (SEPARATOR.test(head[i]!)) return head.slice(0, i + 1);
  }
  return head;
}

/**
 * `name` in pieces that each end at a separator or at the cut ("…"), so that a line may break
 * after each one; the extension stays with the part before it (no line of its own).
 */
export function fileNameParts(name: string): string[] {
  const parts = name.split(/(?<=[-_.\s/…])/u).filter((part) => part !== '');
  const last = parts.at(-1);
  if (parts.length > 1 && last && /^[\p{L}\p{N}]{1,6}$/u.test(last) && parts.at(-2)?.endsWith('.')) {
    parts.splice(-2, 2, `${parts.at(-2)}${last}`);
  }
  return parts;
}
