/**
 * Building an Intl.NumberFormat costs far more than formatting with one (the framework page formats
 * hundreds of figures): one per currency's decimals and one per locale and options, kept for the page's life.
 */
const DIGITS = new Map<string, number>();
const FORMATS = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: 'always', ...options } as Intl.NumberFormatOptions);
    FORMATS.set(key, format);
  }
  return format;
}

/**
 * Money travels as integer minor units (cents) with an ISO 4217 currency; people read and type
 * major units. The currency's own number of decimals comes from Intl (USD 2, JPY 0, KWD 3).
 */
export function minorDigits(currency: string | null | undefined): number {
  if (!currency) return 2;
  let digits = DIGITS.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    DIGITS.set(currency, digits);
  }
  return digits;
}

export function toMajor(minor: number, currency?: string | null): number {
  return minor / 10 ** minorDigits(currency);
}

export function toMinor(major: number, currency?: string | null): number {
  return Math.round(major * 10 ** minorDigits(currency));
}

/**
 * A number as people of `locale` read it, with thousands always grouped: Spanish leaves 4-digit
 * numbers ungrouped by default (1234,56 next to 12.345,67 in one column), so every figure of the
 * console groups, negative ones too (-1.234,56).
 */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}

/** An amount in minor units with its currency: US$ 1.234,56 / -1.234,56 US$ in Spanish, -$1,234.56 in English. */
export function formatMoney(minor: number, currency: string | null | undefined, locale: string): string {
  const digits = minorDigits(currency);
  const major = toMajor(minor, currency);
  try {
    return currency
      ? formatNumber(major, locale, { style: 'currency', currency, minimumFractionDigits: digits })
      : formatNumber(major, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  } catch {
    return `${major.toFixed(digits)} ${currency ?? ''}`.trim();
  }
}
