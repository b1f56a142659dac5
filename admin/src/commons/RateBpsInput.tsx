import { formatNumber } from './money.ts';
import { NumberInput, type NumberInputProps } from 'react-admin';

/** People type a percentage (10 or 10.5); the form, the zod schema and the API keep basis points (1000, 1050). */
const format = (v: unknown) => (typeof v === 'number' ? String(v / 100) : '');
const parse = (v: unknown) => {
  if (v === '' || v == null) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? Math.round(n * 100) : null;
};

export const RateBpsInput = (props: Omit<NumberInputProps, 'format' | 'parse'>) => (
  <NumberInput {...props} format={format} parse={parse} step={0.01} />
);

export const formatRateBps = (bps: number, locale: string) =>
  formatNumber(bps / 10_000, locale, { style: 'percent', maximumFractionDigits: 2 });
