/**
 * The interface language: English or French (i18next + react-i18next), chosen from the
 * remembered setting, else the browser's language; switchable at any time.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { fr } from './fr.ts';

const STORAGE_KEY = 'vis-a-vis.locale';
/** The interface languages. */
export const LOCALES = ['en', 'fr'] as const;

function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language to start in. */
export function initialLocale(): string {
  const saved = remembered();
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved;
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Initialise i18next (once). */
export async function initI18n(locale = initialLocale()): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      resources: { en: { translation: en }, fr: { translation: fr } },
      lng: locale,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  document.documentElement.lang = i18next.language;
  return i18next;
}

/** Switch the interface language and remember it. */
export async function setLocale(locale: string): Promise<void> {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode without storage: the choice lasts for this session only.
  }
}
