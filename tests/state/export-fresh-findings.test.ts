/**
 * An export made right after an edit, while the edited text is still being checked: it waits
 * for the findings of the text it writes. It used the findings of the text before the edit,
 * whose spans index that text: the report marked the wrong words and the clean text took its
 * fixes at the wrong places.
 */
// First: Dexie (imported through the store's slices) looks for indexedDB when it loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openPair } from '../../src/state/case-record.ts';
import { createCaseStorage } from '../../src/state/case-storage.ts';
import { createAppStore } from '../../src/state/create-app-store.ts';
import type { EngineApi } from '../../src/worker/engine-client.ts';
import { inProcessEngine, until } from './lib/in-process-store.ts';

const english = 'He said: "no".\nThe council met on Monday.';
const french = 'Il a dit: «non».\nLe conseil s’est réuni lundi.';

/** The real engine, whose checks can be held back (a worker busy with other work). */
function heldChecks() {
  let release: (() => void) | null = null;
  let gate: Promise<void> = Promise.resolve();
  const engine: EngineApi = {
    async call(op, request, options) {
      if (op === 'check') await gate;
      return inProcessEngine.call(op, request, options);
    },
    dispose() {},
  };
  return {
    engine,
    hold() {
      gate = new Promise((r) => {
        release = r;
      });
    },
    release() {
      release?.();
    },
  };
}

/** A store on the held-checks engine with the French and English texts, checked and aligned. */
async function checkedPair(checks: ReturnType<typeof heldChecks>, name: string) {
  const store = createAppStore({
    engine: checks.engine,
    storage: createCaseStorage(`${name}-${process.pid}`),
    tabSync: { tabId: 'only', announce() {}, listen: () => () => {} },
    saveDelayMs: 5,
  });
  store.setState({ capabilities: { segment: true, align: true, check: true, html: true, language: true } });
  await store.getState().init();
  await store.getState().createCase(name);
  await store.getState().addDocuments([
    { name: 'en.txt', text: english, lang: 'en', origin: { kind: 'paste' } },
    { name: 'fr.txt', text: french, lang: 'fr', origin: { kind: 'paste' } },
  ]);
  const frId = store.getState().caseRecord?.documents.find((d) => d.lang === 'fr')?.id ?? '';
  const fixable = () => (store.getState().findings[frId] ?? []).filter((f) => f.fix !== undefined);
  await until(() => openPair(store.getState().caseRecord) !== undefined && fixable().length > 0, 60_000);
  return { store, frId, fixable };
}

describe('a fix asked for right after an edit', () => {
  it('is applied where the finding is once the edited text is checked, not at its old offsets', async () => {
    const checks = heldChecks();
    const { store, frId, fixable } = await checkedPair(checks, 'Stale fix');
    const stale = fixable();
    checks.hold();
    store.getState().editText(frId, 0, 0, 'Hier, ');
    await until(() => store.getState().docs[frId]?.text.startsWith('Hier, ') === true);
    store.getState().applyFixes(stale, 'fix-all');
    // Nothing applied at the old offsets meanwhile.
    const edits = () => store.getState().caseRecord?.documents.find((d) => d.id === frId)?.edits ?? [];
    expect(edits().map((e) => e.origin)).toEqual(['manual']);
    checks.release();
    await until(() => edits().length > 1);
    expect(
      new Set(
        edits()
          .slice(1)
          .map((e) => e.origin),
      ),
    ).toEqual(new Set(['fix']));
    await until(() => store.getState().docs[frId]?.text !== `Hier, ${french}`);
    expect(store.getState().docs[frId]?.text).toMatch(
      /^Hier, Il a dit\u00a0: «[\u00a0\u202f]non[\u00a0\u202f]»\./,
    );
  }, 90_000);
});

describe('an export right after an edit', () => {
  it('waits for the edited text’s findings: fixes and marks where they belong', async () => {
    const checks = heldChecks();
    const store = createAppStore({
      engine: checks.engine,
      storage: createCaseStorage(`export-fresh-${process.pid}`),
      tabSync: { tabId: 'only', announce() {}, listen: () => () => {} },
      saveDelayMs: 5,
    });
    store.setState({ capabilities: { segment: true, align: true, check: true, html: true, language: true } });
    await store.getState().init();
    await store.getState().createCase('Fresh');
    await store.getState().addDocuments([
      { name: 'en.txt', text: english, lang: 'en', origin: { kind: 'paste' } },
      { name: 'fr.txt', text: french, lang: 'fr', origin: { kind: 'paste' } },
    ]);
    const frId = store.getState().caseRecord?.documents.find((d) => d.lang === 'fr')?.id ?? '';
    const fixable = () => (store.getState().findings[frId] ?? []).filter((f) => f.fix !== undefined);
    await until(() => openPair(store.getState().caseRecord) !== undefined && fixable().length > 0, 60_000);

    // The worker is busy: the edit is segmented, its checks wait.
    checks.hold();
    store.getState().editText(frId, 0, 0, 'Hier, ');
    await until(() => store.getState().docs[frId]?.text.startsWith('Hier, ') === true);
    const early = store.getState().exportPair('txt', {});
    setTimeout(() => checks.release(), 200);
    const clean = (await early)?.text ?? '';

    // What the same export gives once everything is checked.
    await until(() => !store.getState().job);
    const settled = (await store.getState().exportPair('txt', {}))?.text ?? '';
    expect(settled).toMatch(/^Hier, Il a dit\u00a0: «[\u00a0\u202f]non[\u00a0\u202f]»\./);
    expect(clean).toBe(settled);
  }, 90_000);
});
