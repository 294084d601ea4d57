/**
 * An import error in the interface's language: core's `ExchangeError` (or the engine's copy of
 * it) carries a message code, its parameters and the place of the fault, never words of its
 * own choosing for the interface; here they become `exchangeError.<reason>`.
 */
import type { TFunction } from 'i18next';
import type { ExchangeErrorDetail } from '../../../core/index.ts';

/** The translated message of an import error's `detail`, with its line and column when it has them. */
export function exchangeErrorMessage(t: TFunction, detail: ExchangeErrorDetail): string {
  const { caseFile } = detail;
  let params = detail.params;
  if (caseFile) {
    const problem = t(`caseFileError.${caseFile.reason}`, caseFile.params);
    params = {
      ...params,
      problem: caseFile.path ? t('import.caseFieldAt', { path: caseFile.path, message: problem }) : problem,
    };
  }
  const message = t(`exchangeError.${detail.reason}`, params);
  if (detail.line === undefined) return message;
  return t('import.errorAt', { line: detail.line, column: detail.column ?? 1, message });
}

/** The detail of an import error, if it has one (an `ExchangeError` or the engine's `EngineCallError`). */
export function exchangeErrorDetail(error: unknown): ExchangeErrorDetail | undefined {
  const detail = (error as { detail?: unknown } | null)?.detail;
  return detail && typeof detail === 'object' && 'reason' in detail
    ? (detail as ExchangeErrorDetail)
    : undefined;
}
