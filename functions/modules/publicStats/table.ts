import type { StatDimension } from '@ruta/schema/generated/types';
import { ANY_TYPE, KEY_DIMENSIONS, parseCellKey, type KeyDimension } from '#modules/publicStats/cells';
import { protect, type Edge } from '#modules/publicStats/protect';

/** A published number: its count, or null when suppressed. */
export interface PublishedCell {
  row: string | null;
  col: string | null;
  count: number | null;
  suppressed: boolean;
}

export interface PublishedTable {
  dimensions: StatDimension[];
  yearFrom: number;
  yearTo: number;
  k: number;
  rows: string[];
  cols: string[];
  cells: PublishedCell[];
  rowTotals: PublishedCell[];
  colTotals: PublishedCell[];
  total: PublishedCell;
  yearsAvailable: number[];
}

/** One year's cells, parsed: each with its dimension values and count. */
export interface YearCells {
  caseLevel: { values: Record<KeyDimension, string>; count: number }[];
  perType: { values: Record<KeyDimension, string>; count: number }[];
}

export function parseYear(cells: Map<string, number>): YearCells {
  const out: YearCells = { caseLevel: [], perType: [] };
  for (const [key, count] of cells) {
    const values = parseCellKey(key);
    if (!values || count <= 0) continue;
    (values.EXPLOITATION === ANY_TYPE ? out.caseLevel : out.perType).push({ values, count });
  }
  return out;
}

/** A number of one year: its count and whether the year's table publishes it. */
interface Number_ {
  count: number;
  suppressed: boolean;
}

const byOrder = (d: KeyDimension) => KEY_DIMENSIONS.indexOf(d);
const sortValues = (values: Iterable<string>) => [...values].sort();

/**
 * One year's protected numbers for a table of one or two (non-YEAR) dimensions: the total, each
 * marginal (from the dimension's own one-dimension table, so a marginal is published or not the same
 * in every table that shows it) and, for two dimensions, the cells. Rows and columns are the values
 * present in the year — a value absent from the year is a published 0.
 */
class YearRelease {
  private readonly marginalsCache = new Map<KeyDimension, Map<string, Number_>>();
  private readonly pairsCache = new Map<string, Map<string, Number_>>();
  readonly total: Number_;

  constructor(
    private readonly cells: YearCells,
    private readonly k: number,
  ) {
    const t = cells.caseLevel.reduce((s, c) => s + c.count, 0);
    this.total = { count: t, suppressed: t < k };
  }

  /** Counts by the values of the given dimensions (per-type cells when EXPLOITATION is among them). */
  counts(dims: readonly KeyDimension[]): Map<string, number> {
    const source = dims.includes('EXPLOITATION') ? this.cells.perType : this.cells.caseLevel;
    const out = new Map<string, number>();
    for (const c of source) {
      const key = dims.map((d) => c.values[d]).join('\u0000');
      out.set(key, (out.get(key) ?? 0) + c.count);
    }
    return out;
  }

  marginals(dim: KeyDimension): Map<string, Number_> {
    const cached = this.marginalsCache.get(dim);
    if (cached) return cached;
    const counts = this.counts([dim]);
    const values = sortValues(counts.keys());
    const edges: Edge[] = values.map((v) => ({ from: 'S', to: 'T', value: counts.get(v) ?? 0, suppressed: false, free: true }));
    edges.push({ from: 'T', to: 'S', value: this.total.count, suppressed: this.total.suppressed, free: false });
    protect(edges, this.k);
    const out = new Map(values.map((v, i) => [v, { count: edges[i]!.value, suppressed: edges[i]!.suppressed }]));
    this.marginalsCache.set(dim, out);
    return out;
  }

  /** The cells of a two-dimension table, keyed `a\0b` in KEY_DIMENSIONS order of the two. */
  pair(a: KeyDimension, b: KeyDimension): Map<string, Number_> {
    const id = `${a}|${b}`;
    const cached = this.pairsCache.get(id);
    if (cached) return cached;
    const counts = this.counts([a, b]);
    const rows = this.marginals(a);
    const cols = this.marginals(b);
    const edges: Edge[] = [];
    const keys: string[] = [];
    for (const r of sortValues(rows.keys())) {
      for (const c of sortValues(cols.keys())) {
        const key = `${r}\u0000${c}`;
        keys.push(key);
        edges.push({ from: `r:${r}`, to: `c:${c}`, value: counts.get(key) ?? 0, suppressed: false, free: true });
      }
    }
    const fixed = (from: string, to: string, n: Number_): Edge => ({ from, to, value: n.count, suppressed: n.suppressed, free: false });
    for (const [r, n] of rows) edges.push(fixed('S', `r:${r}`, n));
    for (const [c, n] of cols) edges.push(fixed(`c:${c}`, 'T', n));
    edges.push(fixed('T', 'S', this.total));
    protect(edges, this.k);
    const out = new Map(keys.map((key, i) => [key, { count: edges[i]!.value, suppressed: edges[i]!.suppressed }]));
    this.pairsCache.set(id, out);
    return out;
  }
}

/** Sums one number over the years: published only when every year publishes its part. */
function sumOver(parts: readonly (Number_ | undefined)[]): Number_ {
  let count = 0;
  let suppressed = false;
  for (const p of parts) {
    if (!p) continue; // absent from the year: a published 0
    count += p.count;
    suppressed ||= p.suppressed;
  }
  return { count, suppressed };
}

/** Never a count under k: a value absent from a year (a 0 everybody can see) is shown suppressed too. */
function publish(row: string | null, col: string | null, n: Number_, k: number): PublishedCell {
  const suppressed = n.suppressed || n.count < k;
  return { row, col, count: suppressed ? null : n.count, suppressed };
}

/**
 * The published table of one or two dimensions over a range of years. Every number of a range is the
 * sum of the same number over its years, published only when every year's table publishes it, so
 * whatever an attacker asks, all they learn is sums of what the single-year tables publish.
 */
export function buildTable(
  years: ReadonlyMap<number, YearCells>,
  dimensions: StatDimension[],
  yearFrom: number,
  yearTo: number,
  k: number,
): PublishedTable {
  const inRange = [...years.keys()].filter((y) => y >= yearFrom && y <= yearTo).sort((a, b) => a - b);
  const releases = new Map(inRange.map((y) => [y, new YearRelease(years.get(y)!, k)]));
  const yearsAvailable = [...years.keys()].sort((a, b) => a - b);
  const total = sumOver(inRange.map((y) => releases.get(y)!.total));
  const base = { dimensions, yearFrom, yearTo, k, yearsAvailable, total: publish(null, null, total, k) };

  const [first, second] = dimensions as [StatDimension, StatDimension | undefined];
  const marginalOver = (dim: KeyDimension, value: string) => sumOver(inRange.map((y) => releases.get(y)!.marginals(dim).get(value)));
  const valuesOf = (dim: KeyDimension) => sortValues(new Set(inRange.flatMap((y) => [...releases.get(y)!.marginals(dim).keys()])));

  if (first === 'YEAR' || second === 'YEAR') {
    const other = (first === 'YEAR' ? second : first) as KeyDimension | undefined;
    const yearRows = inRange.map(String);
    if (!other) {
      return {
        ...base,
        rows: yearRows,
        cols: [],
        cells: inRange.map((y) => publish(String(y), null, releases.get(y)!.total, k)),
        rowTotals: [],
        colTotals: [],
      };
    }
    const values = valuesOf(other);
    const yearIsRow = first === 'YEAR';
    const cells = inRange.flatMap((y) =>
      values.map((v) => {
        const n = releases.get(y)!.marginals(other).get(v) ?? { count: 0, suppressed: false };
        return yearIsRow ? publish(String(y), v, n, k) : publish(v, String(y), n, k);
      }),
    );
    const yearTotals = inRange.map((y) =>
      yearIsRow ? publish(String(y), null, releases.get(y)!.total, k) : publish(null, String(y), releases.get(y)!.total, k),
    );
    const valueTotals = values.map((v) =>
      yearIsRow ? publish(null, v, marginalOver(other, v), k) : publish(v, null, marginalOver(other, v), k),
    );
    return {
      ...base,
      rows: yearIsRow ? yearRows : values,
      cols: yearIsRow ? values : yearRows,
      cells,
      rowTotals: yearIsRow ? yearTotals : valueTotals,
      colTotals: yearIsRow ? valueTotals : yearTotals,
    };
  }

  const a = first as KeyDimension;
  const rows = valuesOf(a);
  if (!second) {
    return {
      ...base,
      rows,
      cols: [],
      cells: rows.map((v) => publish(v, null, marginalOver(a, v), k)),
      rowTotals: [],
      colTotals: [],
    };
  }
  const b = second as KeyDimension;
  const cols = valuesOf(b);
  // Each year's pair table is protected once, in KEY_DIMENSIONS order, whichever way it is asked.
  const swapped = byOrder(a) > byOrder(b);
  const cellOf = (y: number, r: string, c: string) => {
    const release = releases.get(y)!;
    const rowsOfYear = release.marginals(a);
    const colsOfYear = release.marginals(b);
    if (!rowsOfYear.has(r) || !colsOfYear.has(c)) return undefined; // a value absent from the year: 0, published
    return swapped ? release.pair(b, a).get(`${c}\u0000${r}`) : release.pair(a, b).get(`${r}\u0000${c}`);
  };
  return {
    ...base,
    rows,
    cols,
    cells: rows.flatMap((r) => cols.map((c) => publish(r, c, sumOver(inRange.map((y) => cellOf(y, r, c))), k))),
    rowTotals: rows.map((r) => publish(r, null, marginalOver(a, r), k)),
    colTotals: cols.map((c) => publish(null, c, marginalOver(b, c), k)),
  };
}
