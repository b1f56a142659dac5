import { runtimeConfig } from '../auth/runtimeConfig.ts';

/**
 * The public statistics query, called without a token by a plain fetch (no Apollo on this page: it
 * must stay light for visitors who never sign in). The types mirror schema/graphql/publicStats.graphql.
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

async function endpoint(): Promise<string> {
  const config = await runtimeConfig();
  return config.mode === 'local' ? '/graphql' : config.apiUrl;
}

export async function fetchPublicStatistics(request: StatsRequest, fetchFn: typeof fetch = fetch): Promise<StatTable> {
  const response = await fetchFn(await endpoint(), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: request }),
  });
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
