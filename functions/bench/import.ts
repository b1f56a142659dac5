/**
 * Import figures for `npm run bench` (called from run.ts after the demo data is loaded): 10,000
 * scholarship rows through the Lambda handler's `importScholarships`, in calls of MAX_IMPORT_ROWS as
 * the console sends them — rows a second and the process's peak memory (the handler runs in this
 * process: RSS and heap high-water while importing) — next to a raw BatchWriteItem of the same
 * records (no audit, no aggregates, no checks: the floor) on the same DynamoDB Local in the same run;
 * the DynamoDB requests of a 25-row list page with its organizations; and the donor report's requests
 * and p95 before and after the 10,000 rows (its cost must not grow with the records).
 */
import { MAX_IMPORT_ROWS } from '@ruta/schema/limits';

export interface GqlBody {
  // biome-ignore lint/suspicious/noExplicitAny: a GraphQL answer of any operation (other bench files reuse GqlCall)
  data?: any;
  errors?: unknown;
}

export type GqlCall = (
  token: string,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ body: GqlBody; requests: number; ms: number }>;

export interface ImportBenchInput {
  call: GqlCall;
  staffToken: string;
  programId: string;
  measureReport: (rounds: number) => Promise<{ reqs: number; p50: number; p95: number }>;
  rows?: number;
}

const IMPORT = `mutation($batchId: ID!, $rows: [ScholarshipImportRow!]!) {
  importScholarships(batchId: $batchId, rows: $rows) { written alreadyImported failed { row field key } } }`;
const LIST = `query($filter: ScholarshipFilter) { scholarships(filter: $filter, first: 25) {
  nodes { id beneficiaryCode awardedOn status place { cantonCode cantonName } sponsor { id name } implementer { id name } } } }`;

const CANTONS = [
  ['17', '1701'],
  ['07', '0701'],
  ['21', '2101'],
  ['09', '0901'],
  ['18', '1801'],
] as const;

function rowsFor(programId: string, count: number, prefix: string) {
  return Array.from({ length: count }, (_, i) => ({
    row: i + 1,
    programId,
    objectiveCode: '6.2',
    sponsorId: i % 3 ? 'org-movistar' : 'org-infa',
    implementerId: 'org-fe-alegria',
    beneficiaryCode: `${prefix}-${String(i + 1).padStart(5, '0')}`,
    group: i % 5 ? 'AT_RISK_YOUTH' : 'VICTIM_OF_TRAFFICKING',
    place: { country: 'EC', provinceCode: CANTONS[i % 5]![0], cantonCode: CANTONS[i % 5]![1] },
    educationLevel: 'PRIMARY',
    period: '2008-2009',
    awardedOn: `2008-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    amount: 30_000,
    currency: 'USD',
    status: i % 2 ? 'ACTIVE' : 'AWARDED',
  }));
}

/** Samples RSS and heap while `work` runs: the high-water marks. */
async function peakMemory<T>(work: () => Promise<T>): Promise<{ result: T; rss: number; heap: number }> {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 10);
  try {
    const result = await work();
    return { result, rss, heap };
  } finally {
    clearInterval(timer);
  }
}

export async function benchImport({ call, staffToken, programId, measureReport, rows = 10_000 }: ImportBenchInput) {
  const before = await measureReport(50);
  const input = rowsFor(programId, rows, 'BENCH');
  let written = 0;
  let failed = 0;
  const t0 = performance.now();
  const api = await peakMemory(async () => {
    for (let i = 0; i < input.length; i += MAX_IMPORT_ROWS) {
      const r = await call(staffToken, IMPORT, { batchId: 'bench', rows: input.slice(i, i + MAX_IMPORT_ROWS) });
      if (r.body.errors) throw new Error(`import failed: ${JSON.stringify(r.body.errors)}`);
      written += r.body.data!.importScholarships.written;
      failed += r.body.data!.importScholarships.failed.length;
    }
  });
  const apiSeconds = (performance.now() - t0) / 1000;

  // The floor: the same records (another program, so other ids) written with BatchWriteItem, 25 a request.
  const { Scholarship } = await import('#modules/scholarship/entity');
  const { scholarshipId } = await import('#modules/scholarship/ids');
  const now = new Date().toISOString();
  const records = rowsFor(`${programId}-floor`, rows, 'BENCH').map(({ row: _r, place, ...r }) => ({
    ...r,
    ...place,
    id: scholarshipId(r),
    version: 1,
    createdAt: now,
    updatedAt: now,
    createdBy: 'bench',
  }));
  const t1 = performance.now();
  const raw = await peakMemory(() => Scholarship.put(records as never).go());
  const rawSeconds = (performance.now() - t1) / 1000;

  const page = await call(staffToken, LIST, { filter: { programId } });
  const canton = await call(staffToken, LIST, { filter: { cantonCode: '0701' } });
  const after = await measureReport(50);
  const mb = (b: number) => (b / 1e6).toFixed(0);

  console.log(
    `\nScholarship import: ${rows.toLocaleString('en')} rows through importScholarships (calls of ${MAX_IMPORT_ROWS}), DynamoDB Local`,
  );
  console.log(`  written / failed           ${written} / ${failed}`);
  console.log(
    `  API import                 ${(rows / apiSeconds).toFixed(0)} rows/s (${apiSeconds.toFixed(1)} s); peak RSS ${mb(api.rss)} MB, heap ${mb(api.heap)} MB`,
  );
  console.log(
    `  raw BatchWriteItem (floor) ${(rows / rawSeconds).toFixed(0)} rows/s (${rawSeconds.toFixed(1)} s); peak RSS ${mb(raw.rss)} MB, heap ${mb(raw.heap)} MB`,
  );
  console.log(
    '    (the API also writes an audit event a row, checks program, objective and organizations, and folds the aggregates per chunk of ≤ 100 items)',
  );
  console.log(`  list page (25, program)    ${page.requests} DynamoDB requests, ${page.ms.toFixed(1)} ms   (goal ≤ 2)`);
  console.log(`  list page (25, canton)     ${canton.requests} DynamoDB requests, ${canton.ms.toFixed(1)} ms`);
  console.log(
    `  donor report               before ${before.reqs} requests, p95 ${before.p95.toFixed(1)} ms; after ${after.reqs} requests, p95 ${after.p95.toFixed(1)} ms; ratio ${(after.p95 / before.p95).toFixed(2)}   (goal ≤ 1.1)`,
  );
}
