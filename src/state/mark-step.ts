/**
 * A named step of the store on the page's performance timeline (`vis-a-vis:<name>`), for
 * DevTools and the start-up benchmark (tests/bench/first-start.bench.ts). A no-op where the
 * timeline is missing.
 */
export function markStep(name: string): void {
  globalThis.performance?.mark?.(`vis-a-vis:${name}`);
}
