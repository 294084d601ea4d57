import { describe, expect, it } from 'vitest';
import { analyzeQuotes, findQuotations } from '../../../src/core/check/quote-marks.ts';

describe('findQuotations', () => {
  it('pairs guillemets with nested curly quotes and reports inner spans', () => {
    const text = 'Il dit : « Le mot “non” suffit. »';
    const q = findQuotations(text, 'fr');
    expect(q).toHaveLength(2);
    expect(q[0]).toMatchObject({ mark: '«', closeMark: '»', balanced: true, depth: 0 });
    expect(text.slice(q[0]!.innerStart, q[0]!.innerEnd)).toBe('Le mot “non” suffit.');
    expect(q[1]).toMatchObject({ mark: '“', balanced: true, depth: 1 });
    expect(text.slice(q[1]!.innerStart, q[1]!.innerEnd)).toBe('non');
  });

  it('treats apostrophes and possessives as no quotation marks', () => {
    expect(findQuotations("l'homme d’Amazon, the employees’ letter, don't", 'en')).toEqual([]);
  });

  it("treats a doubled apostrophe between letters (l''homme) as no quotation mark", () => {
    // It was a makeshift opener never closed: an unclosed-quote error on `les droits de l''homme`.
    expect(findQuotations("Il évoque les droits de l''homme et aujourd''hui.", 'fr')).toEqual([]);
    expect(analyzeQuotes("Les droits de l''homme.", 'fr').marks).toEqual([]);
  });

  it('infers the side of straight quotes from their flanks', () => {
    const q = findQuotations('He said "no" and "yes".', 'en');
    expect(q.map((x) => [x.mark, x.balanced])).toEqual([
      ['"', true],
      ['"', true],
    ]);
  });

  it('reports an opener never closed and a closer never opened, each ending or starting at its sentence', () => {
    const text = 'Fin ». Il a dit « non. Puis « oui ».';
    const q = findQuotations(text, 'fr');
    expect(q.filter((x) => !x.balanced).map((x) => [x.open, x.close])).toEqual([
      [-1, 4],
      [16, -1],
    ]);
    const [unopened, unclosed] = q.filter((x) => !x.balanced);
    expect(text.slice(unclosed!.innerStart, unclosed!.innerEnd)).toBe('non.');
    expect(text.slice(unopened!.innerStart, unopened!.innerEnd)).toBe('Fin');
    // Two closers after the second opener: the first had not lost its closer, the second nests.
    const nested = 'Il a dit « non. Puis « oui ». Fin ».';
    expect(findQuotations(nested, 'fr').map((x) => [x.open, x.close])).toEqual([
      [9, 34],
      [21, 27],
    ]);
  });

  it('continues a quotation across a blank line, and nests one « inside « at most', () => {
    expect(findQuotations('« Premier.\n\n« Second. »', 'fr')).toHaveLength(1);
    const q = findQuotations('Il a dit « oui « et « non » puis » fin.', 'fr');
    expect(q.map((x) => [x.open, x.close])).toEqual([
      [9, 33],
      [15, -1],
      [20, 26],
    ]);
  });

  it('continues a quotation over paragraphs that reopen with « or »', () => {
    const text = '« Premier paragraphe.\n» Deuxième paragraphe.\n« Fin. »';
    const q = findQuotations(text, 'fr');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ open: 0, close: text.length - 1, balanced: true });
    expect(analyzeQuotes(text).marks.map((m) => m.role)).toEqual(['open', 'reopen', 'reopen', 'close']);
  });

  it('continues a quotation in guillemets over dialogue turns opening with a dash', () => {
    // It was reported unclosed, and its » unopened.
    const q = findQuotations(
      '« Nous avons tout essayé, dit-il.\n\n— Et maintenant ?\n\n— Nous continuerons. »',
      'fr',
    );
    expect(q.map((x) => [x.mark, x.closeMark, x.balanced])).toEqual([['«', '»', true]]);
  });

  it('reads a guillemet glued to the word before it as a reversed closer', () => {
    const { marks } = analyzeQuotes('nous «ne disons jamais« ce n’est pas', 'fr');
    expect(marks.map((m) => [m.glyph, m.role, m.reversed])).toEqual([
      ['«', 'open', false],
      ['«', 'close', true],
    ]);
  });

  it('opens a quotation at the œ remnant of a lost “ and closes it with makeshift marks', () => {
    const text = "appelées œlielas '' ou boîtes";
    const q = findQuotations(text, 'fr');
    expect(q).toEqual([
      expect.objectContaining({ open: 9, close: 17, mark: 'œ', closeMark: "''", balanced: true }),
    ]);
  });
});
