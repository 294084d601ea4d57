// @vitest-environment jsdom
/**
 * The quotes panel says which state it is in: not traced yet, traced with nothing found, or
 * tracing failed (three different situations a fact-checker must not confuse).
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TextDocument } from '../../src/core/index.ts';
import type { TracedQuotation } from '../../src/core/quote/quotation.ts';
import { segmentDocument } from '../../src/core/segment/segment-document.ts';
import { openPair } from '../../src/state/case-record.ts';
import { QuotesPanel } from '../../src/ui/features/quotes/quotes-panel.tsx';
import { initI18n } from '../../src/ui/i18n/i18n.ts';
import { StoreProvider } from '../../src/ui/use-store.ts';
import { makeTestStore, until } from '../state/lib/in-process-store.ts';
import { LETTER_EN, LETTER_FR } from './lib/letter-pair.ts';
import { paragraphPairStore } from './lib/pair-store.ts';

beforeAll(async () => {
  await initI18n('en');
});

afterEach(cleanup);

/** A traced quotation for the panel: `fields` over plain defaults (a faithful quotation, no source). */
function tracedQuotation(fields: Record<string, unknown>): TracedQuotation {
  return {
    id: 'q1',
    docId: 'fr1',
    lang: 'fr',
    kind: 'quoted',
    paragraph: 0,
    line: 1,
    speaker: null,
    source: null,
    otherSources: [],
    verdict: 'faithful',
    flags: [],
    divergences: [],
    links: [],
    group: null,
    ...fields,
  } as unknown as TracedQuotation;
}

describe('QuotesPanel', () => {
  it('tells "not traced yet", "nothing found" and "failed" apart', () => {
    const store = makeTestStore({ checks: false });
    act(() => store.setState({ quotes: null, quotesStatus: 'idle' }));
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    expect(screen.getByText('No quotations traced yet.')).toBeTruthy();
    // Never traced: the button traces (it does not say "again").
    expect(screen.getByRole('button', { name: 'Trace quotations' })).toBeTruthy();
    act(() => store.setState({ quotes: { quotations: [], groups: [] }, quotesStatus: 'idle' }));
    expect(screen.queryByText('No quotations traced yet.')).toBeNull();
    expect(screen.getByText('No quotation found in the translations of this case.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Trace again' })).toBeTruthy();
    act(() => store.setState({ quotesStatus: 'error' }));
    expect(screen.getByText(/could not be traced/)).toBeTruthy();
    act(() => store.setState({ quotesStatus: 'running' }));
    expect(document.querySelector('.quotes p.muted')).toBeNull();
    expect(screen.getByRole('button', { name: 'Tracing…' })).toBeTruthy();
  });

  it('lists 200 quotations at a time, the rest a click away', async () => {
    const store = makeTestStore({ checks: false });
    const quotations = Array.from({ length: 401 }, (_, k) =>
      tracedQuotation({
        id: `fr1:q${k + 1}`,
        line: k + 1,
        span: [0, 5],
        inner: [0, 5],
        text: `citation ${k + 1}`,
      }),
    );
    act(() => store.setState({ quotes: { quotations, groups: [] }, quotesStatus: 'idle' }));
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    const cards = () => document.querySelectorAll('.quote-list .quote-item').length;
    expect(cards()).toBe(200);
    // The count is of every quotation, not of those listed.
    expect(document.querySelector('#quotes-title .count')?.textContent).toBe('401');
    act(() => screen.getByRole('button', { name: 'Show 200 more (201 not shown yet)' }).click());
    expect(cards()).toBe(400);
    act(() => screen.getByRole('button', { name: 'Show the last quotation' }).click());
    expect(cards()).toBe(401);
    expect(screen.queryByRole('button', { name: /^Show / })).toBeNull();
  });

  it('lists the open translation’s quotations first, then the case’s others', async () => {
    const store = await paragraphPairStore('Quote order', LETTER_EN, LETTER_FR);
    const fr = store.getState().caseRecord!.documents.find((d) => d.lang === 'fr')!.id;
    const at = { span: [0, 5], inner: [0, 5] };
    const quotations = [
      tracedQuotation({ ...at, id: 'other:q1', docId: 'other', text: 'dans un autre rapport' }),
      tracedQuotation({ ...at, id: `${fr}:q1`, docId: fr, text: 'dans la traduction ouverte' }),
    ];
    act(() => store.setState({ quotes: { quotations, groups: [] }, quotesStatus: 'idle' }));
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    const texts = [...document.querySelectorAll('.quote-list .quote-item .quote-text')].map(
      (e) => e.textContent,
    );
    expect(texts).toEqual(['dans la traduction ouverte', 'dans un autre rapport']);
  });

  it('does not say 100 % of a source traced at 0.995: only a certainty reads 100 %', () => {
    const store = makeTestStore({ checks: false });
    const quotation = tracedQuotation({
      span: [0, 10],
      inner: [1, 9],
      text: 'nous irons',
      source: { docId: 'en1', span: [0, 10], text: 'we will go', score: 0.995, line: 1 },
    });
    act(() => store.setState({ quotes: { quotations: [quotation], groups: [] }, quotesStatus: 'idle' }));
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    expect(document.querySelector('.quote-source .finding-meta')?.textContent).toMatch(
      /\(probability 99 %\)/,
    );
  });

  it('says what each highlighted word is: a changed name on both sides, a passage left out', () => {
    const fr = '« Je remercie le ministre Daniel Chen », a-t-elle dit.';
    const en = 'I thank Minister David Chen for his work, and we will build the port.';
    const at = (text: string, words: string): [number, number] => [
      text.indexOf(words),
      text.indexOf(words) + words.length,
    ];
    const quotation = tracedQuotation({
      verdict: 'name-changed',
      span: [0, fr.indexOf('»') + 1],
      inner: at(fr, 'Je remercie le ministre Daniel Chen'),
      text: 'Je remercie le ministre Daniel Chen',
      source: { docId: 'en1', span: [0, en.length], text: en, score: 0.99, line: 1 },
      divergences: [
        {
          kind: 'name',
          sourceSpan: at(en, 'David'),
          sourceText: 'David',
          targetSpan: at(fr, 'Daniel'),
          targetText: 'Daniel',
        },
        {
          kind: 'omission',
          sourceSpan: at(en, 'we will build the port'),
          sourceText: 'we will build the port',
          targetSpan: null,
          targetText: '',
        },
      ],
    });
    const store = makeTestStore({ checks: false });
    act(() =>
      store.setState({
        docs: {
          fr1: segmentDocument(fr, { id: 'fr1', name: 'fr.txt', lang: 'fr' }),
          en1: segmentDocument(en, { id: 'en1', name: 'en.txt', lang: 'en' }),
        },
        quotes: { quotations: [quotation], groups: [] },
        quotesTexts: { fr1: fr, en1: en },
        quotesStatus: 'idle',
      }),
    );
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    // The marks said nothing of what they marked: a changed name and a dropped passage looked alike.
    const marks = [...document.querySelectorAll('mark.divergent')].map((m) => [
      m.textContent,
      m.getAttribute('title'),
    ]);
    expect(marks).toEqual([
      ['Daniel', 'Name changed: David → Daniel'],
      ['David', 'Name changed: David → Daniel'],
      ['we will build the port', 'Left out of the quotation'],
    ]);
  });

  it('shows a cut the quotation marks with […] apart from the omissions', () => {
    const fr = '« Le climat n’est pas une menace lointaine. […] Nous devons agir », a-t-elle dit.';
    const en = 'Climate is not a distant threat. It is already flooding our streets, and we must act.';
    const cut = 'It is already flooding our streets';
    const quotation = tracedQuotation({
      verdict: 'faithful',
      span: [0, fr.indexOf('»') + 1],
      inner: [2, fr.indexOf(' »')],
      text: fr.slice(2, fr.indexOf(' »')),
      source: { docId: 'en1', span: [0, en.length], text: en, score: 0.99, line: 1 },
      divergences: [
        {
          kind: 'omission',
          sourceSpan: [en.indexOf(cut), en.indexOf(cut) + cut.length],
          sourceText: cut,
          targetSpan: null,
          targetText: '',
          marked: true,
        },
      ],
    });
    const store = makeTestStore({ checks: false });
    act(() =>
      store.setState({
        docs: {
          fr1: segmentDocument(fr, { id: 'fr1', name: 'fr.txt', lang: 'fr' }),
          en1: segmentDocument(en, { id: 'en1', name: 'en.txt', lang: 'en' }),
        },
        quotes: { quotations: [quotation], groups: [] },
        quotesTexts: { fr1: fr, en1: en },
        quotesStatus: 'idle',
      }),
    );
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    // It was marked in the red of an omission, under a 'Faithful' verdict.
    const mark = document.querySelector('mark.divergent')!;
    expect(mark.textContent).toBe(cut);
    expect(mark.classList.contains('divergent-marked')).toBe(true);
    expect(mark.getAttribute('title')).toBe('Cut marked with an ellipsis in the quotation');
  });

  it('names the other originals that hold the source passage too', () => {
    const store = makeTestStore({ checks: false });
    const quotation = tracedQuotation({
      span: [0, 10],
      inner: [1, 9],
      text: 'nous irons',
      source: { docId: 'en1', span: [0, 10], text: 'we will go', score: 0.98, line: 13 },
      otherSources: [{ docId: 'en2', span: [5, 15], text: 'we will go', score: 0.976, line: 12 }],
    });
    act(() => store.setState({ quotes: { quotations: [quotation], groups: [] }, quotesStatus: 'idle' }));
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    // The CLI says `also en2:12`; the panel said nothing of it.
    expect(document.querySelector('.quote-also')?.textContent).toBe(
      'Also in en2, line 12 (probability 98 %)',
    );
  });

  it('says a first trace is under way, without a count of 0 that reads as "none found"', () => {
    const store = makeTestStore({ checks: false });
    act(() => store.setState({ quotes: null, quotesStatus: 'running' }));
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    expect(screen.getByRole('status').textContent).toMatch(/Looking for the quotations/);
    expect(document.querySelector('#quotes-title .count')).toBeNull();
    // Traced: the count comes, the note goes.
    act(() => store.setState({ quotes: { quotations: [], groups: [] }, quotesStatus: 'idle' }));
    expect(document.querySelector('#quotes-title .count')?.textContent).toBe('0');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows a quotation in its own words once its document was edited after the trace, not shifted', () => {
    const text = 'Le PDG a dit : « nous irons jusqu’au bout » devant la presse.';
    const doc: TextDocument = segmentDocument(text, { id: 'fr1', name: 'fr.txt', lang: 'fr' });
    const start = text.indexOf('nous');
    const end = text.indexOf(' »');
    const quotation = tracedQuotation({
      span: [start - 2, end + 2],
      inner: [start, end],
      text: 'nous irons jusqu’au bout',
      source: null,
      verdict: 'no-source-found',
    });
    const store = makeTestStore({ checks: false });
    act(() =>
      store.setState({
        docs: { fr1: doc },
        quotes: { quotations: [quotation], groups: [] },
        quotesTexts: { fr1: text },
        quotesStatus: 'idle',
      }),
    );
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    const shown = () => document.querySelector('.quote-text')?.textContent;
    expect(shown()).toBe('nous irons jusqu’au bout');
    // The document edited (two characters fewer before the quotation), not traced again yet.
    const edited = text.replace('Le PDG', 'PDG');
    act(() =>
      store.setState({ docs: { fr1: segmentDocument(edited, { id: 'fr1', name: 'fr.txt', lang: 'fr' }) } }),
    );
    expect(shown()).toBe('nous irons jusqu’au bout');
  });
});

describe('QuotesPanel, a click on a quotation', () => {
  it('selects its row once its pair is aligned at the level shown, without looping on the store', async () => {
    const store = await paragraphPairStore('Quote click', LETTER_EN, LETTER_FR);
    const { caseRecord, docs } = store.getState();
    const [en, fr] = caseRecord!.documents;
    const frDoc = docs[fr!.id]!;
    // The quotation is the third French sentence; its source the third English one.
    const sentence = frDoc.sentences[2]!;
    const enSentence = docs[en!.id]!.sentences[2]!;
    const quotation = tracedQuotation({
      docId: fr!.id,
      span: [sentence.start, sentence.end],
      inner: [sentence.start, sentence.end],
      text: frDoc.text.slice(sentence.start, sentence.end),
      source: {
        docId: en!.id,
        span: [enSentence.start, enSentence.end],
        text: '',
        score: 0.98,
        line: 1,
      },
    });
    // In place of the case's own trace (awaited, so that it does not answer over this one).
    await until(() => store.getState().quotesStatus !== 'running');
    act(() =>
      store.setState({
        quotes: { quotations: [quotation], groups: [] },
        quotesTexts: { [en!.id]: docs[en!.id]!.text, [fr!.id]: frDoc.text },
        quotesStatus: 'idle',
      }),
    );
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    // The sentence level was never aligned: the row is selected when its alignment arrives.
    act(() => store.getState().setLevel('sentence'));
    act(() => screen.getByRole('button', { name: /Plus de quatre cents/ }).click());
    await until(() => openPair(store.getState().caseRecord)?.level === 'sentence' && !store.getState().job);
    expect(store.getState().notices.filter((n) => n.tone === 'error')).toEqual([]);
    expect(store.getState().selectedRow).toBe(2);
    // Later changes (another row chosen) are the person's: the click no longer steers them.
    act(() => store.getState().selectRow(0));
    act(() => store.setState({ selectedFinding: null }));
    expect(store.getState().selectedRow).toBe(0);
  });
});

describe('QuotesPanel, a click on a quotation whose document was edited since the trace', () => {
  it('selects its row in the new trace, not the row its old offsets fall in', async () => {
    const en =
      'The council met on Monday.\nThe mayor said the budget was approved.\nThe meeting ended at noon.';
    const fr =
      'Le conseil s’est réuni lundi.\nLe maire a dit : « le budget est adopté ».\nLa séance a pris fin à midi.';
    const store = await paragraphPairStore('Quote after edit', en, fr);
    const frId = store.getState().caseRecord!.documents.find((d) => d.lang === 'fr')!.id;
    const enId = store.getState().caseRecord!.documents.find((d) => d.lang === 'en')!.id;
    const quotation = (text: string) => {
      const start = text.indexOf('le budget');
      const end = text.indexOf(' »');
      return tracedQuotation({
        id: `${frId}:q1`,
        docId: frId,
        span: [start - 2, end + 2],
        inner: [start, end],
        text: 'le budget est adopté',
        paragraph: 1,
        line: 2,
        source: { docId: enId, span: [27, 66], text: '', score: 0.9, line: 2 },
      });
    };
    // A paragraph added above the quotation: its row moves down one.
    store.getState().editText(frId, 0, 0, 'Un préambule ajouté ici.\n');
    await until(() => store.getState().docs[frId]?.paragraphs.length === 4 && !store.getState().job);
    await until(() => store.getState().quotesStatus !== 'running');
    const edited = store.getState().docs[frId]!.text;
    const row = openPair(store.getState().caseRecord)!.beads.findIndex((b) => b.tgt.includes(2));
    expect(row).toBeGreaterThan(0);
    // The panel still holds the trace made before the edit.
    act(() =>
      store.setState({
        quotes: { quotations: [quotation(fr)], groups: [] },
        quotesTexts: { [frId]: fr, [enId]: en },
        quotesStatus: 'running',
        selectedRow: 0,
      }),
    );
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    act(() => screen.getByRole('button', { name: /le budget est adopté/ }).click());
    expect(store.getState().selectedRow).toBe(0);
    // The new trace answers: the quotation's row is selected.
    act(() =>
      store.setState({
        quotes: { quotations: [quotation(edited)], groups: [] },
        quotesTexts: { [frId]: edited, [enId]: en },
        quotesStatus: 'idle',
      }),
    );
    expect(store.getState().selectedRow).toBe(row);
  });
});

describe('QuotesPanel: renderings of the same source', () => {
  it('shows the other reports’ renderings of a quotation’s source, with the words that differ', async () => {
    const { traceQuotations } = await import('../../src/core/quote/trace-quotations.ts');
    const { parseLexicon } = await import('../../src/core/lexicon/lexicon.ts');
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    // (jsdom's import.meta.url is not a file URL: the lexicon files are read by path.)
    const lexicon = (from: 'fr' | 'en', to: 'fr' | 'en') =>
      parseLexicon(readFileSync(resolve(process.cwd(), `data/lexicons/${from}-${to}.tsv`), 'utf8'), from, to);
    const lexicons = [lexicon('fr', 'en'), lexicon('en', 'fr')];
    const en = segmentDocument(
      'The mayor said: "The city sold 300 buses to Lyon last year, and the council approved the deal."',
      { id: 'en', name: 'report.txt', lang: 'en' },
    );
    const a = segmentDocument(
      '« La ville a vendu 300 bus à Lyon l’année dernière, et le conseil a approuvé l’accord », a dit le maire.',
      { id: 'a', name: 'a.txt', lang: 'fr' },
    );
    const b = segmentDocument(
      '« La ville a cédé 300 autobus à Lyon l’an dernier, et le conseil a approuvé l’accord », a déclaré le maire.',
      { id: 'b', name: 'b.txt', lang: 'fr' },
    );
    const trace = await traceQuotations({ documents: [en, a, b] }, { lexicons });
    const frQuotes = trace.quotations.filter((q) => q.lang === 'fr');
    expect(frQuotes.map((q) => q.group)).toEqual([frQuotes[0]!.group, frQuotes[0]!.group]);
    expect(frQuotes[0]!.group).not.toBeNull();

    const store = makeTestStore({ checks: false });
    act(() => store.setState({ quotes: trace, quotesStatus: 'idle' }));
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    const groups = document.querySelectorAll('.quote-item details.quote-group');
    expect(groups).toHaveLength(2);
    expect(groups[0]!.querySelector('summary')?.textContent).toBe('Same source: 1 other quotation');
    // Both renderings listed in each item, the quotation itself marked; the second one's words
    // against the first: `vendu` only in the first, `cédé` only in the second.
    const members = [...groups[1]!.querySelectorAll('.group-members li')];
    expect(members).toHaveLength(2);
    expect(members[1]!.getAttribute('aria-current')).toBe('true');
    expect(members[0]!.querySelector('.finding-meta')?.textContent).toMatch(/· a, line 1 · first rendering$/);
    const removed = [...members[1]!.querySelectorAll('del')].map((d) => d.textContent?.trim());
    const added = [...members[1]!.querySelectorAll('ins')].map((d) => d.textContent?.trim());
    expect(removed).toContain('vendu');
    expect(added).toContain('cédé');
    expect(added).not.toContain('Lyon');
    // Quotations grouped by their words alone (no source traced) are not said to share a source.
    act(() =>
      store.setState({ quotes: { ...trace, groups: trace.groups.map((g) => ({ ...g, source: null })) } }),
    );
    expect(document.querySelector('.quote-group summary')?.textContent).toBe('Same words: 1 other quotation');
  });
});

describe('QuotesPanel: originals quoting one passage differently', () => {
  it('lists the original-language reports that cut one quotation differently, with the words that differ', async () => {
    const { traceQuotations } = await import('../../src/core/quote/trace-quotations.ts');
    const one = segmentDocument(
      'The mayor said: "The city sold 300 buses to Lyon last year, and the council approved the deal."',
      { id: 'en1', name: 'one.txt', lang: 'en' },
    );
    const two = segmentDocument('According to the mayor, "the city sold 300 buses to Lyon last year."', {
      id: 'en2',
      name: 'two.txt',
      lang: 'en',
    });
    const trace = await traceQuotations({ documents: [one, two] }, { lexicons: [] });
    const store = makeTestStore({ checks: false });
    act(() => store.setState({ quotes: trace, quotesStatus: 'idle' }));
    render(
      <StoreProvider store={store}>
        <QuotesPanel />
      </StoreProvider>,
    );
    const section = document.querySelector('section.original-groups');
    expect(section?.querySelector('h3')?.textContent).toBe('Passages quoted differently in the originals 1');
    const members = [...(section?.querySelectorAll('.group-members li') ?? [])];
    expect(members.map((m) => m.querySelector('.finding-meta')?.textContent)).toEqual([
      'en1, line 1 · first quotation',
      'en2, line 1',
    ]);
    expect([...members[1]!.querySelectorAll('del')].map((d) => d.textContent).join(' ')).toMatch(
      /council approved the deal/,
    );
    // Not renderings: no verdict, and no button that would open a pair of two originals.
    expect(members[1]!.querySelector('button')).toBeNull();
  });
});
