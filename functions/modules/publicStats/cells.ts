import type { StatDimension } from '@ruta/schema/generated/types';

/**
 * The public statistics' counted facts, a pure function of a case and its consents (no I/O, so the
 * case transactions, the recount and the property test share it).
 *
 * A case counts when it is identified (`dateIdentified`) and a STATISTICS consent of it is GIVEN. It
 * counts in the year of its identification, once in the cross-tab of the five non-exploitation
 * dimensions (`*` in the exploitation slot: the case-level cell every total is summed from) and once
 * per exploitation type (the cells of tables cut by EXPLOITATION). So a case with two types counts
 * twice across an EXPLOITATION row, once in every total (docs/decisions.md, "Public statistics").
 */

/** The dimensions stored in a cell key, in key order (YEAR is the item, not the key). */
export const KEY_DIMENSIONS = ['SEX', 'AGE_BAND', 'NATIONALITY', 'PROVINCE', 'EXPLOITATION'] as const satisfies readonly StatDimension[];
export type KeyDimension = (typeof KEY_DIMENSIONS)[number];

/** The value of a dimension the case does not record. */
export const UNKNOWN = 'UNKNOWN';
/** The exploitation slot of the case-level cell. */
export const ANY_TYPE = '*';
/** Prefix of a cell attribute on a year item. */
export const CELL_PREFIX = 'c:';

/** What of a case the statistics read. */
export interface StatCase {
  dateIdentified?: string | null;
  sex?: string | null;
  ageBand?: string | null;
  nationality?: string | null;
  provinceIdentified?: string | null;
  exploitationTypes?: readonly string[] | null;
}

/** What of a consent the statistics read. */
export interface StatConsent {
  purpose: string;
  status: string;
}

/** Whether a case's consents cover statistics: one GIVEN consent for the purpose STATISTICS. */
export function coversStatistics(consents: readonly StatConsent[] | null | undefined): boolean {
  return !!consents?.some((c) => c.purpose === 'STATISTICS' && c.status === 'GIVEN');
}

/** A counted case's cells: the year and each cell key it adds one to. */
export interface StatFootprint {
  year: string;
  keys: string[];
}

const slot = (v: string | null | undefined) => (v ? v : UNKNOWN);

export function cellKey(sex: string, ageBand: string, nationality: string, province: string, exploitation: string): string {
  return `${CELL_PREFIX}${sex}|${ageBand}|${nationality}|${province}|${exploitation}`;
}

// Each key parsed once per process: the keys recur in every request (cells saturate, cases do not add
// keys), and parsing them was the largest part of a public table's time once there were ~900 cells.
const parsedKeys = new Map<string, Readonly<Record<KeyDimension, string>> | null>();
const MAX_PARSED_KEYS = 50_000;

/** Splits a cell key into its dimension values (null for an attribute that is not a cell). */
export function parseCellKey(attribute: string): Readonly<Record<KeyDimension, string>> | null {
  const known = parsedKeys.get(attribute);
  if (known !== undefined) return known;
  const parts = attribute.startsWith(CELL_PREFIX) ? attribute.slice(CELL_PREFIX.length).split('|') : [];
  const parsed =
    parts.length === KEY_DIMENSIONS.length
      ? Object.freeze(Object.fromEntries(KEY_DIMENSIONS.map((d, i) => [d, parts[i]])) as Record<KeyDimension, string>)
      : null;
  if (parsedKeys.size < MAX_PARSED_KEYS) parsedKeys.set(attribute, parsed);
  return parsed;
}

/** Where a case counts, or null when it does not (not identified, or no statistics consent). */
export function statFootprint(c: StatCase | null | undefined, statisticsConsent: boolean): StatFootprint | null {
  if (!c?.dateIdentified || !statisticsConsent) return null;
  const base = [slot(c.sex), slot(c.ageBand), slot(c.nationality?.toUpperCase()), slot(c.provinceIdentified)] as const;
  const types = [...new Set(c.exploitationTypes ?? [])];
  return {
    year: c.dateIdentified.slice(0, 4),
    keys: [cellKey(...base, ANY_TYPE), ...(types.length ? types : [UNKNOWN]).map((t) => cellKey(...base, t))],
  };
}

/** One year item to change: what to add to each of its cells (no zero). */
export interface YearChange {
  year: string;
  add: Record<string, number>;
}

/** The changes from one footprint to another, per year item, dropping what cancels out. */
export function footprintChanges(before: StatFootprint | null, after: StatFootprint | null): YearChange[] {
  const byYear = new Map<string, Record<string, number>>();
  const apply = (f: StatFootprint | null, sign: 1 | -1) => {
    if (!f) return;
    const add = byYear.get(f.year) ?? {};
    for (const k of f.keys) add[k] = (add[k] ?? 0) + sign;
    byYear.set(f.year, add);
  };
  apply(before, -1);
  apply(after, 1);
  return [...byYear.entries()]
    .map(([year, add]) => ({ year, add: Object.fromEntries(Object.entries(add).filter(([, v]) => v !== 0)) }))
    .filter((c) => Object.keys(c.add).length > 0);
}

/** The consents among a case partition's raw items (the case module reads its partition raw). */
export function statConsentsOf(raw: readonly Record<string, unknown>[]): StatConsent[] {
  return raw.filter((i) => i.__edb_e__ === 'caseConsent').map((i) => ({ purpose: String(i.purpose), status: String(i.status) }));
}
