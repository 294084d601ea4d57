import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elideFileName, fileNameParts } from '../../src/ui/components/elide-file-name.ts';

describe('elideFileName', () => {
  it('leaves a name that fits as it is', () => {
    expect(elideFileName('000_5ce1033decd27cb8.txt', 44)).toBe('000_5ce1033decd27cb8.txt');
  });

  it('keeps the start and the end (language suffix, version, extension), cut after separators', () => {
    expect(elideFileName('rapport-amazon-rekognition-police-2018-06-22-traduction-fr-v2.docx', 44)).toBe(
      'rapport-amazon-…traduction-fr-v2.docx',
    );
  });

  it('keeps to the room when a separator lies near the start (a counterexample fast-check found)', () => {
    const shown = elideFileName('  !!!!    .html', 13);
    expect(shown.length).toBeLessThanOrEqual(13);
    expect(shown.endsWith('.html')).toBe(true);
    expect(shown).toContain('…');
  });

  it('never exceeds the room, and always keeps a short extension whole', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 120 }),
        fc.constantFrom('.txt', '.docx', '.html', ''),
        fc.integer({ min: 12, max: 60 }),
        (stem, extension, max) => {
          const name = `${stem}${extension}`;
          const shown = elideFileName(name, max);
          expect(shown.length).toBeLessThanOrEqual(Math.max(max, 3));
          if (name.length <= max) expect(shown).toBe(name);
          else expect(shown.endsWith(extension)).toBe(true);
        },
      ),
    );
  });
});

describe('fileNameParts', () => {
  it('ends each part at a separator or the cut, the extension with the part before it', () => {
    expect(fileNameParts('amazon-rekognition-…traduction-fr-v2.txt')).toEqual([
      'amazon-',
      'rekognition-',
      '…',
      'traduction-',
      'fr-',
      'v2.txt',
    ]);
    expect(fileNameParts('rapport_final.txt').join('')).toBe('rapport_final.txt');
  });
});
