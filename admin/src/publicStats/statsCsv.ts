import type { StatCell, StatTable } from './statsApi.ts';

export interface StatsCsvText {
  /** Label of a dimension value (null: the total). */
  label: (dimension: number, code: string | null) => string;
  dimensionName: (dimension: number) => string;
  total: string;
  /** The methodology note, one line each. */
  note: string[];
}

/** The mark of a suppressed cell: "<11". */
export const suppressedMark = (k: number) => `<${k}`;

export const cellText = (cell: StatCell | undefined, k: number): string =>
  !cell ? '' : cell.suppressed || cell.count === null ? suppressedMark(k) : String(cell.count);

/** The cell of a row and column (col null in a one-dimension table). */
export function cellAt(table: StatTable, row: string, col: string | null): StatCell | undefined {
  return table.cells.find((c) => c.row === row && (c.col ?? null) === col);
}

/** Row total of `row`: its row-total cell, or for a one-dimension table the row's cell. */
export function rowTotal(table: StatTable, row: string): StatCell | undefined {
  return table.rowTotals.find((c) => c.row === row) ?? (table.dimensions.length > 1 ? undefined : cellAt(table, row, null));
}

export const colTotal = (table: StatTable, col: string) => table.colTotals.find((c) => c.col === col);

function quote(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The table as CSV (comma-separated, one line per row, totals last), suppressed cells marked `<k`,
 * then a blank line and the methodology note.
 */
export function statsCsv(table: StatTable, text: StatsCsvText): string {
  const lines: string[][] = [];
  const two = table.dimensions.length > 1;
  if (two) {
    lines.push([`${text.dimensionName(0)} \\ ${text.dimensionName(1)}`, ...table.cols.map((c) => text.label(1, c)), text.total]);
    for (const r of table.rows) {
      lines.push([
        text.label(0, r),
        ...table.cols.map((c) => cellText(cellAt(table, r, c), table.k)),
        cellText(rowTotal(table, r), table.k),
      ]);
    }
    lines.push([text.total, ...table.cols.map((c) => cellText(colTotal(table, c), table.k)), cellText(table.total, table.k)]);
  } else {
    lines.push([text.dimensionName(0), text.total]);
    for (const r of table.rows) lines.push([text.label(0, r), cellText(cellAt(table, r, null), table.k)]);
    lines.push([text.total, cellText(table.total, table.k)]);
  }
  lines.push([]);
  for (const n of text.note) lines.push([n]);
  return `${lines.map((l) => l.map(quote).join(',')).join('\r\n')}\r\n`;
}
