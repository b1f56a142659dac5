import { describe, expect, it } from 'vitest';
import type { StatTable } from './statsApi.ts';
import { statsCsv } from './statsCsv.ts';

const cell = (row: string | null, col: string | null, count: number | null) => ({ row, col, count, suppressed: count === null });
const text = {
  label: (_d: number, code: string | null) => code ?? 'Total',
  dimensionName: (d: number) => (d === 0 ? 'Year' : 'Sex'),
  total: 'Total',
  note: ['Counts under 11 are shown as <11.', 'Source: Ruta, IOM'],
};

describe('public statistics CSV', () => {
  it('writes a two-dimension table with totals, suppression marks and the note', () => {
    const table: StatTable = {
      dimensions: ['YEAR', 'SEX'],
      yearFrom: 2008,
      yearTo: 2009,
      k: 11,
      rows: ['2008', '2009'],
      cols: ['FEMALE', 'MALE'],
      cells: [cell('2008', 'FEMALE', 30), cell('2008', 'MALE', null), cell('2009', 'FEMALE', 25), cell('2009', 'MALE', null)],
      rowTotals: [cell('2008', null, 34), cell('2009', null, 31)],
      colTotals: [cell(null, 'FEMALE', 55), cell(null, 'MALE', null)],
      total: cell(null, null, 65),
      yearsAvailable: [2008, 2009],
    };
    expect(statsCsv(table, text).split('\r\n')).toEqual([
      'Year \\ Sex,FEMALE,MALE,Total',
      '2008,30,<11,34',
      '2009,25,<11,31',
      'Total,55,<11,65',
      '',
      'Counts under 11 are shown as <11.',
      '"Source: Ruta, IOM"',
      '',
    ]);
  });

  it('writes a one-dimension table', () => {
    const table: StatTable = {
      dimensions: ['YEAR'],
      yearFrom: 2008,
      yearTo: 2009,
      k: 11,
      rows: ['2008', '2009'],
      cols: [],
      cells: [cell('2008', null, 12), cell('2009', null, null)],
      rowTotals: [],
      colTotals: [],
      total: cell(null, null, 19),
      yearsAvailable: [2008, 2009],
    };
    expect(
      statsCsv(table, { ...text, note: [] })
        .split('\r\n')
        .slice(0, 4),
    ).toEqual(['Year,Total', '2008,12', '2009,<11', 'Total,19']);
  });

  it('keeps the cross-table header for two dimensions without data yet', () => {
    const empty: StatTable = {
      dimensions: ['YEAR', 'SEX'],
      yearFrom: 2026,
      yearTo: 2026,
      k: 11,
      rows: [],
      cols: [],
      cells: [],
      rowTotals: [],
      colTotals: [],
      total: cell(null, null, null),
      yearsAvailable: [],
    };
    expect(
      statsCsv(empty, { ...text, note: [] })
        .split('\r\n')
        .slice(0, 2),
    ).toEqual(['Year \\ Sex,Total', 'Total,<11']);
  });
});
