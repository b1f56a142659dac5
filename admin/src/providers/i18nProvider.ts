import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from '../i18n/en.ts';
import { es } from '../i18n/es.ts';

/** Spanish first (the programs run in Latin America), English on request (LocalesMenuButton). */
export const locales = [
  { locale: 'es', name: 'Español' },
  { locale: 'en', name: 'English' },
];

const polyglot = polyglotI18nProvider((locale) => (locale === 'en' ? en : es), 'es', locales);

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
