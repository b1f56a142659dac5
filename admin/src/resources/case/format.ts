import { useLocaleState, useTranslate } from 'react-admin';
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

/** Today in the browser's time zone (ISO date): the forms' date rules refuse dates after it. */
export const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The reason of a refused call (CONFLICT's `reason`), as the data provider's HttpError carries it. */
export const reasonOf = (e: unknown) => (e as { body?: { reason?: string } } | null)?.body?.reason;

interface DuplicateShown {
  code: string;
  ownerOrganizationName?: string | null;
  matches: readonly string[];
}

/** A case with the same identity, in a warning's words (`key`: its text with code, owner and what matched). */
export function useDuplicateText() {
  const translate = useTranslate();
  const owner = (d: DuplicateShown) => d.ownerOrganizationName ?? translate(ck('duplicate.unknown_owner'));
  return {
    owner,
    text: (key: string, d: DuplicateShown) =>
      translate(ck(key), { code: d.code, owner: owner(d), match: d.matches.map((m) => translate(ck(`duplicate.${m}`))).join(', ') }),
  };
}
