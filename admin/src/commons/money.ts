/**
 * Money travels as integer minor units (cents) with an ISO 4217 currency; people read and type
 * major units. The currency's own number of decimals comes from Intl (USD 2, JPY 0, KWD 3).
 */
export function minorDigits(currency: string | null | undefined): number {
  if (!currency) return 2;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
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
  return new Intl.NumberFormat(locale, { useGrouping: 'always', ...options } as Intl.NumberFormatOptions).format(value);
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
