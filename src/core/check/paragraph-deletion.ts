/**
 * The edit that deletes a whole paragraph with the line breaks that separate it from the next
 * one (or, for the last paragraph, from the previous one), so that deleting a paragraph leaves
 * the blank-line layout of the rest as it was: `A\n\nX\n\nB` → `A\n\nB`, `A\n\nX\n` → `A\n`.
 */
import type { TextDocument, TextEdit } from '../model/document.ts';

/** Delete paragraph `index` of `doc` and the separator after it (before it, when last). */
export function paragraphDeletion(doc: TextDocument, index: number): TextEdit {
  const p = doc.paragraphs[index]!;
  const next = doc.paragraphs[index + 1];
  if (next) return { start: p.start, end: next.start, text: '' };
  const prev = doc.paragraphs[index - 1];
  if (prev) return { start: prev.end, end: p.end, text: '' };
  return { start: p.start, end: p.end, text: '' };
}
