import type { RefObject } from 'react';

/**
 * Focuses row `index` of the table in `scroller` on the next frame, once the virtualizer has
 * drawn it, unless the focus moved on before that frame. A key typed in between may have moved
 * it: "↓ Enter" typed within one frame opens the editor on the new row, and taking the focus
 * from the editor would close it.
 */
export function focusRowLater(scroller: RefObject<HTMLElement | null>, index: number): void {
  const from = document.activeElement;
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active !== from && active !== null && active !== document.body) return;
    scroller.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.focus();
  });
}
