import Papa from 'papaparse';
import { toMajor } from '../money.ts';
import { countryName } from '../countries.ts';

/**
 * Every CSV the console writes (list exports, the results report) is built here, so a file opens
 * right in the spreadsheet of the user's language: headers and enum values as the screens label
 * them, numbers as numbers (money in the currency's major unit, rates as percentages), ISO dates,
 * names instead of ids and codes. Spanish-locale Excel splits on `;` and reads `,` as the decimal
 * mark; English-locale Excel splits on `,` and reads `.`. A UTF-8 BOM makes Excel read the file as
 * UTF-8 (without it every accent is garbled). The import (csvImport/parseCsv.ts) reads all of this.
 */

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ExportContext {
  translate: Translate;
  /** react-admin's locale (`es`, `en`). */
  locale: string;
}

/** A cell: text as it is, a number written the locale's way, empty for null or undefined. */
export type ExportValue = string | number | null | undefined;

/** One column of an export: its header (a translation key, usually the field's label) and its value. */
export interface ExportColumn<R> {
  header: string | ((context: ExportContext) => string);
  value: (record: R, context: ExportContext) => ExportValue;
}

export interface CsvConvention {
  separator: ';' | ',';
  decimal: ',' | '.';
}

/** English writes `,` and `.`; the other languages of the console (Spanish) `;` and `,`, as their Excel does. */
export function csvConvention(locale: string): CsvConvention {
  return locale.startsWith('en') ? { separator: ',', decimal: '.' } : { separator: ';', decimal: ',' };
}

const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 6 });

/** `-72727.2` → `-72727,2` in Spanish: no thousands separators, which spreadsheets would read as text. */
export function csvNumber(value: number, convention: CsvConvention): string {
  const text = plain.format(value);
  return convention.decimal === '.' ? text : text.replace('.', convention.decimal);
}

/**
 * Text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`) is written with a
 * leading apostrophe, so it stays text. Phone-like values (`+593 2 123 4567`) are left as they are.
 */
function safeText(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text) || /^[+-]?[\d\s().\-/]+$/.test(text)) return text;
  return `'${text}`;
}

function cell(value: ExportValue, convention: CsvConvention): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? csvNumber(value, convention) : '';
  return safeText(value);
}

/** The whole file: BOM, a header row, one row per record, CRLF line ends (RFC 4180, and Excel's). */
export function buildCsv<R>(records: readonly R[], columns: readonly ExportColumn<R>[], context: ExportContext): string {
  const convention = csvConvention(context.locale);
  const header = columns.map((c) => (typeof c.header === 'function' ? c.header(context) : context.translate(c.header)));
  const rows = records.map((r) => columns.map((c) => cell(c.value(r, context), convention)));
  const text = Papa.unparse([header, ...rows], { delimiter: convention.separator, newline: '\r\n', quotes: false });
  return `\ufeff${text}\r\n`;
}

// Values as the screens show them, for columns.

/** A translated enum value: `MOU` → `Memorando de entendimiento`, as the lists' SelectFields show it. */
export function enumLabel(type: string, value: string | null | undefined, translate: Translate): string {
  return value ? translate(`ruta.enums.${type}.${value}`) : '';
}

/** `EC` → `Ecuador` (`Ecuador` in English too; `US` → `Estados Unidos` / `United States`); an unknown code as it is. */
export function countryCell(code: string | null | undefined, locale: string): string {
  return countryName(code, locale) ?? code ?? '';
}

/** A date or timestamp as an ISO date (YYYY-MM-DD), which spreadsheets read as a date in any language. */
export function isoDate(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '';
}

/** Minor units (cents) → the currency's major unit, as a number. */
export function majorAmount(minor: number | null | undefined, currency: string | null | undefined): number | null {
  return minor == null ? null : toMajor(minor, currency);
}

/** Basis points → percent: 1000 → 10. */
export function percentOfBps(bps: number | null | undefined): number | null {
  return bps == null ? null : bps / 100;
}

/** Related records by name, one cell: `Fundación Nuestros Jóvenes; OIM`. */
export function namesOf(items: readonly ({ name?: string | null } | null)[] | null | undefined): string {
  return (items ?? [])
    .map((i) => i?.name)
    .filter((n): n is string => !!n)
    .join('; ');
}
