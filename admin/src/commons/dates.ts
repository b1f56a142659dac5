/**
 * One date format per language, in inputs and on screen: Spanish dd/mm/aaaa (31/12/2009), English
 * yyyy-mm-dd (2009-12-31), whatever the browser's own locale. The API always gets ISO `YYYY-MM-DD`.
 * Calendar dates are strings, never Date objects, so no time zone can move them by a day.
 */
type Order = 'dmy' | 'ymd';

const orderOf = (locale: string): Order => (locale.toLowerCase().startsWith('en') ? 'ymd' : 'dmy');
const two = (n: number | string) => String(n).padStart(2, '0');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** `2009-12-31` (or the date part of a timestamp) as people of `locale` read it; other text as it is. */
export function formatDate(iso: string, locale: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  return orderOf(locale) === 'dmy' ? `${d}/${mo}/${y}` : `${y}-${mo}-${d}`;
}

/** A moment (an ISO timestamp) in the user's time zone: 31/12/2009 14:05 or 2009-12-31 14:05. */
export function formatDateTime(value: string | Date, locale: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${formatDate(day, locale)} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

function isoIfReal(y: string, m: string, d: string): string | undefined {
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${y}-${two(month)}-${two(day)}`;
}

/**
 * What a person typed, as an ISO date: `''` for nothing, undefined for text that is not a date of the
 * calendar. Spanish takes d/m/yyyy (also with `-` or `.`, or 8 digits ddmmyyyy); English yyyy-mm-dd
 * (or yyyymmdd); both take an ISO date, so a date pasted from a spreadsheet or the API works anywhere.
 */
export function parseDate(text: string, locale: string): string | undefined {
  const t = text.trim();
  if (!t) return '';
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (iso) return isoIfReal(iso[1]!, iso[2]!, iso[3]!);
  if (orderOf(locale) === 'ymd') {
    const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
    return compact ? isoIfReal(compact[1]!, compact[2]!, compact[3]!) : undefined;
  }
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  return dmy ? isoIfReal(dmy[3]!, dmy[2]!, dmy[1]!) : undefined;
}

const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** A month `2009-07` as people of `locale` read it: 07/2009 in Spanish, 2009-07 in English. */
export function formatMonth(month: string, locale: string): string {
  const m = ISO_MONTH.exec(month);
  if (!m) return month;
  return orderOf(locale) === 'dmy' ? `${m[2]}/${m[1]}` : month;
}

/**
 * A typed month as `YYYY-MM`: `''` for nothing, undefined for text that is not a month. Spanish takes
 * m/yyyy (or 6 digits mmyyyy), English yyyy-mm (or yyyymm); both take `YYYY-MM`.
 */
export function parseMonth(text: string, locale: string): string | undefined {
  const t = text.trim();
  if (!t) return '';
  const valid = (y: string, m: string) => (Number(m) >= 1 && Number(m) <= 12 ? `${y}-${m.padStart(2, '0')}` : undefined);
  const iso = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
  if (iso) return valid(iso[1]!, iso[2]!);
  if (orderOf(locale) === 'ymd') {
    const compact = /^(\d{4})(\d{2})$/.exec(t);
    return compact ? valid(compact[1]!, compact[2]!) : undefined;
  }
  const my = /^(\d{1,2})[-/.](\d{4})$/.exec(t) ?? /^(\d{2})(\d{4})$/.exec(t);
  return my ? valid(my[2]!, my[1]!) : undefined;
}
