/**
 * The four-sentence letter that the pair view's component tests align (the toolbar, the split
 * points), in English and French, and the shape of an alignment's rows to compare against.
 */
import { openPair } from '../../../src/state/case-record.ts';
import type { AppStore } from '../../../src/state/create-app-store.ts';

/** Four English sentences. */
export const LETTER_EN =
  'The employees wrote a letter to the chief executive. They asked the company to stop selling the system to the police. More than four hundred workers signed it within two days. The company has not answered them yet.';
/** Their four French sentences, one for one. */
export const LETTER_FR =
  'Les employés ont écrit une lettre au directeur général. Ils ont demandé à l’entreprise de cesser de vendre le système à la police. Plus de quatre cents salariés l’ont signée en deux jours. L’entreprise ne leur a pas encore répondu.';

/** The open pair's rows as [source indices, target indices]. */
export const beadShape = (store: AppStore) =>
  openPair(store.getState().caseRecord)!.beads.map((b) => [b.src, b.tgt] as const);
