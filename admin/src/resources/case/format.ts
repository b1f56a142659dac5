import { useLocaleState } from 'react-admin';
import { formatDate, formatDateTime } from '../../commons/dates.ts';

export const EMPTY = '—';
/** The case screens' translation keys. */
export const ck = (key: string) => `ruta.case.${key}`;
export const enumKey = (type: string, value: string) => `ruta.case.enums.${type}.${value}`;

/** Dates of the case screens in the console's language; "—" when empty. */
export function useCaseDates() {
  const [locale = 'es'] = useLocaleState();
  return {
    date: (iso: string | null | undefined) => (iso ? formatDate(iso, locale) : EMPTY),
    dateTime: (iso: string | null | undefined) => (iso ? formatDateTime(iso, locale) : EMPTY),
  };
}
