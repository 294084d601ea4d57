/**
 * Builds data/wordlists/{fr,en}.txt (one word a line) from Debian's word-list packages, for the
 * spelling, glued-word and untranslated-text checks, and copies their licences beside them:
 *
 * - fr.txt: `wfrench` (GPL-2+), every inflected form;
 * - en.txt: `wamerican-large` ∪ `wbritish-large` (SCOWL size 70, permissive licence), so that both
 *   US and UK spellings of news English are known.
 *
 * Words are written as tokenizeWords sees them: possessives (`Obama's`) are dropped (the base word
 * is there), other words with an apostrophe become their parts (`aujourd'hui` → `aujourd`, `hui`;
 * `doesn't` → `doesn`, `t`). A word keeps its capitals only if the list has no lower-case form of
 * it (`Paris`, but `bill` rather than `Bill`). Lines are sorted by lookup key (wordKey, UTF-16 code
 * units), so parseWordList need not sort. Deterministic: same packages, same bytes.
 *
 *   npm run -s wordlists                  # apt-get download the packages into a temp dir
 *   npm run -s wordlists -- --debs DIR    # use NAME_*.deb files already in DIR
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { encodeFrontCoded } from '../src/core/lexicon/word-list.ts';
import { fetchDeb, parseBuildArgs } from './lib/debian-packages.ts';
import { listLines } from './lib/word-list-lines.ts';

interface Package {
  readonly pkg: string;
  readonly file: string;
}

interface Built {
  readonly lang: string;
  readonly sources: readonly { pkg: string; version: string; words: number }[];
  readonly words: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly frontCodedBytes: number;
  readonly frontCodedGzipBytes: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const LISTS: readonly { lang: string; packages: readonly Package[]; licenceFile: string; licence: string }[] =
  [
    {
      lang: 'fr',
      packages: [{ pkg: 'wfrench', file: 'usr/share/dict/french' }],
      licenceFile: 'LICENSE-wfrench.txt',
      licence: 'GPL-2+',
    },
    {
      lang: 'en',
      packages: [
        { pkg: 'wamerican-large', file: 'usr/share/dict/american-english-large' },
        { pkg: 'wbritish-large', file: 'usr/share/dict/british-english-large' },
      ],
      licenceFile: 'LICENSE-scowl.txt',
      licence: 'SCOWL (permissive, MIT-like)',
    },
  ];

function main(): void {
  const { debs, out } = parseBuildArgs(
    process.argv.slice(2),
    join(ROOT, 'data', 'wordlists'),
    'build-wordlists',
  );
  mkdirSync(out, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'wordlists-'));
  const built: Built[] = [];
  try {
    for (const list of LISTS) {
      const entries: string[] = [];
      const sources: { pkg: string; version: string; words: number }[] = [];
      const copyrights: string[] = [];
      for (const { pkg, file } of list.packages) {
        const deb = fetchDeb(pkg, debs, tmp);
        const version = execFileSync('dpkg-deb', ['-f', deb, 'Version'], { encoding: 'utf8' }).trim();
        const dest = join(tmp, pkg);
        mkdirSync(dest, { recursive: true });
        execFileSync('dpkg-deb', ['-x', deb, dest]);
        const words = readFileSync(join(dest, file), 'utf8').split('\n');
        for (const w of words) entries.push(w);
        sources.push({ pkg, version, words: words.filter((w) => w !== '').length });
        const copyright = readFileSync(join(dest, 'usr/share/doc', pkg, 'copyright'), 'utf8');
        if (!copyrights.includes(copyright)) copyrights.push(copyright);
      }
      // The hand-made supplement beside the list, if any (`#` comments skipped).
      const supplementPath = join(out, `${list.lang}.supplement.txt`);
      const supplement = existsSync(supplementPath)
        ? readFileSync(supplementPath, 'utf8')
            .split('\n')
            .filter((w) => w.trim() !== '' && !w.startsWith('#'))
        : [];
      for (const w of supplement) entries.push(w);
      if (supplement.length > 0)
        sources.push({
          pkg: `${list.lang}.supplement.txt`,
          version: '(hand-made, MIT)',
          words: supplement.length,
        });
      const lines = listLines(entries);
      const text = `${lines.join('\n')}\n`;
      writeFileSync(join(out, `${list.lang}.txt`), text);
      const frontCoded = encodeFrontCoded(lines);
      writeFileSync(join(out, `${list.lang}.front-coded.txt`), frontCoded);
      const from = sources.map((s) => `${s.pkg} ${s.version}`).join(' and ');
      writeFileSync(
        join(out, list.licenceFile),
        `Copyright file of Debian ${from} (${list.licence}), from which ${list.lang}.txt is built.\n\n` +
          copyrights.join(`\n\n${'='.repeat(72)}\n\n`),
      );
      built.push({
        lang: list.lang,
        sources,
        words: lines.length,
        bytes: Buffer.byteLength(text),
        gzipBytes: gzipSync(text, { level: 9 }).length,
        frontCodedBytes: Buffer.byteLength(frontCoded),
        frontCodedGzipBytes: gzipSync(frontCoded, { level: 9 }).length,
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  writeFileSync(join(out, 'README.md'), readme(built));
  for (const b of built) {
    console.log(
      `${b.lang}.txt: ${b.words} words, ${b.bytes} bytes, ${b.gzipBytes} gzipped (-9); ` +
        `${b.lang}.front-coded.txt: ${b.frontCodedBytes} bytes, ${b.frontCodedGzipBytes} gzipped`,
    );
  }
}

function readme(built: readonly Built[]): string {
  const rows = built.map((b) => {
    const list = LISTS.find((l) => l.lang === b.lang);
    const from = b.sources
      .map((s) =>
        s.pkg.includes('.')
          ? `\`${s.pkg}\` ${s.version} (${s.words} words)`
          : `Debian \`${s.pkg}\` ${s.version} (${s.words} entries)`,
      )
      .join(' ∪ ');
    const kib = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;
    return `| ${b.lang}.txt | ${b.words} | ${kib(b.bytes)} | ${kib(b.gzipBytes)} | ${kib(b.frontCodedBytes)} | ${kib(b.frontCodedGzipBytes)} | ${from} | ${list?.licence} ([${list?.licenceFile}](${list?.licenceFile})) |`;
  });
  return `# Word lists

Monolingual word lists for the spelling, glued-word (\`Palantirdirectement\`) and untranslated-text checks.
Generated by \`scripts/build-wordlists.ts\` (\`npm run -s wordlists\`, or \`-- --debs DIR\` with the .deb files
already downloaded); do not edit by hand. Deterministic: the same packages give byte-identical files.

| file | words | size | gzip -9 | front-coded | front-coded, gzip -9 | from | licence |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

## Format
\`<lang>.txt\`: UTF-8 (NFC), one word a line, sorted by lookup key (\`wordKey\`: lower case, œ/æ spelled out, UTF-16 code
units), one line per key. Read with \`parseWordList(text)\` (src/core/lexicon/word-list.ts) or
\`loadWordList(lang)\` (src/cli/load-lexicons.ts): \`has(word)\`, \`suggest(word, max)\`.

- \`<lang>.front-coded.txt\`: the same words, front-coded for the browser bundle (4× smaller gzipped for
  French): a first line \`#front-coded v1\`, then one word a line written as one character (\`0\` + the number
  of leading code units shared with the previous word, at most 35) and the rest of the word.
  \`parseWordList\` reads both forms and loads the front-coded one as fast as the plain one.
- Words appear as tokenizeWords sees them: possessives (\`Obama's\`) are dropped, since the base word is
  there; other words with an apostrophe are split into their parts (\`aujourd'hui\` → \`aujourd\` + \`hui\`,
  \`doesn't\` → \`doesn\` + \`t\`).
- A word keeps capitals only when the list has no lower-case form of it (\`Paris\`; \`bill\`, not \`Bill\`):
  lookups are case-insensitive, but the capitals tell a proper noun.
- The French list writes \`oe\` for \`œ\` (\`coeur\`, \`oeuvre\`); lookups fold \`œ\` → \`oe\`, so \`cœur\` is known.
- The English list joins American and British spellings (\`color\`, \`colour\`): news English uses both.
- \`fr.supplement.txt\` and \`en.supplement.txt\` are hand-made for this project (MIT, like the project):
  elided forms (\`lorsqu\`) and current news vocabulary the Debian lists lack (\`internet\`, \`blog\`,
  \`smartphone\`, \`cyberattaque\`, \`cybersecurity\`…). Add words there and rebuild.
- No German list: the product's spelling checks are for French and English (a German one from Debian's
  \`wngerman\`, 356k forms, would add about 0.9 MiB gzipped).

## Licences
\`wfrench\` is GPL-2+; SCOWL (\`wamerican-large\`, \`wbritish-large\`) has a permissive, MIT-like licence. Each
licence file beside the list is the Debian package's copyright file.
`;
}

main();
