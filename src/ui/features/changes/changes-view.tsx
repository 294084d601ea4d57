/**
 * The changes view: each corrected document against its original, as a word-level diff
 * (jsdiff's diffWordsWithSpace with an Intl word segmenter, so `l'homme` and `4,5` stay whole).
 * Only the lines that changed are diffed and shown, with their line numbers.
 */
import { diffWordsWithSpace } from 'diff';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDocument } from '../../../core/index.ts';
import { currentText } from '../../../state/case-record.ts';
import { elideMiddle } from '../../components/elide-middle.ts';
import { useAppStore } from '../../use-store.ts';

interface ChangedLine {
  readonly line: number;
  readonly parts: ReturnType<typeof diffWordsWithSpace>;
}

function changedLines(doc: CaseDocument): ChangedLine[] {
  const before = doc.originalText.split('\n');
  const after = currentText(doc).split('\n');
  const segmenter = new Intl.Segmenter(doc.lang === 'und' ? undefined : doc.lang, { granularity: 'word' });
  if (before.length !== after.length) {
    return [
      {
        line: 1,
        parts: diffWordsWithSpace(doc.originalText, currentText(doc), { intlSegmenter: segmenter }),
      },
    ];
  }
  const out: ChangedLine[] = [];
  before.forEach((line, i) => {
    const now = after[i] ?? '';
    if (line !== now)
      out.push({ line: i + 1, parts: diffWordsWithSpace(line, now, { intlSegmenter: segmenter }) });
  });
  return out;
}

/** Parts of a diff with a stable key: their kind and offset in the old and new text. */
function keyed(parts: ChangedLine['parts']) {
  let oldAt = 0;
  let newAt = 0;
  return parts.map((part) => {
    const key = `${part.added ? 'a' : part.removed ? 'r' : 's'}${oldAt}:${newAt}`;
    if (!part.added) oldAt += part.value.length;
    if (!part.removed) newAt += part.value.length;
    return { key, part };
  });
}

export function ChangesView() {
  const { t } = useTranslation();
  const documents = useAppStore((s) => s.caseRecord?.documents);
  const edited = useMemo(() => (documents ?? []).filter((d) => d.edits.length > 0), [documents]);
  const [chosen, setChosen] = useState<string | null>(null);
  const doc = edited.find((d) => d.id === chosen) ?? edited[0];
  const lines = useMemo(() => (doc ? changedLines(doc) : []), [doc]);

  if (!doc) return <p className="muted pad">{t('changes.none')}</p>;
  return (
    <section className="changes" aria-labelledby="changes-title">
      <div className="panel-head">
        <h2 id="changes-title" className="panel-title">
          {t('changes.title')}
        </h2>
        <label className="inline">
          <span className="sr-only">{t('changes.document')}</span>
          <select value={doc.id} onChange={(e) => setChosen(e.target.value)}>
            {edited.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name} ({t('changes.editCount', { count: d.edits.length })})
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol className="diff-lines">
        {lines.map((l) => (
          <li key={l.line}>
            <span className="line-no">{t('changes.line', { line: l.line })}</span>
            <p className="diff" lang={doc.lang}>
              {keyed(l.parts).map(({ key, part }) =>
                part.added ? (
                  <ins key={key}>{part.value}</ins>
                ) : part.removed ? (
                  <del key={key}>{part.value}</del>
                ) : (
                  // Long unchanged stretches keep their ends (the context of the changes
                  // around them), cut between whole words.
                  <span key={key}>{elideMiddle(part.value, 160)}</span>
                ),
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
