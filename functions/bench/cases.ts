/**
 * Case registry figures for `npm run bench` (called from run.ts once the demo data, with its 36
 * synthetic cases, is loaded): the DynamoDB requests of a 25-row case list with the owning
 * organizations (goal 2) and of the case page — the case and everything in its partition (goal: one
 * Query, plus the read's audit write); the latency of revealing an identity (a read plus a KMS-style
 * unwrap and AES-GCM decryption per field) next to a plain read of the same case; and the decryption
 * alone next to parsing the same values in clear. The cold start of `me` is the cold-start bench's
 * (the handler never loads this module's crypto at start-up: functions/boundaries.test.ts).
 */
import type { GqlCall } from './import.ts';

export interface CaseBenchInput {
  call: GqlCall;
  /** A token for a user of the given role and organization. */
  token: (role: 'caseworker' | 'staff', organizationId: string) => Promise<string>;
  programId: string;
  rounds?: number;
}

const LIST = `query($filter: CaseFilter) { cases(filter: $filter, first: 25) {
  nodes { id code stage daysInStage overdue ownerOrganizationName } pageInfo { hasNextPage } } }`;
const CORE = 'id code stage legalStage stageSince stageDueOn isMinor exploitationTypes ownerOrganizationName';
const ROUTE = 'routeEvents { id } services { id } consents { id } referrals { id }';
const PAGE = (fields: string) => `query($id: ID!) { case(id: $id) { ${fields} } }`;
const REVEAL = 'mutation($id: ID!) { revealCaseIdentity(caseId: $id, reason: "bench") { fullName dateOfBirth documentNumber } }';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

export async function benchCases({ call, token, programId, rounds = 100 }: CaseBenchInput): Promise<void> {
  const staff = await token('staff', 'org-iom-ec');
  const police = await token('caseworker', 'org-dinapen');

  const programList = await call(staff, LIST, { filter: { programId } });
  if (programList.body.errors) throw new Error(JSON.stringify(programList.body.errors));
  const ownList = await call(police, LIST, {});
  const rows = programList.body.data.cases.nodes as { id: string }[];
  const ownRows = ownList.body.data.cases.nodes as { id: string }[];
  const caseId = ownRows[0]?.id;
  if (!caseId) throw new Error('no demo case of the police unit');

  // The case page with the route's fields when the route module is there, otherwise the case alone.
  let page = await call(police, PAGE(`${CORE} ${ROUTE}`), { id: caseId });
  const withRoute = !page.body.errors;
  if (!withRoute) page = await call(police, PAGE(CORE), { id: caseId });

  const plain: number[] = [];
  const reveal: number[] = [];
  for (let i = 0; i < rounds + 10; i++) {
    const a = await call(police, PAGE(CORE), { id: caseId });
    const b = await call(police, REVEAL, { id: caseId });
    if (b.body.errors) throw new Error(JSON.stringify(b.body.errors));
    if (i < 10) continue;
    plain.push(a.ms);
    reveal.push(b.ms);
  }

  // Decryption alone, in process: the same envelope the identity item holds, against JSON in clear.
  const { localKeyProvider } = await import('#modules/case/crypto/keys');
  const { openIdentity, sealIdentity } = await import('#modules/case/crypto/envelope');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const keys = localKeyProvider(mkdtempSync(join(tmpdir(), 'ruta-bench-keys-')));
  const identity = {
    fullName: 'Persona Demo Bench',
    otherNames: ['Alias'],
    dateOfBirth: '1990-01-01',
    documentType: 'NATIONAL_ID',
    documentNumber: 'DEMO-000000',
    contacts: ['+593 99 000 0000'],
    address: 'Calle Demo 1, Machala',
    familyContacts: ['Madre: +593 98 000 0000'],
  };
  const sealed = await sealIdentity(keys, 'bench-case', identity);
  const clear = JSON.stringify(identity);
  const decrypt: number[] = [];
  const parse: number[] = [];
  for (let i = 0; i < rounds * 10; i++) {
    let t0 = performance.now();
    await openIdentity(keys, 'bench-case', sealed);
    decrypt.push(performance.now() - t0);
    t0 = performance.now();
    JSON.parse(clear);
    parse.push(performance.now() - t0);
  }

  console.log('\nCase registry (36 synthetic demo cases) through the Lambda handler');
  console.log(`  case list, program (staff)       ${rows.length} rows with owner, ${programList.requests} DynamoDB requests   (goal ≤ 2)`);
  console.log(`  case list, own organization      ${ownRows.length} rows with owner, ${ownList.requests} DynamoDB requests   (goal ≤ 2)`);
  console.log(
    `  case page${withRoute ? ' (case + route events, services, consents, referrals)' : ' (case; route fields not in the schema yet)'}  ${page.requests} DynamoDB requests (goal 2: one Query of the partition + the read's audit write, which every read needs; the owner's name is stored on the case)`,
  );
  console.log(`  plain case read   p50 / p95      ${pct(plain, 50).toFixed(1)} ms / ${pct(plain, 95).toFixed(1)} ms`);
  console.log(
    `  reveal identity   p50 / p95      ${pct(reveal, 50).toFixed(1)} ms / ${pct(reveal, 95).toFixed(1)} ms   (read + audit write + unwrap + decrypt)`,
  );
  console.log(
    `  decrypt 8 fields (local key)     p50 ${(pct(decrypt, 50) * 1000).toFixed(0)} µs, p95 ${(pct(decrypt, 95) * 1000).toFixed(0)} µs; JSON in clear p50 ${(pct(parse, 50) * 1000).toFixed(0)} µs`,
  );
  console.log('  (in AWS the unwrap is one KMS Decrypt call per reveal, typically a few ms more)');
}
