import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyNoise, noiseParagraphs } from '../../../src/core/check/noise-paragraphs.ts';
import { applyEdits } from '../../../src/core/model/apply-edits.ts';
import { segmentDocument } from '../../../src/core/segment/segment-document.ts';
import { brief, check } from './helpers.ts';

const sample = (f: string) => readFileSync(new URL(`../../../data/sample/${f}.txt`, import.meta.url), 'utf8');

describe('repetition rule', () => {
  it('finds doubled words but keeps reflexive nous nous', () => {
    const found = check('Il a vu le le chat. Nous nous sentons bien.', 'repetition');
    expect(brief(found)).toEqual([['doubled-word', 'le le', 'le']]);
    expect(applyEdits('Il a vu le le chat.', found[0]!.fix!)).toBe('Il a vu le chat.');
  });

  it('keeps the causative faire faire (se le faire faire sur mesure)', () => {
    const text = 'Cela vaut le coup de se le faire faire sur mesure. Il a fait faire un costume.';
    expect(check(text, 'repetition')).toEqual([]);
  });

  it('reports a run of one word as one finding whose fix keeps one copy', () => {
    const text = 'Il a vu le le le le chat, puis le chien.';
    const found = check(text, 'repetition');
    expect(brief(found)).toEqual([['doubled-word', 'le le le le', 'le']]);
    expect(applyEdits(text, found[0]!.fix!)).toBe('Il a vu le chat, puis le chien.');
  });

  it('finds a pull quote repeated inside another paragraph, and deletes it with its line', () => {
    const text =
      'Premier paragraphe court.\n« Il faut clarifier l’usage acceptable de l’IA. »\nIl a dit : « Il faut clarifier l’usage acceptable de l’IA. Et plus encore. »';
    const found = check(text, 'repetition');
    expect(found.map((f) => [f.rule, f.params.kind])).toEqual([['repeated-paragraph', 'excerpt']]);
    expect(applyEdits(text, found[0]!.fix!)).toBe(
      'Premier paragraphe court.\nIl a dit : « Il faut clarifier l’usage acceptable de l’IA. Et plus encore. »',
    );
  });

  it('finds the title printed twice in sample 001', () => {
    const found = check(sample('001_ec0fa46e45b6f4ef'), 'repetition');
    expect(found.map((f) => [f.rule, f.actual])).toEqual([
      ['repeated-paragraph', 'Amazon lui aussi fait face à la grogne de ses employés pour Rekognition'],
    ]);
  });
});

describe('noiseParagraphs', () => {
  it('marks the site furniture of the sample case and nothing of the articles', () => {
    const kinds = (f: string) => {
      const doc = segmentDocument(sample(f), { id: f, name: f });
      return noiseParagraphs(doc).map((n) => [
        n.kind,
        doc.text.slice(doc.paragraphs[n.index]!.start, doc.paragraphs[n.index]!.end),
      ]);
    };
    expect(kinds('001_ec0fa46e45b6f4ef')).toEqual([
      ['address', '61 rue Henri Barbusse 92110 Clichy Levallois'],
      ['email', 'info@issmi.fr'],
      // The site's tagline, its name that of the e-mail address.
      ['branding', 'ISSMI, trouver un job chez des grands comptes'],
    ]);
    expect(kinds('002_c9d7d274814d5f96').map(([k]) => k)).toEqual([
      'credit',
      'share',
      'related',
      'related',
      'promo',
      'navigation',
      'comments',
      'comments',
      'comments',
      'comments',
    ]);
    expect(kinds('003_9be7f01c49a02bb1').map(([k]) => k)).toEqual([
      'login',
      'login',
      'related',
      'related',
      'related',
      'related',
    ]);
    expect(kinds('004_bd4a0573e9b7c7ee').map(([k]) => k)).toEqual([
      'credit',
      'share',
      'comments',
      'comments',
    ]);
    expect(kinds('000_5ce1033decd27cb8')).toEqual([]);
  });

  it('classifies single lines', () => {
    expect(classifyNoise('Lire aussi :')).toBe('related');
    expect(classifyNoise('Photo : AFP')).toBe('credit');
    expect(classifyNoise('Tags: Amazon, ICE, Palantir')).toBe('tags');
    expect(classifyNoise('Les employés ont signé une lettre.')).toBeUndefined();
  });
});
