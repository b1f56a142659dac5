import { defaultExporter, type Exporter, type RaRecord } from 'react-admin';
import { toMajor } from './money.ts';

/**
 * CSV rows are flat and readable in a spreadsheet: related records by name, money in major
 * units, no internal bookkeeping (version). Codes (kinds, statuses) stay as the API spells them
 * so a file reads the same whatever the user's language.
 */
export function flatExporter(toRow: (record: RaRecord) => Record<string, unknown>): Exporter {
  return (records, fetchRelated, dataProvider, resource) => defaultExporter(records.map(toRow), fetchRelated, dataProvider, resource);
}

export function moneyColumn(record: RaRecord): number | '' {
  return typeof record.value === 'number' ? toMajor(record.value, record.currency) : '';
}

/**
 * A table that is not a resource list (the results report): the same CSV writer as list exports,
 * the file named after what it holds. The writer fetches nothing related, so it gets no provider.
 */
export function exportRows(rows: Record<string, unknown>[], filename: string): void {
  void defaultExporter(rows, () => Promise.resolve({}), undefined as never, filename);
}
