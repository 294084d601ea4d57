/**
 * The sample case (data/sample): three French reports and two English ones on Amazon
 * employees' 2018 letter about Rekognition. Opens on first start.
 */
import fr000 from '../../data/sample/000_5ce1033decd27cb8.txt?raw';
import fr001 from '../../data/sample/001_ec0fa46e45b6f4ef.txt?raw';
import fr002 from '../../data/sample/002_c9d7d274814d5f96.txt?raw';
import en003 from '../../data/sample/003_9be7f01c49a02bb1.txt?raw';
import en004 from '../../data/sample/004_bd4a0573e9b7c7ee.txt?raw';
import type { NewDocument } from './app-state.ts';

function sample(name: string, lang: string, text: string): NewDocument {
  return { name, lang, text, origin: { kind: 'sample', fileName: name, encoding: 'utf-8' } };
}

/** The documents of the sample case, and the pair it opens on. */
export const SAMPLE_CASE: {
  readonly name: string;
  readonly documents: readonly NewDocument[];
  readonly srcName: string;
  readonly tgtName: string;
} = {
  name: 'Amazon, Rekognition and Palantir (sample)',
  documents: [
    sample('000_5ce1033decd27cb8.txt', 'fr', fr000),
    sample('001_ec0fa46e45b6f4ef.txt', 'fr', fr001),
    sample('002_c9d7d274814d5f96.txt', 'fr', fr002),
    sample('003_9be7f01c49a02bb1.txt', 'en', en003),
    sample('004_bd4a0573e9b7c7ee.txt', 'en', en004),
  ],
  srcName: '004_bd4a0573e9b7c7ee.txt',
  tgtName: '000_5ce1033decd27cb8.txt',
};
