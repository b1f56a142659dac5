import type { IntrospectionField } from 'graphql';
import type { IntrospectionResult } from 'ra-data-graphql';
import { argInputType, inputFieldsOf, sortFieldValues } from './introspection.ts';

/**
 * react-admin's `{filter, sort}` → the API's `filter` and `sort` arguments. Only filters the
 * filter input declares are sent, empty ones are dropped; a column sorts only when the sort
 * enum has its CONSTANT_CASE name (startDate → START_DATE).
 */
export interface RaSort {
  field: string;
  order: 'ASC' | 'DESC' | string;
}

/** Lists whose text search has its own order (the agreements' title index). */
const searchSort: Record<string, string> = { PartnerAgreement: 'TITLE' };

const constantCase = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

function isEmpty(v: unknown): boolean {
  return v == null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

export function filterVariable(ir: IntrospectionResult, field: IntrospectionField, filter: Record<string, unknown> = {}) {
  const type = argInputType(field, 'filter');
  if (!type) return undefined;
  const allowed = new Set(inputFieldsOf(ir, type));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filter)) {
    if (allowed.has(k) && !isEmpty(v)) out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return Object.keys(out).length ? out : undefined;
}

export function sortVariable(
  ir: IntrospectionResult,
  resource: string,
  field: IntrospectionField,
  sort: RaSort | undefined,
  filter: Record<string, unknown> | undefined,
) {
  const type = argInputType(field, 'sort');
  if (!type) return undefined;
  const values = sortFieldValues(ir, type);
  const order = sort?.order === 'DESC' ? 'DESC' : 'ASC';
  const bySearch = searchSort[resource];
  if (filter?.q && bySearch && values.includes(bySearch)) {
    // A text search is ordered by the searched field; keep the direction only if the user chose that column.
    const chosen = sort && constantCase(sort.field) === bySearch;
    return { field: bySearch, order: chosen ? order : 'ASC' };
  }
  if (!sort?.field) return undefined;
  const name = constantCase(sort.field);
  return values.includes(name) ? { field: name, order } : undefined;
}
