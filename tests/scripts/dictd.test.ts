import { describe, expect, it } from 'vitest';
import { decodeDictdNumber, readDictd } from '../../scripts/lib/dictd.ts';

describe('decodeDictdNumber', () => {
  it('reads dictd base-64 digits, most significant first', () => {
    expect(decodeDictdNumber('A')).toBe(0);
    expect(decodeDictdNumber('b')).toBe(27);
    expect(decodeDictdNumber('BA')).toBe(64);
    expect(decodeDictdNumber('8m')).toBe(60 * 64 + 38);
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => decodeDictdNumber('a-b')).toThrow(/invalid dictd number/);
  });
});

describe('readDictd', () => {
  it('returns each definition once and skips metadata entries', () => {
    const dict = new TextEncoder().encode('INFOchat <n>\ncat\n');
    const index = '00databaseinfo\tA\tE\nchat\tE\tN\nchatte\tE\tN\n';
    expect(readDictd(index, dict)).toEqual([{ headword: 'chat', text: 'chat <n>\ncat\n' }]);
  });

  it('reports an entry that lies outside the data', () => {
    expect(() => readDictd('x\tA\tZ\n', new Uint8Array(3))).toThrow(/outside/);
  });
});
