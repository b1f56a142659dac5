import { useCallback } from 'react';
import { NumberInput, type NumberInputProps } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { minorDigits, toMajor, toMinor } from './money.ts';

/**
 * Edits `value` in major units of the form's `currency` (1234.56) while the form, the zod
 * schema and the API keep integer minor units (123456).
 */
export const MoneyInput = (props: Omit<NumberInputProps, 'format' | 'parse'>) => {
  const currency = useWatch({ name: 'currency' }) as string | null | undefined;
  const format = useCallback((v: unknown) => (typeof v === 'number' ? String(toMajor(v, currency)) : ''), [currency]);
  const parse = useCallback(
    (v: unknown) => {
      if (v === '' || v == null) return null;
      const n = typeof v === 'number' ? v : Number(v);
      return Number.isFinite(n) ? toMinor(n, currency) : null;
    },
    [currency],
  );
  return <NumberInput {...props} format={format} parse={parse} step={1 / 10 ** minorDigits(currency)} />;
};
