/**
 * The inspector's tabs (findings, quotes, changes) and their panel, as the ARIA tabs pattern
 * has them: one tab in the Tab order (the selected one); ← and → move to the previous and next
 * tab (wrapping round), Home and End to the first and last, selecting it and moving the focus.
 * Every panel stays mounted, the others hidden: a panel's filters and scroll position survive a
 * visit to another tab, and the findings' F8 works whichever tab is shown.
 */
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The inspector's tabs, in their order on screen. */
export const INSPECTOR_TABS = ['findings', 'quotes', 'changes'] as const;
export type InspectorTab = (typeof INSPECTOR_TABS)[number];

export function InspectorTabs({
  tab,
  onTab,
  panels,
}: {
  tab: InspectorTab;
  onTab: (tab: InspectorTab) => void;
  /** Each tab's panel. */
  panels: Readonly<Record<InspectorTab, ReactNode>>;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const go = (next: InspectorTab) => {
    onTab(next);
    list.current?.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  const onKeyDown = (key: string): boolean => {
    const at = INSPECTOR_TABS.indexOf(tab);
    const n = INSPECTOR_TABS.length;
    const next =
      key === 'ArrowRight'
        ? INSPECTOR_TABS[(at + 1) % n]
        : key === 'ArrowLeft'
          ? INSPECTOR_TABS[(at + n - 1) % n]
          : key === 'Home'
            ? INSPECTOR_TABS[0]
            : key === 'End'
              ? INSPECTOR_TABS[n - 1]
              : undefined;
    if (!next) return false;
    go(next);
    return true;
  };
  return (
    <>
      <div className="tabs" role="tablist" aria-label={t('shell.inspector')} ref={list}>
        {INSPECTOR_TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'tab on' : 'tab'}
            onClick={() => onTab(id)}
            onKeyDown={(e) => {
              if (onKeyDown(e.key)) e.preventDefault();
            }}
          >
            {t(`shell.tab.${id}`)}
          </button>
        ))}
      </div>
      {INSPECTOR_TABS.map((id) => (
        <div
          key={id}
          role="tabpanel"
          id={`tabpanel-${id}`}
          aria-labelledby={`tab-${id}`}
          className="tabpanel"
          hidden={tab !== id}
        >
          {panels[id]}
        </div>
      ))}
    </>
  );
}
