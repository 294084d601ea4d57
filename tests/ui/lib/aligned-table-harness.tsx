/**
 * The aligned table in jsdom, for component tests.
 */
import { render, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { AppStore } from '../../../src/state/create-app-store.ts';
import { AlignedTable } from '../../../src/ui/features/pair/aligned-table.tsx';
import { PairProvider } from '../../../src/ui/hooks/use-pair.ts';
import { StoreProvider } from '../../../src/ui/use-store.ts';

/**
 * jsdom lays nothing out: elements report a size of 0, so the table's virtualizer renders no
 * rows. Give every element a viewport-like size.
 */
export function giveElementsASize(width = 1000, height = 600): void {
  for (const [prop, value] of [
    ['clientHeight', height],
    ['clientWidth', width],
  ] as const)
    Object.defineProperty(Element.prototype, prop, { configurable: true, get: () => value });
}

/** Render the aligned table of `store`'s open pair, whatever it shows yet. */
export function renderTable(store: AppStore): void {
  render(
    <StoreProvider store={store}>
      <PairProvider>
        <AlignedTable />
      </PairProvider>
    </StoreProvider>,
  );
}

/** Render the aligned table of `store`'s open pair; resolves once its first row is on screen. */
export async function renderAlignedTable(store: AppStore): Promise<void> {
  renderTable(store);
  // The virtualizer measures the scroll element after the first render, then renders rows.
  await waitFor(() => expect(document.querySelector('[data-index="0"]')).not.toBeNull());
}
