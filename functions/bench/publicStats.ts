/**
 * Public statistics figures for `npm run bench` (issue 12), called from run.ts once the demo data is
 * loaded (`node --import tsx functions/bench/run.ts --only publicStats` runs this section alone):
 *
 * 1. The anonymous `publicStatistics` request as the public page sends it — a GET of
 *    `/public/graphql` without a token — through the Lambda handler: DynamoDB requests and p95, with
 *    the demo's counted cases (1×) and with 100× as many. The 100× data is a second table holding the
 *    demo's statistics partition plus 100× its cases, written as their aggregate steps only — the
 *    same `publicStatFootprintSteps` a case's own transaction adds, summed per year into few
 *    transactions — not as case records, which the request never reads. Requests alternate between
 *    the two tables, so the machine's noise falls on both alike. The request reads only the aggregate
 *    partition (one item per year), so its request count should not move; the ratio's goal is ≤ 1.1.
 *    Then, at 100×, with a case written before each request: what a year that changed costs.
 * 2. The property test's checker (modules/publicStats/protectCheck.ts, same seed and runs): how many
 *    single-year tables it checked and how many suppressed counts it tried to recover (goal: 0
 *    recovered, 0 counts under k shown).
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { apiEvent } from './apiEvent.ts';

export interface PublicStatsBenchInput {
  /** The DynamoDB Local the bench runs against (the 100× data goes to a second table there). */
  endpoint: string;
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

/**
 * Times the four tables against each of `tables` in turn, request by request (1×, 100×, 1×, …), so
 * whatever else the machine does falls on every table alike. `before` runs ahead of each request,
 * untimed (a case's write, so a year comes back from the Query).
 */
async function measure(
  { handler, context, rounds = 100 }: PublicStatsBenchInput,
  tables: readonly string[],
  before?: () => Promise<unknown>,
): Promise<Measure[]> {
  const { connectTable, documentClient, tableName } = await import('#platform/store');
  const client = documentClient();
  const connected = tableName();
  const runs = tables.map(() => ({ times: [] as number[], requests: 0, total: null as number | null, cacheControl: '' }));
  for (let i = 0; i < rounds + 10; i++) {
    for (const dims of TABLES) {
      for (const [t, table] of tables.entries()) {
        connectTable(client, table);
        await before?.();
        const t0 = performance.now();
        const r = await handler(getEvent(dims), context);
        const dt = performance.now() - t0;
        const body = JSON.parse(r.body ?? '{}');
        if (r.statusCode !== 200 || body.errors) throw new Error(`publicStatistics ${dims.join('×')} failed: ${r.body}`);
        if (i < 10) continue; // warm-up
        const run = runs[t]!;
        run.times.push(dt);
        run.requests = Math.max(run.requests, Number(r.headers?.['x-ruta-dynamo-requests']));
        run.cacheControl = String(r.headers?.['cache-control']);
        if (dims.length === 1 && dims[0] === 'YEAR') run.total = body.data.publicStatistics.total.count;
      }
    }
  }
  connectTable(client, connected);
  return runs.map((r) => ({
    requests: r.requests,
    p50: pct(r.times, 50),
    p95: pct(r.times, 95),
    total: r.total,
    cacheControl: r.cacheControl,
  }));
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
  const { connectTable, documentClient, tableName } = await import('#platform/store');
  const [client, table] = [documentClient(), tableName()];
  try {
    await figures(input);
  } finally {
    // The sections after this one read the bench's own table, whatever happened here.
    connectTable(client, table);
  }
}

async function figures(input: PublicStatsBenchInput): Promise<void> {
  const { PUBLIC_STAT_PK, readPublicStatYears, publicStatFootprintSteps } = await import('#modules/publicStats/entity');
  const { statFootprint, ANY_TYPE } = await import('#modules/publicStats/cells');
  const { transact } = await import('#platform/transact');
  const { connectTable, documentClient, tableName } = await import('#platform/store');
  const { ensureTable } = await import('#platform/local/engine');
  const { PutCommand, QueryCommand } = await import('@aws-sdk/lib-dynamodb');
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

  // 100×: a second table with the demo's statistics partition (all the request reads) plus 100× the
  // demo's counted cases (3,600 if the demo counts none), as their aggregate steps: each case's
  // footprint, summed per year, 50 cases to a transaction (one Update per year item, its ADD
  // expression well under DynamoDB's 4 KB).
  const client = documentClient();
  const small = tableName();
  const big = `${small}-stats100x`;
  await ensureTable(input.endpoint, big);
  const demoItems = await client.send(
    new QueryCommand({ TableName: small, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': PUBLIC_STAT_PK } }),
  );
  for (const Item of demoItems.Items ?? []) await client.send(new PutCommand({ TableName: big, Item }));
  connectTable(client, big);
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
  const bigYears = await readPublicStatYears();
  const cells = [...bigYears.values()].reduce((s, m) => s + m.size, 0);
  connectTable(client, small);

  const [one, hundred] = (await measure(input, [small, big])) as [Measure, Measure];
  // At 100×, each request after a case's write to the busiest year: that year item comes back whole.
  const busiest = [...bigYears].sort((a, b) => b[1].size - a[1].size)[0]!;
  const oneCase = [...busiest[1].keys()].slice(0, 2);
  const [written] = (await measure(input, [big], () =>
    transact(publicStatFootprintSteps(null, { year: String(busiest[0]), keys: oneCase })),
  )) as [Measure];

  const t1 = performance.now();
  const tally = check.checkSingleYearTables();
  const checkMs = performance.now() - t1;

  const rounds = input.rounds ?? 100;
  console.log('\nPublic statistics (anonymous GET of /public/graphql through the Lambda handler, 4 tables)');
  console.log(
    `  demo data (1×)             ${counted} counted cases, total shown ${one.total ?? 'suppressed'}: ${one.requests} DynamoDB request(s), p50 ${one.p50.toFixed(1)} ms, p95 ${one.p95.toFixed(1)} ms`,
  );
  console.log(
    `  + ${extra} synthetic cases (${(extra / Math.max(counted, 1)).toFixed(0)}×)  total shown ${hundred.total ?? 'suppressed'}, ${cells} non-empty cells: ${hundred.requests} DynamoDB request(s), p50 ${hundred.p50.toFixed(1)} ms, p95 ${hundred.p95.toFixed(1)} ms`,
  );
  console.log(
    `  ratio (100× cases)         requests ${(hundred.requests / one.requests).toFixed(2)}, p95 ${(hundred.p95 / one.p95).toFixed(2)}   (goal ≤ 1.1; ${rounds} rounds of 4 tables after 10 warm-up)`,
  );
  console.log(
    `  100×, a case written before each request  the year it changed (${busiest[1].size} cells) comes back whole: ${written.requests} DynamoDB request(s), p50 ${written.p50.toFixed(1)} ms, p95 ${written.p95.toFixed(1)} ms`,
  );
  console.log(
    `  (a warm function's Query leaves out the year items it holds unchanged, partitionCache.ts; the 100× cases were written as their aggregate steps only, ${(writeMs / 1000).toFixed(1)} s; the answers carry Cache-Control "${hundred.cacheControl}", so in AWS CloudFront answers repeats without the function)`,
  );
  console.log(
    `  suppression check          ${tally.tables} single-year tables, ${tally.suppressed} suppressed counts attacked, ${tally.recovered} recovered, ${tally.underK} shown under k, ${tally.wrong} wrong   (goal 0 / 0 / 0; protectCheck.ts, seed ${check.PROPERTY_SEED}, ${check.propertyRuns()} case sets, ${(checkMs / 1000).toFixed(1)} s)`,
  );
}
