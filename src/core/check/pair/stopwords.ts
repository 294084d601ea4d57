/**
 * Function words of English and French: left out of lexical coverage (they carry little of a
 * sentence's content and every sentence has them), and used to recognise a language.
 */
import type { Lang } from '../../model/document.ts';

const EN =
  'a about above after again against all also am an and any are as at be because been before being below ' +
  'between both but by can could did do does doing down during each few for from further had has have having ' +
  'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
  'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
  'that the their theirs them themselves then there these they this those through to too under until up very ' +
  'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
  'said says say also s t don doesn didn isn wasn aren weren won would shall may might must';
const FR =
  'a à au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs lui ma ' +
  'mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ' +
  'ton tu un une vos votre vous c d j l m n s t y été être est sont ont a avait étaient était fait comme ' +
  'sera seront serait seraient aura auront aurait auraient certains certaines ' +
  'plus aussi ainsi donc alors si tout tous toute toutes cela ça dont selon entre sans sous chez lors déjà ' +
  'encore très bien peu dit a-t-il selon ceux celle celui après avant depuis pendant contre vers';

const LISTS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(EN.split(' ')),
  fr: new Set(FR.split(' ')),
};

/** The function words of `lang` (an empty set for languages without a list). */
export function stopwords(lang: Lang): ReadonlySet<string> {
  return LISTS[lang] ?? new Set();
}
