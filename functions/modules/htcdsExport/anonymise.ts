/**
 * k-anonymity of the HTCDS export, pure. The quasi-identifiers — what someone who knows a person could
 * match a row on — are sex, age band, nationality, exploitation type, year and country of exploitation.
 * Rows whose combination of those is shared by fewer than k rows are generalised one step at a time
 * (local recoding: only the rows still in a group under k change, the others keep their detail), in a
 * fixed order from the least to the most informative loss; rows still in a group under k after the last
 * step are dropped. Every group of the result has at least k rows, and the summary says how many rows
 * each step changed and how many were dropped.
 */

export const QUASI_IDENTIFIERS = [
  'prs_Gender',
  'ruta_AgeBand',
  'prs_Citizenship',
  'vic_TypeOfExploitation',
  'ruta_Year',
  'vic_LocationOfExploitation',
] as const;
export type QuasiIdentifier = (typeof QUASI_IDENTIFIERS)[number];
export type QuasiValues = Record<QuasiIdentifier, string>;

/** What a generalised-away value reads as in the CSV. */
export const WITHHELD = '*';

export const GENERALISATION_STEPS = [
  'AGE_BAND_TO_MINOR_ADULT',
  'YEAR_TO_PERIOD',
  'NATIONALITY_TO_OTHER',
  'EXPLOITATION_COUNTRY_TO_OTHER',
  'EXPLOITATION_WITHHELD',
  'SEX_WITHHELD',
  'AGE_WITHHELD',
  'YEAR_WITHHELD',
] as const;
export type GeneralisationStep = (typeof GENERALISATION_STEPS)[number];

const MINOR_BANDS = new Set(['AGE_0_11', 'AGE_12_17']);
const HOME_COUNTRY = 'EC';

/** What each step does to one value (the same value back when the step does not change it). */
const LADDER: Record<GeneralisationStep, { field: QuasiIdentifier; to: (value: string) => string }> = {
  AGE_BAND_TO_MINOR_ADULT: {
    field: 'ruta_AgeBand',
    to: (v) => (v.startsWith('AGE_') ? (MINOR_BANDS.has(v) ? 'MINOR' : 'ADULT') : v),
  },
  YEAR_TO_PERIOD: {
    field: 'ruta_Year',
    to: (v) => {
      if (!/^\d{4}$/.test(v)) return v;
      const start = Math.floor(Number(v) / 5) * 5;
      return `${start}-${start + 4}`;
    },
  },
  NATIONALITY_TO_OTHER: { field: 'prs_Citizenship', to: (v) => (v === HOME_COUNTRY || v === '' || v === WITHHELD ? v : 'OTHER') },
  EXPLOITATION_COUNTRY_TO_OTHER: {
    field: 'vic_LocationOfExploitation',
    to: (v) => (v === HOME_COUNTRY || v === '' || v === WITHHELD ? v : 'OTHER'),
  },
  EXPLOITATION_WITHHELD: { field: 'vic_TypeOfExploitation', to: () => WITHHELD },
  SEX_WITHHELD: { field: 'prs_Gender', to: () => WITHHELD },
  AGE_WITHHELD: { field: 'ruta_AgeBand', to: () => WITHHELD },
  YEAR_WITHHELD: { field: 'ruta_Year', to: () => WITHHELD },
};

export interface AnonymisedRows<T> {
  /** The rows kept, with their quasi-identifiers as published. */
  kept: { row: T; values: QuasiValues }[];
  /** Rows changed by at least one step. */
  generalisedRows: number;
  /** Rows left out: their group stayed under k after every step. */
  droppedRows: number;
  /** Rows each step changed, in the order applied (steps that changed nothing are left out). */
  steps: { step: GeneralisationStep; rows: number }[];
}

const keyOf = (v: QuasiValues) => QUASI_IDENTIFIERS.map((q) => v[q]).join('\u0000');

/** Rows in a group (equal quasi-identifiers) of fewer than k rows. */
export function rowsUnderK<R extends { values: QuasiValues }>(rows: R[], k: number): R[] {
  const sizes = new Map<string, number>();
  for (const r of rows) sizes.set(keyOf(r.values), (sizes.get(keyOf(r.values)) ?? 0) + 1);
  return rows.filter((r) => (sizes.get(keyOf(r.values)) ?? 0) < k);
}

/** Generalises, then drops, so that every group of the result has at least k rows. */
export function kAnonymise<T>(input: { row: T; values: QuasiValues }[], k: number): AnonymisedRows<T> {
  const rows = input.map((r) => ({ row: r.row, values: { ...r.values }, changed: false }));
  const steps: AnonymisedRows<T>['steps'] = [];
  for (const name of GENERALISATION_STEPS) {
    const small = rowsUnderK(rows, k);
    if (!small.length) break;
    const { field, to } = LADDER[name];
    let changed = 0;
    for (const r of small) {
      const next = to(r.values[field]);
      if (next !== r.values[field]) {
        r.values[field] = next;
        r.changed = true;
        changed++;
      }
    }
    if (changed) steps.push({ step: name, rows: changed });
  }
  const dropped = new Set(rowsUnderK(rows, k));
  const kept = rows.filter((r) => !dropped.has(r));
  return {
    kept: kept.map((r) => ({ row: r.row, values: r.values })),
    generalisedRows: kept.filter((r) => r.changed).length,
    droppedRows: dropped.size,
    steps,
  };
}
