/**
 * Tells other tabs of the same origin that a case was saved, so a tab showing that case can
 * warn before it would overwrite newer work (BroadcastChannel; a no-op where it is missing).
 */

/** A save announced by one tab. */
export interface SavedMessage {
  readonly caseId: string;
  readonly revision: number;
  readonly tabId: string;
}

/** Announce and listen. */
export interface TabSync {
  readonly tabId: string;
  announce(caseId: string, revision: number): void;
  listen(onSaved: (message: SavedMessage) => void): () => void;
}

/** A BroadcastChannel-backed sync; silent when the platform has none. */
export function createTabSync(channelName = 'vis-a-vis-cases'): TabSync {
  const tabId = Math.random().toString(36).slice(2);
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
  return {
    tabId,
    announce(caseId, revision) {
      channel?.postMessage({ caseId, revision, tabId } satisfies SavedMessage);
    },
    listen(onSaved) {
      if (!channel) return () => {};
      const handler = (event: MessageEvent<SavedMessage>) => {
        if (event.data.tabId !== tabId) onSaved(event.data);
      };
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}
