import { type DataProvider, downloadCSV, type Exporter, type RaRecord } from 'react-admin';
import { i18nProvider } from '../../providers/i18nProvider.ts';
import { buildCsv, type ExportColumn, type ExportContext, type ExportValue } from './csvExport.ts';

/** The language the user reads the console in, with react-admin's translations of it. */
export function currentExportContext(): ExportContext {
  return {
    translate: (key, options) => i18nProvider.translate(key, options),
    locale: i18nProvider.getLocale(),
  };
}

/** Today as YYYY-MM-DD, for file names. */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * A list's `exporter`: the records react-admin read with the list's filters and order, as a CSV in
 * the user's language, named after the list and the day (`Organizaciones_2026-03-02.csv`).
 * `load` adds what the columns need from other records (names instead of ids) before writing.
 */
export function listExporter<R extends RaRecord, Loaded = R>(
  resource: string,
  columns: readonly ExportColumn<Loaded>[],
  load?: (records: R[], dataProvider: DataProvider) => Promise<Loaded[]>,
): Exporter<R> {
  return async (records, _fetchRelated, dataProvider) => {
    const context = currentExportContext();
    const rows = load ? await load(records, dataProvider) : (records as unknown as Loaded[]);
    const name = context.translate(`resources.${resource}.name`, { smart_count: 2 });
    downloadCSV(buildCsv(rows, columns, context), `${name}_${today()}`);
  };
}

/**
 * Columns headed by a resource's field labels (`resources.Organization.fields.kind` → `Tipo`), as the
 * list and the forms show them: `field('name')` writes the value as it is, `column('kind', value)`
 * computes it.
 */
export function columnsOf<R>(resource: string) {
  const header = (field: string) => `resources.${resource}.fields.${field}`;
  return {
    field: (field: keyof R & string): ExportColumn<R> => ({ header: header(field), value: (r) => r[field] as ExportValue }),
    column: (field: string, value: ExportColumn<R>['value']): ExportColumn<R> => ({ header: header(field), value }),
  };
}
