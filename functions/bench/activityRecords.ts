/**
 * Partner activity records for `npm run bench` (called from run.ts once the demo data, with its 6 records,
 * is loaded): the review queue's page of 25 with the partners' names (goal ≤ 2 DynamoDB requests),
 * approving 100 submitted records (the console sends them MAX_REVIEW at a time, each call one
 * all-or-nothing transaction), and the donor's report before and after 100× the demo's records were
 * approved (its cost must not grow with the records: requests and p95 ratio ≤ 1.1).
 */
import { MAX_REVIEW } from '@ruta/schema/zod/activityRecord';
import type { GqlCall } from './import.ts';

export interface ActivityBenchInput {
  call: GqlCall;
  partnerToken: string;
  staffToken: string;
  programId: string;
  measureReport: (rounds: number) => Promise<{ reqs: number; p50: number; p95: number }>;
  /** Records to add: 100× the demo's 6, less the 6. */
  records?: number;
}

const CREATE = `mutation($i: CreateActivityRecordInput!) { createActivityRecord(input: $i) { id version } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!) { submitActivityRecord(id: $id, version: $version) { status } }`;
const REVIEW = `mutation($ids: [ID!]!) { reviewActivityRecords(ids: $ids, decision: APPROVE) { id status } }`;
const QUEUE = `query($filter: ActivityRecordFilter) { activityRecords(filter: $filter, first: 25) {
  nodes { id title status startDate organization { name } } pageInfo { hasNextPage } } }`;

function check(label: string, body: { errors?: unknown }) {
  if (body.errors) throw new Error(`${label}: ${JSON.stringify(body.errors)}`);
}

export async function benchActivityRecords(input: ActivityBenchInput): Promise<void> {
  const { call, partnerToken, staffToken, programId, measureReport, records = 594 } = input;
  const before = await measureReport(50);

  // 2007's quarters hold no demo record and none is locked; a record per working day, three objectives.
  const ids: string[] = [];
  for (let i = 0; i < records; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 27) + 1).padStart(2, '0');
    const created = await call(partnerToken, CREATE, {
      i: {
        id: `bench-activity-${String(i).padStart(4, '0')}`,
        programId,
        objectiveCode: ['2.2', '2.3', '1.1'][i % 3],
        title: `Taller de prevención ${i}`,
        kind: 'AWARENESS_EVENT',
        startDate: `2007-${month}-${day}`,
        endDate: `2007-${month}-${day}`,
        place: { country: 'EC', provinceCode: '17', cantonCode: '1701' },
        reached: [{ band: 'ADOLESCENT', women: 10 + (i % 7), men: 8 + (i % 5) }],
      },
    });
    check('create', created.body);
    const { id, version } = created.body.data.createActivityRecord;
    check('submit', (await call(partnerToken, SUBMIT, { id, version })).body);
    ids.push(id);
  }

  const queue = await call(staffToken, QUEUE, { filter: { programId, status: 'SUBMITTED' } });
  check('queue', queue.body);
  const rows = queue.body.data.activityRecords.nodes as { organization: { name: string } | null }[];

  // Approving 100: what the review queue sends for 100 selected rows.
  let approveRequests = 0;
  let approveMs = 0;
  let approveCalls = 0;
  for (let from = 0; from < ids.length; from += MAX_REVIEW) {
    const r = await call(staffToken, REVIEW, { ids: ids.slice(from, from + MAX_REVIEW) });
    check('review', r.body);
    if (from < 100) {
      approveRequests += r.requests;
      approveMs += r.ms;
      approveCalls++;
    }
  }
  const after = await measureReport(50);

  console.log('\nPartner activity records through the Lambda handler');
  console.log(
    `  review queue, 25 submitted with partner  ${rows.length} rows (${rows.filter((r) => r.organization?.name).length} with the partner's name), ${queue.requests} DynamoDB requests   (goal ≤ 2)`,
  );
  console.log(
    `  approve 100 records                      ${approveCalls} calls of ≤ ${MAX_REVIEW} (one transaction each), ${approveRequests} DynamoDB requests, ${approveMs.toFixed(0)} ms in all`,
  );
  console.log(`  report, demo records                     ${before.reqs} DynamoDB requests, p95 ${before.p95.toFixed(1)} ms`);
  console.log(`  report, + ${ids.length} approved records (100×)   ${after.reqs} DynamoDB requests, p95 ${after.p95.toFixed(1)} ms`);
  console.log(
    `  ratio                                    requests ${(after.reqs / before.reqs).toFixed(2)}, p95 ${(after.p95 / before.p95).toFixed(2)}   (goal ≤ 1.1)`,
  );
}
