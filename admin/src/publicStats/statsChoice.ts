import { STAT_DIMENSIONS, type StatDimension } from './statsApi.ts';

/**
 * What the visitor chose on the public statistics page, kept in the page's address
 * (`#/estadisticas?dim=YEAR&dim2=SEX&from=2021&to=2023`) rather than in component state: switching the
 * language re-mounts the whole page (react-admin re-renders everything on a locale change), and the
 * choice must survive it — and a table can be shared or bookmarked as a link.
 */
export interface StatsChoice {
  first: StatDimension;
  second: StatDimension | '';
  yearFrom: number | null;
  yearTo: number | null;
}

const dimension = (v: string | null): StatDimension | null =>
  (STAT_DIMENSIONS as readonly string[]).includes(v ?? '') ? (v as StatDimension) : null;
const year = (v: string | null): number | null => (v && /^\d{4}$/.test(v) ? Number(v) : null);

/** The choice in these parameters; anything unknown or malformed falls back to the default (years by year, all years). */
export function readChoice(params: URLSearchParams): StatsChoice {
  const first = dimension(params.get('dim')) ?? 'YEAR';
  const second = dimension(params.get('dim2'));
  const yearFrom = year(params.get('from'));
  const to = year(params.get('to'));
  return {
    first,
    second: second && second !== first ? second : '',
    yearFrom,
    yearTo: to !== null && yearFrom !== null && to < yearFrom ? yearFrom : to,
  };
}

/** The parameters of a choice, defaults left out. */
export function writeChoice(choice: StatsChoice): URLSearchParams {
  const params = new URLSearchParams();
  if (choice.first !== 'YEAR') params.set('dim', choice.first);
  if (choice.second) params.set('dim2', choice.second);
  if (choice.yearFrom !== null) params.set('from', String(choice.yearFrom));
  if (choice.yearTo !== null) params.set('to', String(choice.yearTo));
  return params;
}
