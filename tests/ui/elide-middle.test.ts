import { describe, expect, it } from 'vitest';
import { elideMiddle } from '../../src/ui/components/elide-middle.ts';

const SENTENCE =
  'Ils ont exigé que la société arrête de fournir son logiciel de reconnaissance faciale aux polices de l’ensemble du territoire.';

/** Every word of `shown` (around the ellipsis) is a whole word of `text`. */
function wholeWords(shown: string, text: string): boolean {
  const words = new Set(text.split(/\s+/));
  return shown
    .split(/\s+/)
    .filter((w) => w !== '…')
    .every((w) => words.has(w));
}

describe('elideMiddle', () => {
  it('leaves a text that fits as it is', () => {
    expect(elideMiddle('Cesser de vendre.', 90)).toBe('Cesser de vendre.');
  });

  it('cuts a long text in its middle at word boundaries, never inside a word', () => {
    const short = elideMiddle(SENTENCE, 90);
    expect(short.length).toBeLessThanOrEqual(90);
    expect(short).toMatch(
      /^Ils ont exigé que la société arrête de .* aux polices de l’ensemble du territoire\.$/,
    );
    expect(short).toContain(' … ');
    expect(wholeWords(short, SENTENCE)).toBe(true);
    // Wherever each kept part holds more than one word.
    for (let max = 40; max < SENTENCE.length; max += 7) {
      expect(wholeWords(elideMiddle(SENTENCE, max), SENTENCE), `max ${max}`).toBe(true);
    }
  });

  it('still cuts a word longer than the room (a URL)', () => {
    const url = `https://example.org/${'a'.repeat(200)}`;
    expect(elideMiddle(url, 40).length).toBeLessThanOrEqual(40);
  });
});
