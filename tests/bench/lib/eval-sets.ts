/** The development sets of ../shared/eval with gold beads: transread-dev (4 books) and textberg-dev. */
import { readFileSync } from 'node:fs';
import { type IdBead, parseBeads } from './bead-metrics.ts';
import { EVAL_DIR } from './read-wmt.ts';

/** One text pair with gold beads. */
export interface GoldPair {
  readonly name: string;
  readonly srcLang: string;
  readonly tgtLang: string;
  readonly src: readonly string[];
  readonly tgt: readonly string[];
  readonly gold: readonly IdBead[];
}

function lines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const all = text.split('\n');
  if (all.length > 0 && all[all.length - 1] === '') all.pop();
  return all;
}

/** The four TransRead books, English → French. */
export function readTransread(): GoldPair[] {
  return ['AlicesAdventuresInWonderland', 'Candide', 'Emma', 'JaneEyre'].map((book) => {
    const dir = `${EVAL_DIR}transread-dev/${book}`;
    return {
      name: book,
      srcLang: 'en',
      tgtLang: 'fr',
      src: lines(`${dir}.en`),
      tgt: lines(`${dir}.fr`),
      gold: parseBeads(readFileSync(`${dir}.gold`, 'utf8')),
    };
  });
}

/** Text+Berg development set, German → French. */
export function readTextberg(): GoldPair {
  const dir = `${EVAL_DIR}textberg-dev/dev`;
  return {
    name: 'textberg-dev',
    srcLang: 'de',
    tgtLang: 'fr',
    src: lines(`${dir}.de`),
    tgt: lines(`${dir}.fr`),
    gold: parseBeads(readFileSync(`${dir}.defr`, 'utf8')),
  };
}
