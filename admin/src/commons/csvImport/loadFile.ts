import type { RutaDataProvider } from '../../providers/dataProvider.ts';
import { mapRows, type ImportSpec, type MappedFile } from './mapRows.ts';
import { decodeCsv, parseCsv, type ParsedCsv } from './parseCsv.ts';

export interface Loaded<T extends { id?: string | null }> {
  fileName: string;
  /** The spec the file was mapped with (after `spec.prepare`). */
  spec: ImportSpec<T>;
  /** More rows than `spec.maxRows`: refused as a whole. */
  tooMany: boolean;
  separator: ParsedCsv['separator'];
  mapped: MappedFile<T>;
}

/**
 * A picked file, decoded (UTF-8 or Windows-1252), parsed and every row checked with the spec's schema
 * (after `spec.prepare`, which reads what its parsers need); nothing is sent. Throws when unreadable.
 */
export async function loadFile<T extends { id?: string | null }>(
  file: File,
  spec: ImportSpec<T>,
  dataProvider: RutaDataProvider,
): Promise<Loaded<T>> {
  const parsed = parseCsv(decodeCsv(await file.arrayBuffer()));
  const tooMany = !!spec.maxRows && parsed.rows.length - 1 > spec.maxRows;
  const ready = spec.prepare && !tooMany ? await spec.prepare(dataProvider) : spec;
  const mapped = tooMany ? { headers: [], columnOf: {}, unknownHeaders: [], missingColumns: [], rows: [] } : mapRows(parsed, ready);
  return { fileName: file.name, separator: parsed.separator, mapped, spec: ready, tooMany };
}
