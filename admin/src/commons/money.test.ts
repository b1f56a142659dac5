import { describe, expect, it } from 'vitest';
import { formatIndicatorValue } from './indicatorValue.ts';
import { formatMoney, formatNumber } from './money.ts';
import { formatRateBps } from './RateBpsInput.tsx';

/** Intl puts a narrow no-break space before some symbols; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

describe('money and numbers: grouped in every language, negative ones too (issue 9.7)', () => {
  it('groups thousands of negative amounts: -1.234,56 in Spanish, -1,234.56 in English', () => {
    expect(plain(formatMoney(-123_456, 'USD', 'es'))).toMatch(/^-1\.234,56 US\$$/);
    expect(plain(formatMoney(-123_456, 'USD', 'en'))).toBe('-$1,234.56');
    expect(plain(formatMoney(-123_456, null, 'es'))).toBe('-1.234,56');
  });

  it('groups 4-digit amounts in Spanish as it does longer ones (Intl would not by default)', () => {
    expect(plain(formatMoney(123_456, 'USD', 'es'))).toBe('1.234,56 US$');
    expect(plain(formatMoney(1_234_567_890, 'USD', 'es'))).toBe('12.345.678,90 US$');
    expect(formatNumber(1234, 'es')).toBe('1.234');
    expect(formatNumber(-1234.5, 'es', { maximumFractionDigits: 2 })).toBe('-1.234,5');
  });

  it('keeps the currency decimals: none for yen, three for dinars', () => {
    expect(plain(formatMoney(-1234, 'JPY', 'en'))).toBe('-¥1,234');
    expect(plain(formatMoney(1_234_567, 'KWD', 'en'))).toBe('KWD 1,234.567');
  });

  it('indicator values and the fee read the same way', () => {
    expect(formatIndicatorValue('COUNT', 1234, 'USD', 'es', ['Sí', 'No'])).toBe('1.234');
    expect(plain(formatIndicatorValue('PERCENT', 55.5, 'USD', 'es', ['Sí', 'No']))).toBe('55,5 %');
    expect(plain(formatRateBps(1050, 'es'))).toBe('10,5 %');
  });
});

describe('number formats are built once per locale and options (the framework page formats hundreds of figures)', () => {
  it('formats many amounts with a handful of Intl.NumberFormat constructions, and still per locale', () => {
    const Real = Intl.NumberFormat;
    let built = 0;
    const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      built++;
      return new Real(...args);
    } as unknown as typeof Intl.NumberFormat;
    Intl.NumberFormat = Counting;
    try {
      const es = Array.from({ length: 200 }, (_, i) => formatMoney(i * 1001, 'EUR', 'es'));
      const en = Array.from({ length: 200 }, (_, i) => formatMoney(i * 1001, 'EUR', 'en'));
      expect(plain(es[100]!)).toBe('1.001,00 €');
      expect(plain(en[100]!)).toBe('€1,001.00');
      expect(built).toBeLessThanOrEqual(3);
    } finally {
      Intl.NumberFormat = Real;
    }
  });
});
