import type { IndicatorUnit } from '@ruta/schema/generated/types';
import { formatMoney, formatNumber } from './money.ts';

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
      return formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: 1 });
    case 'YES_NO':
      return value ? yesNo[0] : yesNo[1];
    case 'CURRENCY':
      return formatMoney(value, currency, locale);
    default:
      return formatNumber(value, locale, { maximumFractionDigits: 2 });
  }
}

/** Share of the plan reached, e.g. 385 % when 154 victims were reintegrated against a goal of 40. */
export function formatPercent(value: number | null | undefined, locale: string): string {
  return value == null ? '—' : formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: 0 });
}
