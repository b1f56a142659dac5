import { CANTONS, PROVINCES } from '@ruta/schema/geo';
import type { RutaDataProvider } from '../../providers/dataProvider.ts';
import { parseDate } from '../dates.ts';
import { normalizeLabel } from './mapRows.ts';

/**
 * A resource's records by id and by names (case, accents and punctuation ignored), read once per file
 * (at most 20 pages of 100): cell text → id, or the text as written so the schema or the server names it.
 */
export async function idByName(
  dataProvider: RutaDataProvider,
  resource: string,
  names: (r: Record<string, unknown>) => unknown[],
): Promise<(cell: string) => string> {
  const map = new Map<string, string>();
  for (let page = 1; page <= 20; page++) {
    const { data, total } = await dataProvider.getList(resource, {
      pagination: { page, perPage: 100 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    for (const r of data) for (const n of [r.id, ...names(r)]) if (typeof n === 'string' && n) map.set(normalizeLabel(n), String(r.id));
    if (data.length < 100 || (total !== undefined && page * 100 >= total)) break;
  }
  return (cell: string) => map.get(normalizeLabel(cell)) ?? cell.trim();
}

/**
 * A value of a list (an enum) from itself or any of its labels (case, accents and punctuation ignored:
 * Adjudicada, Joven en riesgo, Sensibilización…); anything else as written, so the schema names it.
 */
export function valueByLabel<V extends string>(values: readonly V[], labels: (value: V) => readonly (string | null | undefined)[]) {
  const byLabel = new Map<string, V>();
  for (const v of values) for (const l of [v, ...labels(v)]) if (l) byLabel.set(normalizeLabel(l), v);
  return (cell: string) => byLabel.get(normalizeLabel(cell)) ?? cell.trim();
}

/** A date as ISO, from dd/mm/yyyy (Spanish spreadsheets) or yyyy-mm-dd; blank → absent; anything else fails the schema. */
export const csvDate = (cell: string) => (cell.trim() ? (parseDate(cell, 'es') ?? cell.trim()) : undefined);

/** A whole number as written in either language (1033 · 1.033 · 1,033 · 1 033); blank → absent; anything else as written (the schema refuses it). */
export function csvCount(cell: string): number | string | undefined {
  const t = cell.trim().replace(/\u00a0/g, ' ');
  if (!t) return undefined;
  if (/^\d+$/.test(t) || /^\d{1,3}([., ]\d{3})+$/.test(t)) return Number(t.replace(/\D/g, ''));
  return t;
}

const provinceByName = new Map(
  PROVINCES.flatMap((p) => [
    [normalizeLabel(p.name), p.code],
    [p.code, p.code],
  ]),
);

/** Province and canton by INEC code or name (accents, case ignored), the canton looked up in its province. */
export function csvPlace(province: string, canton: string) {
  const provinceCode = provinceByName.get(normalizeLabel(province)) ?? (province.trim() || undefined);
  const c = normalizeLabel(canton);
  const cantonCode =
    CANTONS.find((k) => k.code === canton.trim())?.code ??
    CANTONS.find((k) => k.provinceCode === provinceCode && normalizeLabel(k.name) === c)?.code ??
    (canton.trim() || undefined);
  return { country: 'EC', provinceCode, cantonCode };
}
