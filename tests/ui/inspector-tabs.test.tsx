// @vitest-environment jsdom
/**
 * The inspector's tabs by keyboard (the ARIA tabs pattern): → and ← go through all three tabs,
 * wrapping round, Home and End to the ends; the tab reached is selected and focused, the only
 * one in the Tab order, and its panel is labelled by it.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type InspectorTab, InspectorTabs } from '../../src/ui/app/inspector-tabs.tsx';
import { initI18n } from '../../src/ui/i18n/i18n.ts';

beforeAll(async () => {
  await initI18n('en');
});

afterEach(cleanup);

function Harness() {
  const [tab, setTab] = useState<InspectorTab>('findings');
  return (
    <InspectorTabs
      tab={tab}
      onTab={setTab}
      panels={{
        findings: <Counter name="findings" />,
        quotes: <Counter name="quotes" />,
        changes: <p>changes</p>,
      }}
    />
  );
}

/** A panel with state of its own (like a panel's filters). */
function Counter({ name }: { name: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {name} {count}
    </button>
  );
}

const selected = () => screen.getAllByRole('tab').find((b) => b.getAttribute('aria-selected') === 'true');

describe('InspectorTabs', () => {
  it('moves through every tab with the arrow keys, wrapping round, focus following', () => {
    render(<Harness />);
    const seen: string[] = [];
    for (let k = 0; k < 4; k++) {
      fireEvent.keyDown(document.activeElement === document.body ? selected()! : document.activeElement!, {
        key: 'ArrowRight',
      });
      seen.push(selected()!.textContent ?? '');
      expect(document.activeElement).toBe(selected());
    }
    expect(seen).toEqual(['Quotes', 'Changes', 'Findings', 'Quotes']);
    fireEvent.keyDown(selected()!, { key: 'ArrowLeft' });
    fireEvent.keyDown(selected()!, { key: 'ArrowLeft' });
    expect(selected()!.textContent).toBe('Changes');
    fireEvent.keyDown(selected()!, { key: 'Home' });
    expect(selected()!.textContent).toBe('Findings');
    fireEvent.keyDown(selected()!, { key: 'End' });
    expect(selected()!.textContent).toBe('Changes');
    expect(screen.getAllByRole('tab').filter((b) => b.tabIndex === 0)).toEqual([selected()]);
    expect(screen.getByRole('tabpanel', { name: 'Changes' }).textContent).toBe('changes');
    // The others are hidden, not in the accessibility tree.
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
  });

  it('keeps each panel as it was left while another tab is shown', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'findings 0' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Quotes' }));
    expect(screen.getByRole('tabpanel', { name: 'Quotes' }).textContent).toBe('quotes 0');
    fireEvent.click(screen.getByRole('tab', { name: 'Findings' }));
    expect(screen.getByRole('tabpanel', { name: 'Findings' }).textContent).toBe('findings 1');
  });
});
