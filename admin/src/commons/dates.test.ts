import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, parseDate, parseMonth } from './dates.ts';

describe('dates: one format per language (issue 9.7)', () => {
  it('shows dd/mm/yyyy in Spanish and yyyy-mm-dd in English, whatever the browser', () => {
    expect(formatDate('2009-01-05', 'es')).toBe('05/01/2009');
    expect(formatDate('2009-01-05', 'es-EC')).toBe('05/01/2009');
    expect(formatDate('2009-01-05', 'en')).toBe('2009-01-05');
    expect(formatDate('2009-01-05T23:30:00.000Z', 'es')).toBe('05/01/2009');
    expect(formatDate('not a date', 'es')).toBe('not a date');
  });

  it('shows a moment in local time with hours and minutes', () => {
    const at = new Date(2009, 0, 5, 7, 3);
    expect(formatDateTime(at, 'es')).toBe('05/01/2009 07:03');
    expect(formatDateTime(at.toISOString(), 'en')).toBe('2009-01-05 07:03');
  });

  it('reads what a Spanish speaker types', () => {
    expect(parseDate('01/03/2024', 'es')).toBe('2024-03-01');
    expect(parseDate(' 1/3/2024 ', 'es')).toBe('2024-03-01');
    expect(parseDate('1-3-2024', 'es')).toBe('2024-03-01');
    expect(parseDate('01.03.2024', 'es')).toBe('2024-03-01');
    expect(parseDate('01032024', 'es')).toBe('2024-03-01');
    expect(parseDate('2024-03-01', 'es')).toBe('2024-03-01');
  });

  it('reads what an English speaker types', () => {
    expect(parseDate('2024-03-01', 'en')).toBe('2024-03-01');
    expect(parseDate('2024/3/1', 'en')).toBe('2024-03-01');
    expect(parseDate('20240301', 'en')).toBe('2024-03-01');
    expect(parseDate('01/03/2024', 'en'), 'day-first is ambiguous in English: refused').toBeUndefined();
  });

  it('refuses what is not a date of the calendar, and tells blank apart', () => {
    for (const t of ['31/02/2024', '29/02/2023', '00/01/2024', '01/13/2024', '1/3/24', '01/0', 'mañana', '2024-02-30'])
      expect(parseDate(t, 'es'), t).toBeUndefined();
    expect(parseDate('29/02/2024', 'es')).toBe('2024-02-29');
    expect(parseDate('   ', 'es')).toBe('');
  });

  it('property: what is shown reads back as the same date, in both languages', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        for (const locale of ['es', 'en']) expect(parseDate(formatDate(iso, locale), locale)).toBe(iso);
      }),
    );
  });
});

describe('months: the same order as dates (issue 9.7)', () => {
  it('shows mm/yyyy in Spanish and yyyy-mm in English', () => {
    expect(formatMonth('2009-07', 'es')).toBe('07/2009');
    expect(formatMonth('2009-07', 'en')).toBe('2009-07');
  });

  it('reads what people type, and an ISO month anywhere', () => {
    expect(parseMonth('7/2009', 'es')).toBe('2009-07');
    expect(parseMonth('072009', 'es')).toBe('2009-07');
    expect(parseMonth('2009-07', 'es')).toBe('2009-07');
    expect(parseMonth('2009-7', 'en')).toBe('2009-07');
    expect(parseMonth('200907', 'en')).toBe('2009-07');
    for (const t of ['13/2009', '0/2009', '07/09', 'julio']) expect(parseMonth(t, 'es'), t).toBeUndefined();
    expect(parseMonth(' ', 'es')).toBe('');
  });
});
