import { defaultExporter, type Exporter, type RaRecord } from 'react-admin';
import { toMajor } from './money.ts';

/**
 * CSV rows are flat and readable in a spreadsheet: related records by name, money in major
 * units, no internal bookkeeping (version). Codes (kinds, statuses) stay as the API spells them
 * so a file reads the same whatever the user's language.
 */
export function flatExporter(toRow: (record: RaRecord) => Record<string, unknown>): Exporter {
  return (records, fetchRelated, dataProvider, resource) =>
    defaultExporter(records.map(toRow), fetchRelated, dataProvider, resource);
}

export function moneyColumn(record: RaRecord): number | '' {
  return typeof record.value === 'number' ? toMajor(record.value, record.currency) : '';
}
