/**
 * A split point between two sentences inside one paragraph, at paragraph level. A row of the
 * paragraph alignment holds whole paragraphs (a bead lists paragraph indices), so half a
 * paragraph cannot be a row there: pressing it shows the pair sentence by sentence and cuts the
 * row that holds this sentence boundary there, as a split point at sentence level does. It
 * is shown in the selected row only, as a thin mark in the text's gap between the two
 * sentences (no text of its own: a copied selection reads as before), and is in that row's
 * Tab order, after the row, in reading order with the row's other split points.
 */
import { CutButton } from './cut-button.tsx';
import { useRowEnv } from './row-env.ts';
import './pair.css';

/**
 * The cut before sentence `sentence` (an index into the side's `TextDocument.sentences`), which
 * is sentence `n + 1` of paragraph `paragraph` (both 1-based in the label) in row `row`.
 */
export function SentenceCut({
  row,
  side,
  sentence,
  paragraph,
  n,
}: {
  row: number;
  side: 'src' | 'tgt';
  sentence: number;
  paragraph: number;
  n: number;
}) {
  const env = useRowEnv();
  const { t } = env;
  const label = t(side === 'src' ? 'table.cutSrcInParagraph' : 'table.cutTgtInParagraph', {
    row: row + 1,
    p: paragraph,
    n,
  });
  return (
    <span className="sentence-cut">
      <CutButton
        shape="in-text"
        label={label}
        action="cut-in-paragraph"
        pillLabel={t('table.splitHereSentences')}
        onCut={() => env.cutInParagraph(side, sentence)}
      />
    </span>
  );
}
