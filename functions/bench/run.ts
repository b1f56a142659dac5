/**
 * `npm run bench`: prints what a typical screen costs — the 25-row agreement list with its parties —
 * through the real Lambda handler against DynamoDB Local: DynamoDB requests per operation and
 * p50/p95 latency; then the size of the bundled handler, cold starts, and the console's first-load
 * weight and Lighthouse figures (admin.ts). Figures are printed, never asserted.
 */
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { apiEvent } from './apiEvent.ts';
import type { GqlCall } from './import.ts';
import { ensureTable, startEngine } from '#platform/local/engine';
import { createIssuer } from '#platform/local/issuer';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const engine = await startEngine();
const table = `bench-${randomUUID()}`;
await ensureTable(engine.endpoint, table);
const issuer = await createIssuer('http://bench.local/auth');
Object.assign(process.env, {
  TABLE_NAME: table,
  DYNAMODB_ENDPOINT: engine.endpoint,
  JWT_ISSUER: issuer.issuer,
  JWT_AUDIENCE: issuer.audience,
  JWT_JWKS: JSON.stringify(issuer.jwks),
  RUTA_STAGE: 'local',
});
const { handler } = await import('#handlers/graphql');
const { createContext } = await import('#platform/context');
const { createOrganization } = await import('#modules/organization/service');
const { createAgreement } = await import('#modules/partnerAgreement/service');

// Data: 60 organizations, 100 agreements with 2–4 parties each.
const ctx = createContext({ username: 'bench', displayName: 'bench', role: 'admin', organizationId: null, programIds: [] }, 'bench');
const orgIds: string[] = [];
for (let i = 0; i < 60; i++) {
  orgIds.push((await createOrganization(ctx, { name: `Organización ${i}`, kind: i % 3 ? 'NGO' : 'MINISTRY', country: 'EC' })).id);
}
for (let i = 0; i < 100; i++) {
  const parties = Array.from({ length: 2 + (i % 3) }, (_, k) => orgIds[(i * 7 + k * 13) % orgIds.length]!);
  await createAgreement(ctx, {
    kind: 'MOU',
    title: `Convenio ${i}`,
    partyIds: [...new Set(parties)],
    status: 'ACTIVE',
    startDate: `200${6 + (i % 4)}-0${1 + (i % 9)}-15`,
    objectiveCodes: ['1.1'],
  });
}

const token = (await issuer.sign({ username: 'staff', displayName: 'Staff', role: 'staff', organizationId: orgIds[0]!, programIds: [] }))
  .token;
const query = `query List($first: Int) { partnerAgreements(first: $first) {
  nodes { id title kind status startDate endDate value currency parties { id name acronym } } pageInfo { hasNextPage endCursor } } }`;
const event = (): APIGatewayProxyEventV2 =>
  apiEvent({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: { first: 25 } }),
  });
const context = { awsRequestId: 'bench', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

// Public statistics: the anonymous GET at 1× and 100× cases, and the suppression checker's figures (functions/bench/publicStats.ts).
const publicStatsSection = async () => {
  try {
    const { benchPublicStats } = await import('./publicStats.ts');
    await benchPublicStats({ endpoint: engine.endpoint, handler, context });
  } catch (e) {
    console.log(`\nPublic statistics figures unavailable: ${(e as Error).message}`);
  }
};
// `--only publicStats`: that section alone, on the demo data (for working on it).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only === 'publicStats') {
  await (await import('../seed/load.ts')).loadDemoData();
  await publicStatsSection();
  await engine.stop();
  process.exit(0);
} else if (only) {
  throw new Error(`--only ${only}: only publicStats can run alone`);
}

const times: number[] = [];
let requests = 0;
let rows = 0;
for (let i = 0; i < ROUNDS + 20; i++) {
  const t0 = performance.now();
  const r = await handler(event(), context);
  const dt = performance.now() - t0;
  if (r.statusCode !== 200) throw new Error(`bench query failed: ${r.body}`);
  if (i < 20) continue; // warm-up
  times.push(dt);
  requests = Number(r.headers?.['x-ruta-dynamo-requests']);
  rows = JSON.parse(r.body!).data.partnerAgreements.nodes.length;
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);

console.log('\nRuta bench — agreements list (25 rows with parties) through the Lambda handler, DynamoDB Local');
console.log(`  rows returned              ${rows}`);
console.log(`  DynamoDB requests / query  ${requests}   (goal ≤ 2)`);
console.log(`  latency p50 / p95          ${pct(50)} ms / ${pct(95)} ms   (${ROUNDS} runs after 20 warm-up)`);
console.log(
  `  heap used                  ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(1)} MB`,
);

// The donor's report: its cost must not grow with the number of records.
const { loadDemoData } = await import('../seed/load.ts');
const { PROGRAM_ID } = await import('../seed/ecuadorProgram.ts');
const { recordExpenditure } = await import('#modules/framework/expenditure');
const { scopedId } = await import('#modules/framework/ids');
await loadDemoData();
const donorToken = (
  await issuer.sign({ username: 'donor', displayName: 'Donor', role: 'donor', organizationId: 'org-usaid', programIds: [PROGRAM_ID] })
).token;
const reportQuery = `query Report { resultsReport(programId: "${PROGRAM_ID}", from: "2006-10-01", to: "2009-07-31") {
  subtotal adminFee total difference rows { code cost planned observations indicators { actual target percentAchieved } } otherCosts { cost } } }`;
async function measureReport(rounds: number) {
  const t: number[] = [];
  let reqs = 0;
  for (let i = 0; i < rounds + 10; i++) {
    const ev = event();
    ev.headers.authorization = `Bearer ${donorToken}`;
    ev.body = JSON.stringify({ query: reportQuery });
    const t0 = performance.now();
    const r = await handler(ev, context);
    const dt = performance.now() - t0;
    if (r.statusCode !== 200 || JSON.parse(r.body!).errors) throw new Error(`report failed: ${r.body}`);
    if (i >= 10) t.push(dt);
    reqs = Number(r.headers?.['x-ruta-dynamo-requests']);
  }
  t.sort((a, b) => a - b);
  return { reqs, p50: t[Math.floor(t.length / 2)]!, p95: t[Math.floor(t.length * 0.95)]! };
}
const small = await measureReport(100);
// 100× the demo's program records: 700 more agreements and 700 more expenses over the program's months.
for (let i = 0; i < 700; i++) {
  const month = String((i % 12) + 1).padStart(2, '0');
  const year = 2007 + (i % 2);
  await createAgreement(ctx, {
    programId: PROGRAM_ID,
    kind: 'MOU',
    title: `Extra ${i}`,
    partyIds: ['org-iom-ec', 'org-fnj'],
    status: 'ACTIVE',
    startDate: `${year}-${month}-10`,
    objectiveCodes: [['1.1', '2.3', '5.1', '6.2'][i % 4]!],
  });
  await recordExpenditure(ctx, { budgetLineId: scopedId(PROGRAM_ID, `bl-${(i % 6) + 1}`), date: `${year}-${month}-20`, amount: 1000 + i });
}
const big = await measureReport(100);
console.log('\nDonor results report (whole program, demo data) through the Lambda handler');
console.log(`  demo data                  ${small.reqs} DynamoDB requests, p50 ${small.p50.toFixed(1)} ms, p95 ${small.p95.toFixed(1)} ms`);
console.log(`  + 700 agreements, 700 expenses  ${big.reqs} DynamoDB requests, p50 ${big.p50.toFixed(1)} ms, p95 ${big.p95.toFixed(1)} ms`);
console.log(
  `  ratio (100× records)       requests ${(big.reqs / small.reqs).toFixed(2)}, p95 ${(big.p95 / small.p95).toFixed(2)}   (goal ≤ 1.1)`,
);

// One GraphQL call through the handler, as the bench's domain files make it: answer, requests and time.
const call: GqlCall = async (bearer, q, variables) => {
  const ev = event();
  ev.headers.authorization = `Bearer ${bearer}`;
  ev.body = JSON.stringify({ query: q, variables });
  const t0 = performance.now();
  const r = await handler(ev, context);
  return { body: JSON.parse(r.body!), requests: Number(r.headers?.['x-ruta-dynamo-requests']), ms: performance.now() - t0 };
};

// Cases: list and case page requests, reveal latency with encryption vs a plain read (functions/bench/cases.ts).
try {
  const { benchCases } = await import('./cases.ts');
  await benchCases({
    programId: PROGRAM_ID,
    token: async (role, organizationId) =>
      (await issuer.sign({ username: `bench-${role}`, displayName: role, role, organizationId, programIds: [] })).token,
    call,
  });
} catch (e) {
  console.log(`\nCase figures unavailable: ${(e as Error).message}`);
}

await publicStatsSection();

// Trainings: a list page of 25 with its organizers and participating organizations (goal ≤ 2 requests).
{
  const trainingsPage = `{ trainings(filter: { programId: "${PROGRAM_ID}" }, first: 25) {
    nodes { id title organizers { name } audience { organization { name } total } totals { total } } } }`;
  const ev = event();
  ev.body = JSON.stringify({ query: trainingsPage });
  const r = await handler(ev, context);
  const nodes = JSON.parse(r.body!).data?.trainings?.nodes ?? [];
  console.log('\nTrainings list (the demo program, 25 rows with organizers and participating organizations)');
  console.log(`  rows returned              ${nodes.length}`);
  console.log(`  DynamoDB requests / page   ${r.headers?.['x-ruta-dynamo-requests']}   (goal ≤ 2)`);
}

// Scholarships: 10,000 rows through the batch import, next to raw BatchWriteItem (functions/bench/import.ts).
try {
  const { benchImport } = await import('./import.ts');
  await benchImport({
    programId: PROGRAM_ID,
    staffToken: token,
    measureReport,
    rows: Number(process.env.BENCH_IMPORT_ROWS ?? 10_000),
    call,
  });
} catch (e) {
  console.log(`\nImport figures unavailable: ${(e as Error).message}`);
}

// Partner activity records: review queue page, approving 100, report at 100× records (functions/bench/activityRecords.ts).
try {
  const { benchActivityRecords } = await import('./activityRecords.ts');
  const partner = await issuer.sign({
    username: 'bench-partner',
    displayName: 'Partner',
    role: 'partner',
    organizationId: 'org-fnj',
    programIds: [PROGRAM_ID],
  });
  await benchActivityRecords({
    programId: PROGRAM_ID,
    partnerToken: partner.token,
    staffToken: token,
    measureReport,
    call,
  });
} catch (e) {
  console.log(`\nActivity record figures unavailable: ${(e as Error).message}`);
}

try {
  const { bundleHandler } = await import('../scripts/bundle.ts');
  const b = await bundleHandler();
  console.log('\nBundled Lambda handler (esbuild, minified ESM)');
  console.log(`  loaded at start-up         ${(b.startupBytes / 1024).toFixed(0)} KiB   (goal ≤ 1024 KiB)`);
  console.log(`  all chunks                 ${(b.totalBytes / 1024).toFixed(0)} KiB`);
  console.log('  added by the first call of (lazy chunks not already loaded at start-up):');
  for (const m of b.lazyModules.filter((x: { module: string }) => x.module.includes('functions/modules/'))) {
    console.log(`    ${m.module.replace('functions/modules/', '').padEnd(36)} ${(m.bytes / 1024).toFixed(0).padStart(5)} KiB`);
  }
  console.log(`  duplicated packages        ${b.duplicates.length ? b.duplicates.join(', ') : 'none'}`);
  console.log(
    `  largest inputs             ${b.topInputs
      .slice(0, 6)
      .map((x: { path: string; bytes: number }) => `${x.path.replace(/^.*node_modules\//, '')} ${(x.bytes / 1024).toFixed(0)}K`)
      .join(', ')}`,
  );
} catch (e) {
  console.log(`\nBundle figures unavailable: ${(e as Error).message}`);
}

// Cold start against an Apollo hello world: fresh processes, the handler pointed at this table (60+
// organizations) with a staff token.
try {
  const { measureColdStart, printColdStart } = await import('./coldStart.ts');
  const rounds = Number(process.env.BENCH_COLD_ROUNDS ?? 20);
  const year = '2006-10-01", to: "2009-07-31';
  printColdStart(
    await measureColdStart({
      dynamoEndpoint: engine.endpoint,
      tableName: table,
      rounds,
      jwt: { issuer: issuer.issuer, audience: issuer.audience, jwks: issuer.jwks, token },
      // The first operation of each domain: start-up plus loading that domain's chunk.
      operations: [
        { label: 'organizations(first: 25)', query: '{ organizations(first: 25) { nodes { id name kind } } }' },
        { label: 'partnerAgreements(first: 25)', query: '{ partnerAgreements(first: 25) { nodes { id title parties { name } } } }' },
        { label: 'trainings(first: 25)', query: '{ trainings(first: 25) { nodes { id title organizers { name } } } }' },
        { label: 'programs', query: '{ programs { nodes { id name } } }' },
        { label: 'framework(programId)', query: `{ framework(programId: "${PROGRAM_ID}") { objectives { code } } }` },
        { label: 'resultsReport(whole program)', query: `{ resultsReport(programId: "${PROGRAM_ID}", from: "${year}") { total } }` },
        { label: 'auditEvents', query: `{ auditEvents(entityType: "Program", entityId: "${PROGRAM_ID}") { nodes { action } } }` },
      ],
    }),
    rounds,
  );
} catch (e) {
  console.log(`\nCold-start figures unavailable: ${(e as Error).message}`);
}
// The console: first-load weight and Lighthouse (needs the built admin and Debian Chromium).
try {
  const { measureAdmin, printAdmin } = await import('./admin.ts');
  printAdmin(await measureAdmin(engine.endpoint));
} catch (e) {
  console.log(`\nAdmin figures unavailable: ${(e as Error).message}`);
}
await engine.stop();
process.exit(0);
