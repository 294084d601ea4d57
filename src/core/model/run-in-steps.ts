/**
 * Work written once as a generator that yields between steps, run either at once (`runSteps`)
 * or a step at a time with a pause between steps (`runStepsPausing`), so that a worker can do
 * it while idle without holding up a call that arrives meanwhile for more than one step.
 */

/** Run every step now. */
export function runSteps(steps: Iterator<unknown>): void {
  while (!steps.next().done);
}

/** Run the steps, awaiting `pause()` after each one (a pause may return undefined: go on). */
export async function runStepsPausing(
  steps: Iterator<unknown>,
  pause: () => Promise<void> | undefined,
): Promise<void> {
  while (!steps.next().done) await pause();
}
