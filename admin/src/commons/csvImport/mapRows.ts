import type * as z from 'zod';
import { foldText } from '@ruta/schema/search';
import type { RutaDataProvider } from '../../providers/dataProvider.ts';
import { zodIssueKey } from '../zodIssueKey.ts';
import type { ParsedCsv } from './parseCsv.ts';
import { stableId } from './stableId.ts';

/** One field a file may fill. */
export interface ImportColumn {
  field: string;
  /** Other header texts that name it (translated labels); the field name itself always does. */
  labels?: readonly string[];
  /** Cell text → what the schema takes (e.g. a translated label → enum value); default: the text. */
  parse?: (cell: string) => unknown;
}

/** What a resource's import needs to know; the parsing, mapping and sending are shared. */
export interface ImportSpec<T extends { id?: string | null }> {
  resource: string;
  columns: readonly ImportColumn[];
  /** Headers an export writes that an import does not take (counts, timestamps): not "unknown". */
  ignored?: readonly string[];
  /** The create schema shared with the API: rows are checked with it before anything is sent. */
  schema: z.ZodType<T>;
  /** The field that names a row for the user in tables (e.g. `name`). */
  titleField: string;
  /**
   * A field no two records may share, case, accents and punctuation ignored (organizations: `name`):
   * a second row with the same value is flagged before sending, and rows are looked up by it
   * (`findByName`) to be marked as existing.
   */
  uniqueField?: string;
  /** For each value of `uniqueField`, the stored record that has it (case, accents and punctuation ignored), or null. */
  findByUnique?: (dataProvider: RutaDataProvider, values: string[]) => Promise<({ id: string; version?: number } | null)[]>;
  /** Fields whose column the file must have: without one, the file is refused before anything is sent. */
  required?: readonly string[];
  /** The parsed cells (by field) → what the schema takes, e.g. province and canton into a `place`. */
  shape?: (raw: Record<string, unknown>) => Record<string, unknown>;
  /**
   * Rows are sent to a batch mutation (`importScholarships`) in calls of `size`, instead of one create
   * each: the server validates, writes idempotently and reports each row (`BatchResult`).
   */
  batch?: { size: number; send: (dataProvider: RutaDataProvider, rows: { row: number; input: T }[]) => Promise<BatchResult> };
  /** Reads what the parsers need (organizations and programs by name) once per file: the spec to map it with. */
  prepare?: (dataProvider: RutaDataProvider) => Promise<ImportSpec<T>>;
  /** At most this many rows a file (more is refused with a message, nothing sent). */
  maxRows?: number;
  /** Message key of the dialog's text before a file is picked (the columns it takes); default `ruta.import.help`. */
  help?: string;
}

/** What one batch call did: the server's ImportResult. */
export interface BatchResult {
  written: number;
  alreadyImported: number;
  alreadyImportedRows: number[];
  /** `params`: the values the key's message names (`%{row}`), shown in the translated message. */
  failed: { row: number; field?: string | null; key: string; message?: string; params?: { name: string; value: string }[] | null }[];
}

/** A message key and its parameters, translated where shown; `field` when one field is at fault. */
export interface RowError {
  field?: string;
  key: string;
  args?: Record<string, string | number>;
}

export interface ImportRow<T> {
  /** Spreadsheet row number (header = 1). */
  row: number;
  /** The record as written, for the file of rows to fix. */
  cells: string[];
  title: string;
  /** Valid rows only: the create input, id included. */
  input?: T;
  errors: RowError[];
}

export interface MappedFile<T> {
  headers: string[];
  /** Field → header text as written in the file, for the columns that were recognised. */
  columnOf: Record<string, string>;
  /** Headers that match no field: their cells are not imported. */
  unknownHeaders: string[];
  /** Required fields (`spec.required`) no header names: the file cannot be imported. */
  missingColumns: string[];
  rows: ImportRow<T>[];
}

/** Case, accents, spaces and punctuation do not matter: `Correo electrónico` = `correo_electronico`. */
/** Our exports keep text a spreadsheet would run as a formula as text with a leading apostrophe; read it back without. */
function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function headerIndex(headers: string[], spec: ImportSpec<never>) {
  const fieldByLabel = new Map<string, string>();
  for (const c of spec.columns) for (const l of [c.field, ...(c.labels ?? [])]) fieldByLabel.set(normalizeLabel(l), c.field);
  const ignored = new Set(spec.ignored?.map(normalizeLabel));
  const indexOf: Record<string, number> = {};
  const unknownHeaders: string[] = [];
  headers.forEach((h, i) => {
    const field = fieldByLabel.get(normalizeLabel(h));
    // The first of two columns with the same meaning wins, like a spreadsheet lookup would.
    if (field && indexOf[field] === undefined) indexOf[field] = i;
    else if (!field && h.trim() !== '' && !ignored.has(normalizeLabel(h))) unknownHeaders.push(h);
  });
  return { indexOf, unknownHeaders };
}

/**
 * The rows of a parsed file as create inputs, each checked with the shared schema. A row without an
 * id gets one derived from its values, so the same row imported twice (a retry after a failure, the
 * file imported again) reaches the API with the same id and never makes a second record; a file
 * exported from the list keeps its ids and so re-imports as "already existing".
 */
export function mapRows<T extends { id?: string | null }>(file: ParsedCsv, spec: ImportSpec<T>): MappedFile<T> {
  const [header, ...records] = file.rows;
  const headers = header?.cells.map((h) => h.trim()) ?? [];
  const { indexOf, unknownHeaders } = headerIndex(headers, spec as unknown as ImportSpec<never>);
  const firstRowOf = new Map<string, number>();
  const firstRowNamed = new Map<string, number>();
  const rows = records.map(({ cells, row }): ImportRow<T> => {
    const cell = (field: string) => unescapeFormula(indexOf[field] === undefined ? '' : (cells[indexOf[field]!] ?? ''));
    const raw: Record<string, unknown> = {};
    for (const c of spec.columns) raw[c.field] = c.parse ? c.parse(cell(c.field)) : cell(c.field);
    const title = cell(spec.titleField).trim();
    const givenId = cell('id').trim();
    if (!givenId) delete raw.id;
    const result = spec.schema.safeParse(spec.shape ? spec.shape(raw) : raw, { reportInput: true });
    if (!result.success) {
      const errors = result.error.issues.map((issue): RowError => {
        const { key, args } = zodIssueKey(issue as never);
        // A nested field (place.cantonCode) is reported by its path; the dialog finds its column by the last part.
        const field = issue.path[0] === undefined ? undefined : issue.path.map(String).join('.');
        return { ...(field ? { field } : {}), key, ...(args ? { args } : {}) };
      });
      return { row, cells, title, errors };
    }
    const values = result.data;
    const id =
      givenId ||
      stableId(JSON.stringify([spec.resource, ...spec.columns.map((c) => (values as Record<string, unknown>)[c.field] ?? null)]));
    const first = firstRowOf.get(id);
    if (first !== undefined) return { row, cells, title, errors: [{ key: 'ruta.import.errors.duplicate_row', args: { row: first } }] };
    firstRowOf.set(id, row);
    const unique = spec.uniqueField ? foldText(String((values as Record<string, unknown>)[spec.uniqueField] ?? '')) : '';
    const named = unique ? firstRowNamed.get(unique) : undefined;
    if (named !== undefined) return { row, cells, title, errors: [{ key: 'ruta.import_existing.duplicate_name', args: { row: named } }] };
    if (unique) firstRowNamed.set(unique, row);
    return { row, cells, title, input: { ...values, id }, errors: [] };
  });
  const columnOf = Object.fromEntries(Object.entries(indexOf).map(([field, i]) => [field, headers[i]!]));
  const missingColumns = (spec.required ?? []).filter((f) => indexOf[f] === undefined);
  return { headers, columnOf, unknownHeaders, missingColumns, rows };
}
