/**
 * Quote tracing: every quotation of the French reports with the English passage it renders,
 * the verdict and its evidence (divergent words highlighted on both sides), filtered by
 * verdict. A click opens the pair (source document → report) on the quotation's row.
 */
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Span } from '../../../core/index.ts';
import type {
  DiffPart,
  Divergence,
  QuoteGroup,
  TracedQuotation,
  Verdict,
} from '../../../core/quote/quotation.ts';
import { divergenceLabel } from '../../components/divergence-words.ts';
import { probabilityPercent } from '../../components/probability-percent.ts';
import { useAppStore, useAppStoreApi } from '../../use-store.ts';

/** Quotations listed at first, and added by each "Show more". */
const QUOTE_PAGE = 200;

const VERDICTS: readonly Verdict[] = [
  'faithful',
  'paraphrase',
  'omission',
  'addition',
  'meaning-changed',
  'number-changed',
  'name-changed',
  'no-source-found',
];

/** A span of a divergence's words, and what it is (the mark's tooltip). */
interface MarkedSpan {
  readonly span: Span;
  readonly kind: Divergence['kind'];
  /** A cut the quotation marks with an ellipsis: shown apart from the omissions it is not. */
  readonly marked: boolean;
  readonly label: string;
}

/** `text` (which starts at `offset` in its document) with the `spans` marked, each saying what it is. */
function Marked({ text, offset, spans }: { text: string; offset: number; spans: readonly MarkedSpan[] }) {
  const parts: { at: number; text: string; mark: MarkedSpan | null }[] = [];
  let cursor = 0;
  for (const mark of [...spans].sort((a, b) => a.span[0] - b.span[0])) {
    const [s, e] = mark.span;
    const start = Math.max(cursor, s - offset);
    const end = Math.min(text.length, e - offset);
    if (end <= start) continue;
    if (start > cursor) parts.push({ at: cursor, text: text.slice(cursor, start), mark: null });
    parts.push({ at: start, text: text.slice(start, end), mark });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ at: cursor, text: text.slice(cursor), mark: null });
  return (
    <>
      {parts.map((p) =>
        p.mark ? (
          <mark
            key={p.at}
            className={`divergent divergent-${p.mark.kind}${p.mark.marked ? ' divergent-marked' : ''}`}
            title={p.mark.label}
          >
            {p.text}
          </mark>
        ) : (
          <span key={p.at}>{p.text}</span>
        ),
      )}
    </>
  );
}

/**
 * The marks of a quotation's divergences on one side, each worded: the highlighted words alone
 * did not say whether they were left out, added, or a number, name or negation changed.
 */
function divergenceMarks(
  divergences: readonly Divergence[],
  side: 'source' | 'target',
  t: TFunction,
): MarkedSpan[] {
  return divergences.flatMap((d) => {
    const span = side === 'source' ? d.sourceSpan : d.targetSpan;
    return span
      ? [{ span, kind: d.kind, marked: d.marked === true, label: divergenceLabel(d, side, t) }]
      : [];
  });
}

/** A rendering against the group's first one: words only there struck through, words only here underlined. */
function DiffWords({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useTranslation();
  return (
    <>
      {parts.map((p, k) =>
        p.removed ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff, in order, never reordered
          <del key={k} className="diff-only-first" title={t('quotes.group.onlyFirst')}>
            {p.value}
          </del>
        ) : p.added ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <ins key={k} className="diff-only-here" title={t('quotes.group.onlyHere')}>
            {p.value}
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={k}>{p.value}</span>
        ),
      )}
    </>
  );
}

/** A group's quotations in order, each with its word diff against the first (a click opens it, when `show` is given). */
function GroupMembers({
  group,
  current,
  quotation,
  name,
  show,
}: {
  group: QuoteGroup;
  current?: string;
  quotation: (id: string) => TracedQuotation | undefined;
  name: (docId: string) => string;
  show?: (q: TracedQuotation) => void;
}) {
  const { t } = useTranslation();
  const first = group.members[0];
  return (
    <ol className="group-members">
      {group.members.map((id) => {
        const m = quotation(id);
        if (!m) return null;
        const diff = group.diffs.find((d) => d.to === id);
        const body = (
          <>
            <span className="finding-meta">
              {m.verdict ? (
                <span className={`verdict verdict-${m.verdict}`}>{t(`verdict.${m.verdict}`)}</span>
              ) : null}
              {m.verdict ? ' · ' : ''}
              {name(m.docId)}, {t('quotes.line', { line: m.line })}
              {id === first
                ? ` · ${t(m.verdict === null ? 'quotes.group.referenceQuotation' : 'quotes.group.reference')}`
                : ''}
            </span>
            <q className="quote-text" lang={m.lang}>
              {diff ? <DiffWords parts={diff.parts} /> : m.text}
            </q>
          </>
        );
        return (
          <li
            key={id}
            className={id === current ? 'current' : undefined}
            aria-current={id === current || undefined}
          >
            {show ? (
              <button type="button" className="group-member" onClick={() => show(m)}>
                {body}
              </button>
            ) : (
              <div className="group-member">{body}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The other quotations of the case that render (or quote) the same source sentence, side by
 * side, each with its word diff against the group's first rendering (group-quotations.ts): where
 * two reports render one sentence of the letter differently, the words that differ.
 */
function SameSource(props: {
  group: QuoteGroup;
  current: string;
  quotation: (id: string) => TracedQuotation | undefined;
  name: (docId: string) => string;
  show: (q: TracedQuotation) => void;
}) {
  const { t } = useTranslation();
  const { group } = props;
  return (
    <details className="quote-group">
      <summary>
        {/* Grouped by their source, or, with none traced, by their words (group-quotations.ts). */}
        {t(group.source ? 'quotes.group.summary' : 'quotes.group.summaryWords', {
          count: group.members.length - 1,
        })}
      </summary>
      <p className="hint">{t('quotes.group.hint')}</p>
      <GroupMembers {...props} />
    </details>
  );
}

export function QuotesPanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const quotes = useAppStore((s) => s.quotes);
  const status = useAppStore((s) => s.quotesStatus);
  const documents = useAppStore((s) => s.caseRecord?.documents);
  const docs = useAppStore((s) => s.docs);
  const tracedTexts = useAppStore((s) => s.quotesTexts);
  // A document edited since the trace: its spans no longer index its text (they would show the
  // quotation shifted by the edit); its quotations' own words are shown until the next trace.
  const asTraced = (id: string) => {
    const doc = docs[id];
    return doc && tracedTexts[id] === doc.text ? doc : undefined;
  };
  const [hidden, setHidden] = useState<ReadonlySet<Verdict>>(new Set());

  // The open translation's quotations first (a fact-checker works on that report), then the
  // case's others, each in its document's order.
  const openTranslation = useAppStore((s) => s.caseRecord?.settings.activePair?.tgtDocId ?? null);
  const renderings = useMemo(() => {
    const all = (quotes?.quotations ?? []).filter((q) => q.verdict !== null);
    return [
      ...all.filter((q) => q.docId === openTranslation),
      ...all.filter((q) => q.docId !== openTranslation),
    ];
  }, [quotes, openTranslation]);
  const counts = useMemo(() => {
    const m = new Map<Verdict, number>();
    for (const q of renderings) if (q.verdict) m.set(q.verdict, (m.get(q.verdict) ?? 0) + 1);
    return m;
  }, [renderings]);
  const visible = renderings.filter((q) => q.verdict && !hidden.has(q.verdict));
  // A page at a time: a thousand cards took the main thread for over a second each time the
  // tab was shown (a 440 kB report's 985 quotations: a 1,021 ms task).
  const [shown, setShown] = useState(QUOTE_PAGE);
  const groups = useMemo(() => new Map((quotes?.groups ?? []).map((g) => [g.id, g])), [quotes]);
  const byId = useMemo(() => new Map((quotes?.quotations ?? []).map((q) => [q.id, q])), [quotes]);
  // The original-language reports that quote one passage differently (their quotations are not
  // renderings: no verdict), where the words differ.
  const originalGroups = useMemo(
    () =>
      (quotes?.groups ?? []).filter(
        (g) =>
          g.members.every((id) => byId.get(id)?.verdict === null) &&
          g.diffs.some((d) => d.parts.some((p) => p.added || p.removed)),
      ),
    [quotes, byId],
  );
  const name = (id: string) => documents?.find((d) => d.id === id)?.name ?? id;

  const show = (q: TracedQuotation) => {
    const state = store.getState();
    const srcId = q.source?.docId ?? state.caseRecord?.settings.activePair?.srcDocId ?? null;
    const { caseRecord } = state;
    if (
      caseRecord?.settings.activePair?.srcDocId !== srcId ||
      caseRecord?.settings.activePair?.tgtDocId !== q.docId
    ) {
      state.selectPair(srcId, q.docId);
    }
    // The row holding the quotation, once the pair is aligned at the level shown and the
    // quotation traced on its document's text as it is (null before). Its document edited since
    // the trace, its offsets point elsewhere (a paragraph added above it: the row above): the
    // row is found in the new trace, the same quotation by its words.
    const rowOf = (): number | null => {
      const s = store.getState();
      const pair = s.caseRecord?.alignments.find(
        (a) => a.srcDocId === srcId && a.tgtDocId === q.docId && a.level === s.caseRecord?.settings.level,
      );
      const doc = s.docs[q.docId];
      if (!pair || !doc || s.quotesTexts[q.docId] !== doc.text) return null;
      const now =
        s.quotes?.quotations.find((x) => x.id === q.id && x.text === q.text) ??
        s.quotes?.quotations.find((x) => x.docId === q.docId && x.text === q.text);
      if (!now) return -1;
      const units = pair.level === 'paragraph' ? doc.paragraphs : doc.sentences;
      const unit = units.findIndex((u) => u.start <= now.span[0] && now.span[0] < u.end);
      return pair.beads.findIndex((b) => b.tgt.includes(unit));
    };
    const now = rowOf();
    if (now !== null) {
      if (now >= 0) store.getState().selectRow(now);
      return;
    }
    // Not aligned yet: wait for it. The listener leaves before it selects: a selection is a
    // change of the store too, which would call it again, and again (a stack overflow).
    const unsubscribe = store.subscribe(() => {
      const row = rowOf();
      if (row === null) return;
      stop();
      if (row >= 0) store.getState().selectRow(row);
    });
    const timer = setTimeout(unsubscribe, 15_000);
    const stop = () => {
      clearTimeout(timer);
      unsubscribe();
    };
  };

  return (
    <section className="quotes" aria-labelledby="quotes-title">
      <div className="panel-head">
        <h2 id="quotes-title" className="panel-title">
          {t('quotes.title')} {/* No count before the first trace has answered: "0" read as "none found". */}
          {quotes ? <span className="count">{visible.length}</span> : null}
        </h2>
        <button
          type="button"
          className="tool"
          disabled={status === 'running'}
          onClick={() => void store.getState().traceQuotes()}
        >
          {status === 'running' ? t('quotes.running') : quotes ? t('quotes.retrace') : t('quotes.trace')}
        </button>
      </div>
      <fieldset className="filters">
        <legend className="sr-only">{t('quotes.filter')}</legend>
        <div className="legend-chips">
          {VERDICTS.filter((v) => counts.has(v)).map((v) => (
            <label key={v} className={`chip verdict-${v}${hidden.has(v) ? ' off' : ''}`}>
              <input
                type="checkbox"
                checked={!hidden.has(v)}
                onChange={() => {
                  const next = new Set(hidden);
                  if (next.has(v)) next.delete(v);
                  else next.add(v);
                  setHidden(next);
                }}
              />
              <span className="swatch" aria-hidden="true" />
              {t(`verdict.${v}`)} <span className="count">{counts.get(v)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {status === 'error' ? (
        <p className="muted">{t('quotes.failed')}</p>
      ) : status === 'large' ? (
        <p className="muted">{t('quotes.large')}</p>
      ) : status === 'running' ? (
        quotes ? null : (
          <p className="running-note" role="status">
            {t('quotes.tracing')}
          </p>
        )
      ) : !quotes ? (
        <p className="muted">{t('quotes.none')}</p>
      ) : renderings.length === 0 ? (
        // Traced, and nothing found: not the same as "not traced yet".
        <p className="muted">{t('quotes.noneFound')}</p>
      ) : null}
      <ol className="quote-list">
        {visible.slice(0, shown).map((q) => {
          const targetSpans = divergenceMarks(q.divergences, 'target', t);
          const sourceSpans = divergenceMarks(q.divergences, 'source', t);
          const quoteDoc = asTraced(q.docId);
          const sourceDoc = q.source ? asTraced(q.source.docId) : undefined;
          const sourceLang = q.source ? docs[q.source.docId]?.lang : undefined;
          const group = q.group ? groups.get(q.group) : undefined;
          return (
            <li key={q.id} className="quote-item">
              <button type="button" className="quote-main" onClick={() => show(q)}>
                <span className="finding-meta">
                  <span className={`verdict verdict-${q.verdict}`}>
                    {q.verdict ? t(`verdict.${q.verdict}`) : ''}
                  </span>{' '}
                  · {name(q.docId)}, {t('quotes.line', { line: q.line })}
                  {q.speaker ? ` · ${q.speaker.name}` : ''}
                </span>
                <q className="quote-text" lang={q.lang}>
                  {quoteDoc ? (
                    <Marked
                      text={quoteDoc.text.slice(q.inner[0], q.inner[1])}
                      offset={q.inner[0]}
                      spans={targetSpans}
                    />
                  ) : (
                    q.text
                  )}
                </q>
                {q.source ? (
                  <span className="quote-source">
                    <span className="finding-meta">
                      {t('quotes.source', {
                        doc: name(q.source.docId),
                        line: q.source.line,
                        score: probabilityPercent(q.source.score),
                      })}
                    </span>
                    {/* The source's own language (not always English), for screen readers and hyphenation. */}
                    <span lang={sourceLang && sourceLang !== 'und' ? sourceLang : undefined}>
                      {sourceDoc ? (
                        <Marked
                          text={sourceDoc.text.slice(q.source.span[0], q.source.span[1])}
                          offset={q.source.span[0]}
                          spans={sourceSpans}
                        />
                      ) : (
                        q.source.text
                      )}
                    </span>
                    {/* The same passage in the case's other originals (the CLI's `also`): it was not said. */}
                    {q.otherSources.length > 0 ? (
                      <span className="finding-meta quote-also">
                        {t('quotes.also', {
                          places: q.otherSources
                            .map((o) =>
                              t('quotes.alsoPlace', {
                                doc: name(o.docId),
                                line: o.line,
                                score: probabilityPercent(o.score),
                              }),
                            )
                            .join(' · '),
                        })}
                      </span>
                    ) : null}
                  </span>
                ) : null}
                {q.flags.length > 0 ? (
                  <span className="flags">{q.flags.map((f) => t(`quotes.flag.${f}`)).join(' · ')}</span>
                ) : null}
              </button>
              {group ? (
                <SameSource
                  group={group}
                  current={q.id}
                  quotation={(id) => byId.get(id)}
                  name={name}
                  show={show}
                />
              ) : null}
            </li>
          );
        })}
        {visible.length > shown ? (
          <li className="more">
            <button type="button" className="tool" onClick={() => setShown((n) => n + QUOTE_PAGE)}>
              {t('quotes.more', {
                count: visible.length - shown,
                page: Math.min(QUOTE_PAGE, visible.length - shown),
              })}
            </button>
          </li>
        ) : null}
      </ol>
      {originalGroups.length > 0 ? (
        <section className="original-groups" aria-labelledby="original-groups-title">
          <h3 id="original-groups-title" className="panel-title">
            {t('quotes.originals.title')} <span className="count">{originalGroups.length}</span>
          </h3>
          <p className="hint">{t('quotes.originals.hint')}</p>
          <ol className="quote-list">
            {originalGroups.map((g) => (
              <li key={g.id} className="quote-item original-group">
                <GroupMembers group={g} quotation={(id) => byId.get(id)} name={name} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}
