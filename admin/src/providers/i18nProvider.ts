import polyglotI18nProvider from 'ra-i18n-polyglot';
import { localStorageStore } from 'react-admin';
import { en } from '../i18n/en.ts';
import { es } from '../i18n/es.ts';

/** Spanish first (the programs run in Latin America), English on request (LocalesMenuButton). */
export const locales = [
  { locale: 'es', name: 'Español' },
  { locale: 'en', name: 'English' },
];

/** react-admin's store (localStorage, as by default): it keeps the chosen language, colour mode, list settings. */
export const store = localStorageStore();

/**
 * The console starts in the stored language, and the store holds the language the console starts in.
 * react-admin renders nothing below its i18n provider until the two agree: when they did not (no
 * language stored yet, or English stored), its effect agreed them after the first commit, and the
 * whole console was then drawn in one unsliced render — ~380 ms of a page's start on a desktop
 * (issue 14, TBT) — instead of in the first render, which main.tsx makes a sliced transition.
 */
const startLocale = store.getItem('locale') === 'en' ? 'en' : 'es';
store.setItem('locale', startLocale);
announceLanguage(startLocale);

const polyglot = polyglotI18nProvider((locale) => (locale === 'en' ? en : es), startLocale, locales);

/** `<html lang>` follows the chosen language, so a screen reader reads English with an English voice. */
function announceLanguage(locale: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export const i18nProvider = {
  ...polyglot,
  changeLocale: async (locale: string, options?: unknown) => {
    await polyglot.changeLocale(locale, options);
    announceLanguage(locale);
  },
};
