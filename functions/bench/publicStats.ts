/**
 * Public statistics figures for `npm run bench` (issue 12), called from run.ts once the demo data is
 * loaded (`node --import tsx functions/bench/run.ts --only publicStats` runs this section alone):
 *
 * 1. The anonymous `publicStatistics` request as the public page sends it — a GET of
 *    `/public/graphql` without a token — through the Lambda handler: DynamoDB requests and p95, with
 *    the demo's counted cases (1×) and after adding 100× as many (100×). The request reads only the
 *    aggregate partition (one item per year), so its request count should not move; the ratio's goal
 *    is ≤ 1.1. The 100× cases are written as their aggregate steps only — the same
 *    `publicStatFootprintSteps` a case's own transaction adds, summed per year into few transactions —
 *    not as case records, which the request never reads.
 * 2. The property test's checker (modules/publicStats/protectCheck.ts, same seed and runs): how many
 *    single-year tables it checked and how many suppressed counts it tried to recover (goal: 0
 *    recovered, 0 counts under k shown).
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { apiEvent } from './apiEvent.ts';

export interface PublicStatsBenchInput {
  handler: (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
  context: Context;
  rounds?: number;
}

const CELL = 'row col count suppressed';
const QUERY = `query publicStatistics($dimensions: [StatDimension!]!, $yearFrom: Int, $yearTo: Int) {
  publicStatistics(dimensions: $dimensions, yearFrom: $yearFrom, yearTo: $yearTo) {
    dimensions yearFrom yearTo k rows cols yearsAvailable
    cells { ${CELL} } rowTotals { ${CELL} } colTotals { ${CELL} } total { ${CELL} }
  }
}`.replace(/\s+/g, ' ');

/** The tables a visitor asks for most: by year, years by sex, provinces by exploitation type, nationality. */
const TABLES = [['YEAR'], ['YEAR', 'SEX'], ['PROVINCE', 'EXPLOITATION'], ['NATIONALITY']];

/** An anonymous GET of the public route, as the public page sends it (admin/src/publicStats/statsApi.ts). */
function getEvent(dimensions: string[]): APIGatewayProxyEventV2 {
  const rawQueryString = new URLSearchParams({ query: QUERY, variables: JSON.stringify({ dimensions }) }).toString();
  return apiEvent({ method: 'GET', path: '/public/graphql', headers: { 'apollo-require-preflight': 'true' }, rawQueryString });
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

interface Measure {
  /** The most DynamoDB requests any of the tables took (they all read the same partition). */
  requests: number;
  p50: number;
  p95: number;
  /** The grand total of the by-year table (null when suppressed). */
  total: number | null;
  cacheControl: string;
}

async function measure({ handler, context, rounds = 100 }: PublicStatsBenchInput): Promise<Measure> {
  const times: number[] = [];
  let requests = 0;
  let total: number | null = null;
  let cacheControl = '';
  for (let i = 0; i < rounds + 10; i++) {
    for (const dims of TABLES) {
      const t0 = performance.now();
      const r = await handler(getEvent(dims), context);
      const dt = performance.now() - t0;
      const body = JSON.parse(r.body ?? '{}');
      if (r.statusCode !== 200 || body.errors) throw new Error(`publicStatistics ${dims.join('×')} failed: ${r.body}`);
      if (i < 10) continue; // warm-up
      times.push(dt);
      requests = Math.max(requests, Number(r.headers?.['x-ruta-dynamo-requests']));
      cacheControl = String(r.headers?.['cache-control']);
      if (dims.length === 1 && dims[0] === 'YEAR') total = body.data.publicStatistics.total.count;
    }
  }
  return { requests, p50: pct(times, 50), p95: pct(times, 95), total, cacheControl };
}

/** A deterministic spread of synthetic cases over the demo's years and many cells (the partition's worst case: more cells). */
function* syntheticCases(
  count: number,
  years: readonly number[],
  values: Record<'SEXES' | 'BANDS' | 'NATIONS' | 'TYPES', readonly string[]>,
) {
  const { SEXES, BANDS, NATIONS, TYPES } = values;
  const provinces = ['01', '07', '09', '11', '13', '17', '18', '21', '23', '24'];
  let seed = 20261202;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let i = 0; i < count; i++) {
    const types = [TYPES[next(TYPES.length)]!, ...(next(4) === 0 ? [TYPES[next(TYPES.length)]!] : [])];
    yield {
      dateIdentified: `${years[next(years.length)]}-06-01`,
      sex: SEXES[next(SEXES.length)]!,
      ageBand: BANDS[next(BANDS.length)]!,
      nationality: NATIONS[next(NATIONS.length)]!,
      provinceIdentified: provinces[next(provinces.length)]!,
      exploitationTypes: types,
    };
  }
}

export async function benchPublicStats(input: PublicStatsBenchInput): Promise<void> {
  const { readPublicStatYears, publicStatFootprintSteps } = await import('#modules/publicStats/entity');
  const { statFootprint, ANY_TYPE } = await import('#modules/publicStats/cells');
  const { transact } = await import('#platform/transact');
  // The checker loads fast-check: only when this section runs. Its value lists serve the synthetic cases too.
  const check = await import('#modules/publicStats/protectCheck');
  const values = { SEXES: check.SEXES, BANDS: check.BANDS, NATIONS: check.NATIONS, TYPES: [...check.TYPES, 'FORCED_BEGGING'] };

  // The demo's counted cases: the case-level cells (`*` as the type) of every year, summed.
  const demoYears = await readPublicStatYears();
  const counted = [...demoYears.values()].reduce(
    (sum, cells) => sum + [...cells].reduce((s, [key, n]) => s + (key.endsWith(`|${ANY_TYPE}`) ? n : 0), 0),
    0,
  );
  const years = demoYears.size ? [...demoYears.keys()] : [2023];
  const small = await measure(input);

  // 100× the demo's counted cases (3,600 if the demo counts none), as their aggregate steps:
  // each case's footprint, summed per year, 50 cases to a transaction (one Update per year item, its
  // ADD expression well under DynamoDB's 4 KB).
  const extra = counted ? 100 * counted : 3600;
  const t0 = performance.now();
  let batch: ReturnType<typeof statFootprint>[] = [];
  const flush = async () => {
    const byYear = new Map<string, string[]>();
    for (const f of batch) if (f) byYear.set(f.year, [...(byYear.get(f.year) ?? []), ...f.keys]);
    await transact([...byYear].flatMap(([year, keys]) => publicStatFootprintSteps(null, { year, keys })));
    batch = [];
  };
  for (const c of syntheticCases(extra, years, values)) {
    batch.push(statFootprint(c, true));
    if (batch.length === 50) await flush();
  }
  await flush();
  const writeMs = performance.now() - t0;
  const cells = [...(await readPublicStatYears()).values()].reduce((s, m) => s + m.size, 0);
  const big = await measure(input);

  const t1 = performance.now();
  const tally = check.checkSingleYearTables();
  const checkMs = performance.now() - t1;

  const rounds = input.rounds ?? 100;
  console.log('\nPublic statistics (anonymous GET of /public/graphql through the Lambda handler, 4 tables)');
  console.log(
    `  demo data (1×)             ${counted} counted cases, total shown ${small.total ?? 'suppressed'}: ${small.requests} DynamoDB request(s), p50 ${small.p50.toFixed(1)} ms, p95 ${small.p95.toFixed(1)} ms`,
  );
  console.log(
    `  + ${extra} synthetic cases (${(extra / Math.max(counted, 1)).toFixed(0)}×)  total shown ${big.total ?? 'suppressed'}, ${cells} non-empty cells: ${big.requests} DynamoDB request(s), p50 ${big.p50.toFixed(1)} ms, p95 ${big.p95.toFixed(1)} ms`,
  );
  console.log(
    `  ratio (100× cases)         requests ${(big.requests / small.requests).toFixed(2)}, p95 ${(big.p95 / small.p95).toFixed(2)}   (goal ≤ 1.1; ${rounds} rounds of 4 tables after 10 warm-up)`,
  );
  console.log(
    `  (the 100× cases were written as their aggregate steps only, ${(writeMs / 1000).toFixed(1)} s; the answers carry Cache-Control "${big.cacheControl}", so in AWS CloudFront answers repeats without the function)`,
  );
  console.log(
    `  suppression check          ${tally.tables} single-year tables, ${tally.suppressed} suppressed counts attacked, ${tally.recovered} recovered, ${tally.underK} shown under k, ${tally.wrong} wrong   (goal 0 / 0 / 0; protectCheck.ts, seed ${check.PROPERTY_SEED}, ${check.propertyRuns()} case sets, ${(checkMs / 1000).toFixed(1)} s)`,
  );
}
