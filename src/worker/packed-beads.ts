/**
 * An alignment's beads in a compact form for crossing the worker boundary, as documents are
 * (packed-document.ts): structured cloning 140,000 bead objects (a 19.5 MB pair) held the page
 * for 0.1-0.3 s on each call that sends them (the pair checks). Packed, they are three typed
 * arrays that are transferred, and rebuilt on the other side exactly (fields, their order, and
 * which optional ones are present).
 */
import type { CaseBead } from '../core/index.ts';

/** Beads as typed arrays: per bead its source count and indexes, then its target's. */
export interface PackedBeads {
  readonly $beads: 1;
  readonly segments: Int32Array;
  readonly confidence: Float64Array;
  /** Per bead: 1 `confirmed` present, 2 its value, 4 `final` present, 8 its value, 16 `traced` present, 32 its value. */
  readonly flags: Uint8Array;
}

/** Whether `value` is packed beads. */
export function isPackedBeads(value: unknown): value is PackedBeads {
  return typeof value === 'object' && value !== null && (value as { $beads?: unknown }).$beads === 1;
}

/** The flags of `bead`, or -1 when it is not a bead this form rebuilds as it is. */
function flagsOf(bead: unknown): number {
  if (typeof bead !== 'object' || bead === null || Object.getPrototypeOf(bead) !== Object.prototype)
    return -1;
  const b = bead as Record<string, unknown>;
  // Its keys in the order the unpacking writes them (src, tgt, confidence, then the optional
  // confirmed, traced, final).
  const keys = Object.keys(b);
  if (keys[0] !== 'src' || keys[1] !== 'tgt' || keys[2] !== 'confidence') return -1;
  let k = 3;
  let flags = 0;
  if (keys[k] === 'confirmed') {
    if (typeof b.confirmed !== 'boolean') return -1;
    flags |= 1 | (b.confirmed ? 2 : 0);
    k++;
  }
  if (keys[k] === 'traced') {
    if (typeof b.traced !== 'boolean') return -1;
    flags |= 16 | (b.traced ? 32 : 0);
    k++;
  }
  if (keys[k] === 'final') {
    if (typeof b.final !== 'boolean') return -1;
    flags |= 4 | (b.final ? 8 : 0);
    k++;
  }
  if (k !== keys.length || typeof b.confidence !== 'number' || !indexes(b.src) || !indexes(b.tgt)) return -1;
  return flags;
}

/** Whether `value` is a plain array of int32 indexes (no holes: a hole reads undefined). */
function indexes(value: unknown): value is number[] {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return false;
  for (let k = 0; k < value.length; k++) {
    const i: unknown = value[k];
    if (typeof i !== 'number' || (i | 0) !== i || i < 0) return false;
  }
  return true;
}

/** Pack `beads`, or return undefined when one of them is not a plain bead (it is then sent as it is). */
export function packBeads(beads: readonly unknown[]): PackedBeads | undefined {
  const flags = new Uint8Array(beads.length);
  const confidence = new Float64Array(beads.length);
  let size = 0;
  for (let i = 0; i < beads.length; i++) {
    const f = flagsOf(beads[i]);
    if (f < 0) return undefined;
    flags[i] = f;
    const b = beads[i] as CaseBead;
    confidence[i] = b.confidence;
    size += 2 + b.src.length + b.tgt.length;
  }
  const segments = new Int32Array(size);
  let at = 0;
  for (const bead of beads as readonly CaseBead[]) {
    for (const side of [bead.src, bead.tgt]) {
      segments[at++] = side.length;
      for (const i of side) segments[at++] = i;
    }
  }
  return { $beads: 1, segments, confidence, flags };
}

/** The buffers of packed beads, to transfer with them. */
export function packedBeadsTransfer(packed: PackedBeads): ArrayBuffer[] {
  return [packed.segments.buffer, packed.confidence.buffer, packed.flags.buffer] as ArrayBuffer[];
}

/** Rebuild the beads. */
export function unpackBeads(packed: PackedBeads): CaseBead[] {
  const { segments, confidence, flags } = packed;
  const beads: CaseBead[] = new Array(flags.length);
  let at = 0;
  const side = () => {
    const n = segments[at++]!;
    const out: number[] = new Array(n);
    for (let k = 0; k < n; k++) out[k] = segments[at++]!;
    return out;
  };
  for (let i = 0; i < flags.length; i++) {
    const src = side();
    const tgt = side();
    const f = flags[i]!;
    const bead: {
      src: number[];
      tgt: number[];
      confidence: number;
      confirmed?: boolean;
      traced?: boolean;
      final?: boolean;
    } = {
      src,
      tgt,
      confidence: confidence[i]!,
    };
    if (f & 1) bead.confirmed = (f & 2) !== 0;
    if (f & 16) bead.traced = (f & 32) !== 0;
    if (f & 4) bead.final = (f & 8) !== 0;
    beads[i] = bead;
  }
  return beads;
}
