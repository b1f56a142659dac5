/**
 * The public statistics query, called without a token by a plain fetch (no Apollo on this page: it
 * must stay light for visitors who never sign in). The types mirror schema/graphql/publicStats.graphql.
 *
 * It is a GET of `/public/graphql` on the page's own origin: in AWS that path is a CloudFront behaviour
 * caching the API's answers by their query string for 5 minutes (infra/lib/admin-stack.ts), locally the
 * same handler. The same table is always the same URL (see {@link statisticsUrl}), so the edge and the
 * browser serve repeated tables without reaching the function.
 */
export const STAT_DIMENSIONS = ['YEAR', 'SEX', 'AGE_BAND', 'NATIONALITY', 'EXPLOITATION', 'PROVINCE'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

export interface StatCell {
  row: string | null;
  col: string | null;
  count: number | null;
  suppressed: boolean;
}

export interface StatTable {
  dimensions: StatDimension[];
  yearFrom: number;
  yearTo: number;
  k: number;
  rows: string[];
  cols: string[];
  cells: StatCell[];
  rowTotals: StatCell[];
  colTotals: StatCell[];
  total: StatCell;
  yearsAvailable: number[];
}

export interface StatsRequest {
  dimensions: StatDimension[];
  yearFrom?: number | null;
  yearTo?: number | null;
}

/** A refusal of the API: its code (BAD_USER_INPUT, RATE_LIMITED…) and the field it names, if any. */
export class StatsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const CELL = 'row col count suppressed';
const QUERY = `query publicStatistics($dimensions: [StatDimension!]!, $yearFrom: Int, $yearTo: Int) {
  publicStatistics(dimensions: $dimensions, yearFrom: $yearFrom, yearTo: $yearTo) {
    dimensions yearFrom yearTo k rows cols yearsAvailable
    cells { ${CELL} } rowTotals { ${CELL} } colTotals { ${CELL} } total { ${CELL} }
  }
}`;

/** The public route, same origin as the page (CloudFront in AWS, the local server locally). */
export const PUBLIC_GRAPHQL = '/public/graphql';

/**
 * The GET URL of one table: the query's text on one line and the variables in a fixed order, years
 * left out when not chosen — one table, one URL, one cache entry.
 */
export function statisticsUrl({ dimensions, yearFrom, yearTo }: StatsRequest): string {
  const variables = { dimensions, ...(yearFrom != null ? { yearFrom } : {}), ...(yearTo != null ? { yearTo } : {}) };
  const query = QUERY.replace(/\s+/g, ' ');
  return `${PUBLIC_GRAPHQL}?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
}

export async function fetchPublicStatistics(request: StatsRequest, fetchFn: typeof fetch = fetch): Promise<StatTable> {
  // A GET needs a header a browser would not send cross-site without a preflight (Apollo's CSRF
  // prevention); the edge forwards it but does not key its cache on it.
  const response = await fetchFn(statisticsUrl(request), { headers: { 'apollo-require-preflight': 'true' } });
  if (response.status === 429) throw new StatsError('RATE_LIMITED', 'Too many requests');
  const body = (await response.json().catch(() => null)) as {
    data?: { publicStatistics?: StatTable } | null;
    errors?: { message: string; extensions?: { code?: string; fields?: { path?: string }[] } }[];
  } | null;
  const error = body?.errors?.[0];
  if (error) throw new StatsError(error.extensions?.code ?? 'ERROR', error.message, error.extensions?.fields?.[0]?.path);
  if (!body?.data?.publicStatistics) throw new StatsError('ERROR', `HTTP ${response.status}`);
  return body.data.publicStatistics;
}
