import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from '../i18n/en.ts';
import { es } from '../i18n/es.ts';

/** Spanish first (the programs run in Latin America), English on request (LocalesMenuButton). */
export const locales = [
  { locale: 'es', name: 'Español' },
  { locale: 'en', name: 'English' },
];

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : es), 'es', locales);
