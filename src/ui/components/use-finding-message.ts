/**
 * Words a finding: core gives a rule code and parameters, the UI says it (i18next
 * `finding.<rule>`), falling back to the category's description for rules not worded yet.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/index.ts';

/** A function from finding to message, in the current language. */
export function useFindingMessage(): (finding: Finding) => string {
  const { t } = useTranslation();
  return useCallback(
    (finding: Finding) =>
      t(`finding.${finding.rule}`, {
        ...finding.params,
        // A numeric `words` parameter selects i18next's plural forms (`_one`, `_other`).
        ...(typeof finding.params['words'] === 'number' ? { count: finding.params['words'] } : {}),
        // A space next to a guillemet has its own wording (`_guillemet`, where there is one): French
        // quotes a mark in guillemets, and « « » read as a typo.
        ...(finding.params['mark'] === '«' || finding.params['mark'] === '»' ? { context: 'guillemet' } : {}),
        actual: finding.actual,
        expected: finding.expected ?? '',
        defaultValue: t(`categoryHelp.${finding.category}`),
      }),
    [t],
  );
}
