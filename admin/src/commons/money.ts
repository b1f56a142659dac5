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

export function formatMoney(minor: number, currency: string | null | undefined, locale: string): string {
  const digits = minorDigits(currency);
  const major = toMajor(minor, currency);
  try {
    return currency
      ? new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits }).format(major)
      : new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(major);
  } catch {
    return `${major.toFixed(digits)} ${currency ?? ''}`.trim();
  }
}
