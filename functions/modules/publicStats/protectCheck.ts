import fc from 'fast-check';
import type { StatDimension } from '@ruta/schema/generated/types';
import { statFootprint, type StatCase } from '#modules/publicStats/cells';
import { buildTable, parseYear, type PublishedCell, type PublishedTable } from '#modules/publicStats/table';

/*
 * The checker of the public statistics' suppression, shared by its property test
 * (protect.property.test.ts, which asserts on it) and `npm run bench` (functions/bench/publicStats.ts,
 * which prints its figures). Test-time code: fast-check generates the case sets; nothing in the API
 * imports this file.
 */

/**
 * The attacker's view of one table: every published number is a constant, every suppressed one an
 * unknown non-negative integer, tied by the table's sums (exact, or ≥ along EXPLOITATION, where a
 * case with two types counts twice). For each suppressed number we search, by brute force with
 * propagation — independently of the protection's own network check — for a solution of all the
 * constraints in which it takes a value other than its true one. None found = recovered.
 */
export interface Line {
  parts: number[];
  whole: number;
  exact: boolean;
}

export function alternativeExists(values: number[], known: boolean[], lines: Line[], target: number): boolean {
  // Search a change d of the suppressed numbers, each by −1, 0 or +1 (the target by ±1), that keeps
  // every published number: exact lines still add up, ≥ lines still hold, nothing negative. Finding
  // one proves the target has two feasible values; not finding one counts as recovered (so the test
  // can only err on the side of failing).
  const unknowns = [target, ...values.map((_, i) => i).filter((i) => !known[i] && i !== target)];
  const d = values.map(() => 0);
  const assigned = values.map((_, i) => known[i]!);
  const members = lines.map((l) => [...l.parts.map((p) => [p, 1] as const), [l.whole, -1] as const]);
  const ok = (): boolean =>
    lines.every((line, li) => {
      const open = members[li]!.filter(([m]) => !assigned[m]).length;
      const delta = members[li]!.reduce((s, [m, sign]) => s + (assigned[m] ? sign * d[m]! : 0), 0);
      if (line.exact) return open === 0 ? delta === 0 : Math.abs(delta) <= open;
      if (open > 0) return true;
      const whole = values[line.whole]! + d[line.whole]!;
      const sum = line.parts.reduce((s, p) => s + values[p]! + d[p]!, 0);
      return sum >= whole && line.parts.every((p) => values[p]! + d[p]! <= whole);
    });
  const search = (at: number): boolean => {
    if (!ok()) return false;
    if (at === unknowns.length) return true;
    const i = unknowns[at]!;
    for (const step of at === 0 ? [1, -1] : [0, 1, -1]) {
      if (values[i]! + step < 0) continue;
      d[i] = step;
      assigned[i] = true;
      if (search(at + 1)) return true;
      assigned[i] = false;
      d[i] = 0;
    }
    return false;
  };
  return search(0);
}

export const SEXES = ['FEMALE', 'MALE', 'UNKNOWN'];
export const BANDS = ['AGE_12_17', 'AGE_18_24', 'AGE_25_39'];
export const NATIONS = ['EC', 'VE', 'CO'];
export const PROVINCES = ['09', '17'];
export const TYPES = ['SEXUAL', 'LABOUR', 'OTHER'];
export const DIMS = ['SEX', 'AGE_BAND', 'NATIONALITY', 'EXPLOITATION', 'PROVINCE'] as const;

export const caseArb: fc.Arbitrary<StatCase> = fc.record({
  dateIdentified: fc.constantFrom('2021-04-01', '2022-09-01'),
  sex: fc.constantFrom(...SEXES),
  ageBand: fc.constantFrom(...BANDS),
  nationality: fc.constantFrom(...NATIONS),
  provinceIdentified: fc.constantFrom(...PROVINCES),
  exploitationTypes: fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 2 }),
});

export function yearsOf(cases: readonly StatCase[]) {
  const years = new Map<number, Map<string, number>>();
  for (const c of cases) {
    const f = statFootprint(c, true)!;
    const cells = years.get(Number(f.year)) ?? new Map<string, number>();
    for (const k of f.keys) cells.set(k, (cells.get(k) ?? 0) + 1);
    years.set(Number(f.year), cells);
  }
  return new Map([...years].map(([y, cells]) => [y, parseYear(cells)]));
}

/** The true value of a published number, counted straight from the cases (not from the cells). */
export function truth(cases: readonly StatCase[], year: number, dims: readonly (typeof DIMS)[number][], cell: PublishedCell): number {
  const wanted: [string, string][] = [];
  if (cell.row !== null) wanted.push([dims[0]!, cell.row]);
  if (cell.col !== null) wanted.push([dims[1]!, cell.col]);
  const value = (c: StatCase, d: string) =>
    d === 'SEX' ? c.sex : d === 'AGE_BAND' ? c.ageBand : d === 'NATIONALITY' ? c.nationality : c.provinceIdentified;
  return cases.filter(
    (c) =>
      c.dateIdentified!.startsWith(String(year)) &&
      wanted.every(([d, v]) => (d === 'EXPLOITATION' ? c.exploitationTypes!.includes(v) : value(c, d) === v)),
  ).length;
}

export interface Tally {
  /** Single-year tables checked. */
  tables: number;
  /** Suppressed counts attacked. */
  suppressed: number;
  /** Of those, how many the search could pin to one value (the goal: 0). */
  recovered: number;
  /** Published counts under k (the goal: 0). */
  underK: number;
  /** Published counts that differ from the count of the cases (the goal: 0). */
  wrong: number;
}

export function attack(cases: readonly StatCase[], table: PublishedTable, year: number, tally: Tally) {
  const dims = table.dimensions as (typeof DIMS)[number][];
  const numbers: PublishedCell[] = [...table.cells, ...table.rowTotals, ...table.colTotals, table.total];
  const values = numbers.map((n) => truth(cases, year, dims, n));
  numbers.forEach((n, i) => {
    if (!n.suppressed) {
      if (n.count !== values[i]) tally.wrong++;
      if (n.count! < table.k) tally.underK++;
    }
  });
  const idx = new Map(numbers.map((n, i) => [n, i]));
  const totalIdx = idx.get(table.total)!;
  const exactAlong = (d: string | undefined) => d !== 'EXPLOITATION';
  const lines: Line[] = [];
  if (dims.length === 1) {
    lines.push({ parts: table.cells.map((c) => idx.get(c)!), whole: totalIdx, exact: exactAlong(dims[0]) });
  } else {
    for (const rt of table.rowTotals) {
      const parts = table.cells.filter((c) => c.row === rt.row).map((c) => idx.get(c)!);
      lines.push({ parts, whole: idx.get(rt)!, exact: exactAlong(dims[1]) });
    }
    for (const ct of table.colTotals) {
      const parts = table.cells.filter((c) => c.col === ct.col).map((c) => idx.get(c)!);
      lines.push({ parts, whole: idx.get(ct)!, exact: exactAlong(dims[0]) });
    }
    lines.push({ parts: table.rowTotals.map((c) => idx.get(c)!), whole: totalIdx, exact: exactAlong(dims[0]) });
    lines.push({ parts: table.colTotals.map((c) => idx.get(c)!), whole: totalIdx, exact: exactAlong(dims[1]) });
  }
  const known = numbers.map((n) => !n.suppressed);
  tally.tables++;
  numbers.forEach((n, i) => {
    if (!n.suppressed) return;
    tally.suppressed++;
    if (!alternativeExists(values, known, lines, i)) tally.recovered++;
  });
}

export const combos: (typeof DIMS)[number][][] = [...DIMS.map((d) => [d]), ...DIMS.flatMap((a, i) => DIMS.slice(i + 1).map((b) => [a, b]))];

/** The fixed seed and run count of the property test: the bench prints the same figures. */
export const PROPERTY_SEED = 20261201;
export const propertyRuns = () => Number(process.env.RUTA_PROPERTY_RUNS ?? 300);

/**
 * Random case sets (3–60 cases over two years) × every one- and two-dimension table (either order) of
 * each year, with k = 5: each table's suppressed counts attacked. Returns the tally; throws only if
 * the table building itself throws.
 */
export function checkSingleYearTables(seed = PROPERTY_SEED, numRuns = propertyRuns()): Tally {
  const tally: Tally = { tables: 0, suppressed: 0, recovered: 0, underK: 0, wrong: 0 };
  fc.assert(
    fc.property(fc.array(caseArb, { minLength: 3, maxLength: 60 }), fc.constantFrom(...combos), fc.boolean(), (cases, dims, swap) => {
      const years = yearsOf(cases);
      const asked = (swap && dims.length === 2 ? [dims[1]!, dims[0]!] : dims) as StatDimension[];
      for (const year of years.keys()) attack(cases, buildTable(years, asked, year, year, 5), year, tally);
    }),
    { seed, numRuns },
  );
  return tally;
}
