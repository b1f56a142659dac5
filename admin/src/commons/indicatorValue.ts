import type { IndicatorUnit } from '@ruta/schema/generated/types';
import { formatMoney } from './money.ts';

/** An indicator value as people read it in their language: 100 %, 1.234, Sí/No, US$ 47.957,00. */
export function formatIndicatorValue(
  unit: IndicatorUnit,
  value: number | null | undefined,
  currency: string,
  locale: string,
  yesNo: [string, string],
): string {
  if (value == null) return '—';
  switch (unit) {
    case 'PERCENT':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'YES_NO':
      return value ? yesNo[0] : yesNo[1];
    case 'CURRENCY':
      return formatMoney(value, currency, locale);
    default:
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
}

/** Share of the plan reached, e.g. 385 % when 154 victims were reintegrated against a goal of 40. */
export function formatPercent(value: number | null | undefined, locale: string): string {
  return value == null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}
