/**
 * Mojibake: UTF-8 bytes that were decoded as Windows-1252 or Latin-1 (`Ã©` for `é`, `â€™` for
 * `’`), found and undone as Python's ftfy does (Speer 2015, `fix_encoding`): re-encode a
 * suspicious run in the single-byte encoding, decode it as UTF-8, keep the result only if it
 * is valid and plausible, and repeat on the result until it is stable (double encodings).
 * Like ftfy's "sloppy" codecs, bytes undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D)
 * are read as the C1 controls Latin-1 gives them. Also repaired, beyond ftfy's reach when the
 * text went through a normalizer: `Ã` before a space (the 0xA0 of `à` turned into a space),
 * `Â` before a space (a no-break space), and `â€` whose third byte was lost (a curly quote or
 * an apostrophe, guessed from its context).
 */

/** The single-byte encodings a misreading is undone from. */
export type MisreadEncoding = 'windows-1252' | 'latin-1';

// Windows-1252 0x80–0x9F: the characters it gives those bytes (Latin-1 gives C1 controls).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>();
for (let b = 0; b < 0x20; b++) BYTE_OF.set(CP1252_HIGH[b]!, 0x80 + b);
for (let b = 0x80; b < 0xa0; b++) BYTE_OF.set(String.fromCharCode(b), b);
for (let b = 0xa0; b < 0x100; b++) BYTE_OF.set(String.fromCharCode(b), b);

const CONT = `[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`;
// A UTF-8 sequence seen through Windows-1252/Latin-1, or one of the lost-byte remnants.
const SEQUENCE = new RegExp(
  `[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}|[ÃÂ](?= )|â€`,
  'gu',
);
// Leads that (almost) never start a real-text pair with a continuation character.
const STRONG_LEADS = new Set(['Â', 'Ã', 'Å', 'Ð', 'Ñ', 'â']);
// Punctuation that legitimately follows an accented capital (`ÉTÉ»`, `CAFÉ…`).
const COMMON_AFTER_LETTER = new Set([...'«»…’‘“”–—\u00a0°·©®™•€']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One repaired run of mojibake. */
export interface MojibakeRepair {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  /** The encoding the bytes were misread in (Latin-1 when C1 controls appear). */
  readonly encoding: MisreadEncoding;
  /** How many decode rounds it took (2 for text garbled twice). */
  readonly rounds: number;
  /** True when a byte was lost and the repair is a guess from context (`Ã `, `â€`). */
  readonly guessed: boolean;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

// Decode one matched sequence; undefined if it is not plausible mojibake.
function decodeSequence(
  seq: string,
  text: string,
  at: number,
): { out: string; guessed: boolean } | undefined {
  if (seq === 'Ã') return { out: 'à', guessed: true };
  if (seq === 'Â') return { out: '\u00a0', guessed: true };
  if (seq === 'â€') {
    // The third byte is gone: an apostrophe between letters, else an opening or closing quote.
    const prev = text[at - 1];
    const next = text[at + 2];
    if (isLetter(prev) && isLetter(next)) return { out: '’', guessed: true };
    if (isLetter(next)) return { out: '“', guessed: true };
    return { out: '”', guessed: true };
  }
  const bytes = new Uint8Array(seq.length);
  for (let i = 0; i < seq.length; i++) {
    const b = BYTE_OF.get(seq[i]!);
    if (b === undefined) return undefined;
    bytes[i] = b;
  }
  let out: string;
  try {
    out = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  const cp = out.codePointAt(0)!;
  // A C1 control is kept only as a step of a double encoding (`Â` + 0x9D of `â€\u009d`).
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0 && seq[0] !== 'Â') || cp === 0xfffd) return undefined;
  if (cp === 0xfeff) return { out: '', guessed: false };
  if (!STRONG_LEADS.has(seq[0]!)) {
    // An accented capital followed by ordinary punctuation is real text, not mojibake.
    for (const ch of seq.slice(1)) if (COMMON_AFTER_LETTER.has(ch)) return undefined;
  }
  return { out, guessed: false };
}

interface RoundResult {
  readonly runs: { start: number; end: number; out: string; latin1: boolean; guessed: boolean }[];
}

// One round: every plausible sequence, merged into runs within one word (no whitespace between).
function scanRound(text: string): RoundResult {
  const runs: RoundResult['runs'] = [];
  SEQUENCE.lastIndex = 0;
  for (const m of text.matchAll(SEQUENCE)) {
    const decoded = decodeSequence(m[0], text, m.index);
    if (!decoded) continue;
    const start = m.index;
    // `Â ` is a whole no-break space whose 0xA0 became a space; `Ã  ` is `à` then a space.
    const lostA0 = m[0] === 'Â' || (m[0] === 'Ã' && text.startsWith('  ', start + 1));
    const end = start + m[0].length + (lostA0 ? 1 : 0);
    const latin1 = /[\u0080-\u009f]/.test(m[0]);
    const last = runs[runs.length - 1];
    const gap = last ? text.slice(last.end, start) : ' ';
    if (last && gap.length <= 24 && !/\s/.test(gap)) {
      last.out += gap + decoded.out;
      last.end = end;
      last.latin1 ||= latin1;
      last.guessed ||= decoded.guessed;
    } else {
      runs.push({ start, end, out: decoded.out, latin1, guessed: decoded.guessed });
    }
  }
  return { runs };
}

/** Find the mojibake in `text`, each run with its repair (rounds repeated until stable). */
export function findMojibake(text: string): MojibakeRepair[] {
  const repairs: MojibakeRepair[] = [];
  for (const run of scanRound(text).runs) {
    let out = run.out;
    let rounds = 1;
    let latin1 = run.latin1;
    const guessed = run.guessed;
    // Double (or triple) encodings: the repaired run is itself mojibake.
    while (rounds < 4) {
      const again = scanRound(out).runs.filter((r) => !r.guessed);
      if (again.length === 0) break;
      let next = '';
      let at = 0;
      for (const r of again) {
        next += out.slice(at, r.start) + r.out;
        at = r.end;
        latin1 ||= r.latin1;
      }
      out = next + out.slice(at);
      rounds++;
    }
    if (/[\u0080-\u009f]/.test(out)) continue; // a control left over: not text after all
    repairs.push({
      start: run.start,
      end: run.end,
      replacement: out,
      encoding: latin1 ? 'latin-1' : 'windows-1252',
      rounds,
      guessed,
    });
  }
  return repairs;
}

/** Repair all mojibake in `text` (what ftfy's `fix_text` does for encodings). */
export function repairMojibake(text: string): string {
  let out = '';
  let at = 0;
  for (const r of findMojibake(text)) {
    out += text.slice(at, r.start) + r.replacement;
    at = r.end;
  }
  return out + text.slice(at);
}

/**
 * The inverse of a repair: encode `text` as UTF-8 and read the bytes back in `encoding`,
 * `rounds` times. Characters with no Windows-1252 form map to their Latin-1 control.
 */
export function garbleText(text: string, encoding: MisreadEncoding = 'windows-1252', rounds = 1): string {
  const encoder = new TextEncoder();
  let out = text;
  for (let r = 0; r < rounds; r++) {
    let next = '';
    for (const byte of encoder.encode(out)) {
      next +=
        byte >= 0x80 && byte < 0xa0 && encoding === 'windows-1252'
          ? CP1252_HIGH[byte - 0x80]!
          : String.fromCharCode(byte);
    }
    out = next;
  }
  return out;
}
