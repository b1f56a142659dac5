import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identity } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { localKeyProvider, useKeyProvider } from '#modules/case/crypto/keys';
import { ProgramStat } from '#modules/aggregates/entity';
import { recountProgram } from '../../jobs/recount.ts';

const f = useProgramFixture();
const PROGRAM = 'prog-cases';
const NOW = new Date('2026-11-28T12:00:00Z');

const FIELDS = `id code programId objectiveCode ownerOrganizationId ownerOrganization { id name } exploitationTypes meansOfControl
  sex ageAtIdentification ageBand isMinor nationality provinceIdentified dateReported dateIdentified stage legalStage stageSince
  stageDueOn daysInStage overdue anonymised version recruitmentPlace { country provinceCode cantonCode }`;
const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!, $purpose: CaseReadPurpose) { case(id: $id, purpose: $purpose) { ${FIELDS} } }`;
const LIST = `query($filter: CaseFilter, $first: Int, $after: String) { cases(filter: $filter, first: $first, after: $after) {
  nodes { id code stage daysInStage overdue isMinor ownerOrganization { name } } pageInfo { hasNextPage endCursor } } }`;
const REVEAL = `mutation($caseId: ID!, $reason: String) { revealCaseIdentity(caseId: $caseId, reason: $reason) {
  caseId fullName otherNames dateOfBirth documentType documentNumber contacts address familyContacts } }`;
const DUPS = `query($identity: CaseIdentityInput!) { possibleDuplicateCases(identity: $identity) {
  caseId code ownerOrganizationId ownerOrganizationName matches } }`;
const ANONYMISE = 'mutation($caseId: ID!, $reason: String!) { anonymiseCase(caseId: $caseId, reason: $reason) { id anonymised version } }';
const AUDIT = `query($id: ID!) { auditEvents(entityType: "Case", entityId: $id, first: 50) {
  nodes { action actor actorOrganizationId purpose reason } } }`;
const READS = `query($month: String) { caseReadEvents(month: $month, first: 100) { nodes { action entityId actor purpose reason } } }`;

/** A name nobody else has: it must appear nowhere but in a reveal's answer. */
const SECRET_NAME = 'Zyxwvutsrq Demo Secreto';
const SECRET_DOC = 'SECRETDOC-998877';

let orgA: string;
let orgB: string;
let workerA: ReturnType<typeof identity>;
let workerB: ReturnType<typeof identity>;
const admin = identity('admin');
const staff = identity('staff', 'org-staff');
const captured: string[] = [];
const restore: (() => void)[] = [];

const gql = (who: ReturnType<typeof identity>, q: string, v?: Record<string, unknown>) => f.api.gql(who, q, v, NOW);

const input = (over: Record<string, unknown> = {}) => ({
  programId: PROGRAM,
  objectiveCode: '1.1',
  exploitationTypes: ['SEXUAL', 'LABOUR'],
  meansOfControl: ['DEBT_BONDAGE'],
  sex: 'FEMALE',
  ageAtIdentification: 15,
  nationality: 'EC',
  provinceIdentified: '07',
  referralSource: 'POLICE',
  dateReported: '2008-03-01',
  dateIdentified: '2008-03-04',
  recruitmentPlace: { country: 'EC', provinceCode: '07', cantonCode: '0701' },
  identity: { fullName: SECRET_NAME, dateOfBirth: '1993-01-10', documentType: 'NATIONAL_ID', documentNumber: SECRET_DOC },
  ...over,
});

async function create(who: ReturnType<typeof identity>, over: Record<string, unknown> = {}) {
  const r = await gql(who, CREATE, { input: input(over) });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.createCase;
}

async function scanAll(): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await f.api.client.send(new ScanCommand({ TableName: f.api.table, ExclusiveStartKey: start }));
    out.push(...((r.Items ?? []) as Record<string, unknown>[]));
    start = r.LastEvaluatedKey;
  } while (start);
  return out;
}

beforeAll(async () => {
  useKeyProvider(localKeyProvider(mkdtempSync(join(tmpdir(), 'ruta-case-keys-'))));
  await f.newProgram(PROGRAM);
  orgA = (
    await f.ok('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', {
      i: { name: 'Unidad contra la trata', kind: 'POLICE', country: 'EC' },
    })
  ).id;
  orgB = (
    await f.ok('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', {
      i: { name: 'Albergue Adoratrices', kind: 'SHELTER', country: 'EC' },
    })
  ).id;
  workerA = identity('caseworker', orgA, 'worker-a');
  workerB = identity('caseworker', orgB, 'worker-b');
  // Everything the process logs while these tests run, to look for the identity in it.
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      captured.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => {
      stream.write = write;
    });
  }
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      captured.push(args.map(String).join(' '));
      original(...args);
    };
    restore.push(() => {
      console[level] = original;
    });
  }
});
afterAll(() => {
  for (const r of restore) r();
  useKeyProvider(undefined);
});

describe('case registry', () => {
  let first: Record<string, any>;

  it('registers a case with a pseudonymous code, derived age band and minor flag, and no identity field', async () => {
    first = await create(workerA);
    expect(first.code).toBe('EC-2008-0001');
    expect(first).toMatchObject({
      ownerOrganizationId: orgA,
      ownerOrganization: { name: 'Unidad contra la trata' },
      ageBand: 'AGE_12_17',
      isMinor: true,
      stage: 'IDENTIFIED',
      legalStage: 'NONE',
      stageSince: '2008-03-04',
      anonymised: false,
      version: 1,
      recruitmentPlace: { country: 'EC', provinceCode: '07', cantonCode: '0701' },
    });
    expect(JSON.stringify(first)).not.toContain('Zyxwvutsrq');
  });

  it('numbers codes per country and year without gaps, also under concurrent creates; a refused create takes no number', async () => {
    const refused = await gql(workerA, CREATE, {
      input: input({ dateIdentified: '2027-01-01', identity: { fullName: 'Otra Persona Demo' } }),
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const created = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => create(workerA, { identity: { fullName: `Persona Demo Concurrente ${n}`, dateOfBirth: '1990-01-01' } })),
    );
    const codes = created.map((c) => c.code).sort();
    expect(codes).toEqual(['EC-2008-0002', 'EC-2008-0003', 'EC-2008-0004', 'EC-2008-0005', 'EC-2008-0006']);
    const otherYear = await create(workerA, {
      dateReported: '2009-01-05',
      dateIdentified: null,
      identity: { fullName: 'Persona Demo 2009' },
    });
    expect(otherYear).toMatchObject({ code: 'EC-2009-0001', stage: 'REPORTED', stageSince: '2009-01-05' });
  });

  it('refuses dates in the future or before birth, naming the field and never the date of birth', async () => {
    const r = await gql(workerA, CREATE, {
      input: input({
        dateReported: '2027-02-01',
        dateIdentified: '1980-01-01',
        identity: { fullName: 'Persona X', dateOfBirth: '1990-05-05' },
      }),
    });
    const fields = r.errors?.[0]?.extensions?.fields as { path: string; key: string; message: string }[];
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'input.dateReported', key: 'validation.date_in_future' }),
        expect.objectContaining({ path: 'input.dateIdentified', key: 'validation.before_birth' }),
      ]),
    );
    expect(JSON.stringify(r.errors)).not.toContain('1990-05-05');
  });

  it('a case worker of another organization gets NOT_FOUND for a case id, and the attempt is audited', async () => {
    const r = await gql(workerB, GET, { id: first.id });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(r.data?.case ?? null).toBeNull();
    const reveal = await gql(workerB, REVEAL, { caseId: first.id, reason: 'curiosidad' });
    expect(reveal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The same answer as for an id that does not exist.
    const missing = await gql(workerB, GET, { id: 'no-such-case' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const audit = (await gql(admin, AUDIT, { id: first.id })).data!.auditEvents.nodes;
    expect(audit.filter((e: any) => e.action === 'READ_DENIED' && e.actor === 'worker-b' && e.actorOrganizationId === orgB)).toHaveLength(
      2,
    );
    // Nor does B's list show it.
    const list = await gql(workerB, LIST, {});
    expect(list.data!.cases.nodes).toEqual([]);
  });

  it('partners and donors cannot ask for a case or a list at all', async () => {
    for (const who of [identity('partner', orgA), identity('donor', orgA)]) {
      for (const [q, v] of [
        [GET, { id: first.id }],
        [LIST, { filter: { programId: PROGRAM } }],
        [REVEAL, { caseId: first.id, reason: 'x' }],
      ] as const) {
        const r = await gql(who, q, v);
        expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(JSON.stringify(r.data ?? {})).not.toContain('EC-2008');
      }
    }
  });

  it('audits every detail read with who, organization and purpose; the case page is one Query plus the audit write', async () => {
    // The page as the console asks for it: the owner's name is stored on the case, so no BatchGet.
    const page = `query($id: ID!, $purpose: CaseReadPurpose) { case(id: $id, purpose: $purpose) {
      id code stage stageDueOn ownerOrganizationName referralRequests { organizationName } } }`;
    const r = await gql(workerA, page, { id: first.id, purpose: 'REFERRAL' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.case).toMatchObject({ code: 'EC-2008-0001', ownerOrganizationName: 'Unidad contra la trata' });
    // The partition Query and the read's audit PutItem (required: every read is audited) — nothing else.
    expect(r.requests).toBe(2);
    const audit = (await gql(admin, AUDIT, { id: first.id })).data!.auditEvents.nodes;
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'READ', actor: 'worker-a', actorOrganizationId: orgA, purpose: 'REFERRAL' }),
    );
    const reads = (await gql(admin, READS, { month: '2026-11' })).data!.caseReadEvents.nodes;
    expect(reads).toContainEqual(expect.objectContaining({ action: 'READ', entityId: first.id, purpose: 'REFERRAL' }));
    expect((await gql(staff, READS, { month: '2026-11' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('staff read cases without identity: the reveal is refused', async () => {
    const r = await gql(staff, GET, { id: first.id });
    expect(r.data!.case.code).toBe('EC-2008-0001');
    expect((await gql(staff, REVEAL, { caseId: first.id, reason: 'revisión' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reveals the identity to a case worker with access: a reason is required for a minor, and the reveal is audited', async () => {
    const noReason = await gql(workerA, REVEAL, { caseId: first.id });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'reason', key: 'validation.required' }],
    });
    const r = await gql(workerA, REVEAL, { caseId: first.id, reason: 'Plan de asistencia' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.revealCaseIdentity).toMatchObject({
      fullName: SECRET_NAME,
      dateOfBirth: '1993-01-10',
      documentType: 'NATIONAL_ID',
      documentNumber: SECRET_DOC,
      otherNames: [],
    });
    const audit = (await gql(admin, AUDIT, { id: first.id })).data!.auditEvents.nodes;
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'REVEAL', actor: 'worker-a', actorOrganizationId: orgA, reason: 'Plan de asistencia' }),
    );
    // An adult's identity needs no reason.
    const adult = await create(workerA, { ageAtIdentification: 30, identity: { fullName: 'Persona Demo Adulta' } });
    expect((await gql(workerA, REVEAL, { caseId: adult.id })).data!.revealCaseIdentity.fullName).toBe('Persona Demo Adulta');
  });

  it('lists the organization’s cases with their owner in at most two requests, without identity', async () => {
    const r = await gql(workerA, LIST, { first: 25 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.cases.nodes.length).toBeGreaterThanOrEqual(7);
    expect(r.data!.cases.nodes[0].ownerOrganization.name).toBe('Unidad contra la trata');
    expect(r.requests).toBeLessThanOrEqual(2);
    const byStage = await gql(workerA, LIST, { filter: { stage: 'REPORTED' } });
    expect(byStage.data!.cases.nodes.map((c: any) => c.code)).toEqual(['EC-2009-0001']);
    const program = await gql(staff, LIST, { filter: { programId: PROGRAM }, first: 25 });
    expect(program.data!.cases.nodes.length).toBeGreaterThanOrEqual(7);
    expect(program.requests).toBeLessThanOrEqual(2);
    const noProgram = await gql(staff, LIST, {});
    expect(noProgram.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ path: 'filter.programId', key: 'validation.required' });
  });

  it('a filter on an identity field is a typed error (the list has none)', async () => {
    const r = await gql(workerA, 'query { cases(filter: { fullName: "x" }) { nodes { id } } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('warns of a possible duplicate with the code and owner, never the identity; acknowledged, registers it', async () => {
    const same = { fullName: ' zyxwvutsrq  demo SECRETO ', dateOfBirth: '1993-01-10' };
    const dups = await gql(workerB, DUPS, { identity: same });
    expect(dups.data!.possibleDuplicateCases).toEqual([
      {
        caseId: first.id,
        code: 'EC-2008-0001',
        ownerOrganizationId: orgA,
        ownerOrganizationName: 'Unidad contra la trata',
        matches: ['NAME_AND_BIRTH'],
      },
    ]);
    const r = await gql(workerB, CREATE, { input: input({ identity: same }) });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'POSSIBLE_DUPLICATE',
      duplicates: [{ code: 'EC-2008-0001', ownerOrganizationName: 'Unidad contra la trata' }],
    });
    expect(JSON.stringify(r.errors)).not.toMatch(/zyxwvutsrq|1993-01-10/i);
    const byDoc = await gql(workerB, DUPS, {
      identity: { fullName: 'Nombre Distinto', documentType: 'NATIONAL_ID', documentNumber: 'secretdoc 998877' },
    });
    expect(byDoc.data!.possibleDuplicateCases[0]).toMatchObject({ code: 'EC-2008-0001', matches: ['DOCUMENT'] });
    const ok = await gql(workerB, CREATE, { input: input({ identity: same, acknowledgedDuplicateIds: [first.id] }) });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createCase.ownerOrganizationId).toBe(orgB);
  });

  it('counts victims identified in the month of identification, by objective', async () => {
    // The program's own partition (the breakdown by sex and age band is `<program>~victims`).
    const stats = (await scanAll()).filter((i) => i.__edb_e__ === 'programStat' && i.programId === PROGRAM && i.month === '2008-03');
    const identified = stats.reduce((a, s) => a + Number(s.victimsIdentified ?? 0), 0);
    // 1 + 5 concurrent + 1 adult + 1 acknowledged duplicate, all identified in March 2008 under 1.1.
    expect(identified).toBe(8);
    expect(stats.every((s) => s.bucket === '1.1')).toBe(true);
    // The recount finds no drift, and rebuilds the count when the aggregate is lost.
    expect(await recountProgram(PROGRAM)).toEqual([]);
    await ProgramStat.delete({ programId: PROGRAM, month: '2008-03', bucket: '1.1' }).go();
    const drift = await recountProgram(PROGRAM, { fix: true });
    expect(drift).toContainEqual(expect.objectContaining({ month: '2008-03', bucket: '1.1', counter: 'victimsIdentified' }));
    expect(await recountProgram(PROGRAM)).toEqual([]);
  });

  it('keeps the identity out of every stored item but the encrypted one, out of the audit, the lists and the logs', async () => {
    const items = await scanAll();
    const plain = items.filter((i) => JSON.stringify(i).includes('Zyxwvutsrq') || JSON.stringify(i).includes('998877'));
    expect(plain).toEqual([]);
    expect(items.filter((i) => i.__edb_e__ === 'caseIdentity').length).toBeGreaterThan(0);
    const lists = JSON.stringify([
      (await gql(workerA, LIST, {})).data,
      (await gql(staff, LIST, { filter: { programId: PROGRAM } })).data,
      (await gql(admin, AUDIT, { id: first.id })).data,
      (await gql(admin, READS, { month: '2026-11' })).data,
    ]);
    expect(lists).not.toMatch(/zyxwvutsrq|998877/i);
    expect(captured.join('\n')).not.toMatch(/zyxwvutsrq|998877/i);
  });

  it('anonymises a case (admin only, with a reason): identity and keyed hashes destroyed, statistics and audit kept', async () => {
    expect((await gql(workerA, ANONYMISE, { caseId: first.id, reason: 'Solicitud de la persona' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const before = (await scanAll()).filter((i) => i.__edb_e__ === 'programStat').reduce((a, s) => a + Number(s.victimsIdentified ?? 0), 0);
    const r = await gql(admin, ANONYMISE, { caseId: first.id, reason: 'Solicitud de la persona' });
    expect(r.data!.anonymiseCase).toMatchObject({ anonymised: true, version: 2 });
    const items = await scanAll();
    expect(items.filter((i) => i.__edb_e__ === 'caseIdentity' && i.caseId === first.id)).toEqual([]);
    expect(items.filter((i) => i.__edb_e__ === 'idhash' && i.caseId === first.id)).toEqual([]);
    expect(items.filter((i) => i.__edb_e__ === 'programStat').reduce((a, s) => a + Number(s.victimsIdentified ?? 0), 0)).toBe(before);
    expect((await gql(workerA, REVEAL, { caseId: first.id, reason: 'x' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const dups = await gql(workerB, DUPS, { identity: { fullName: SECRET_NAME, dateOfBirth: '1993-01-10' } });
    expect(dups.data!.possibleDuplicateCases.map((d: any) => d.caseId)).not.toContain(first.id);
    const audit = (await gql(admin, AUDIT, { id: first.id })).data!.auditEvents.nodes;
    expect(audit.map((e: any) => e.action)).toEqual(expect.arrayContaining(['CREATE', 'READ', 'REVEAL', 'READ_DENIED', 'ANONYMISE']));
    const list = await gql(workerA, LIST, {});
    expect(list.data!.cases.nodes.find((c: any) => c.id === first.id)).toBeDefined();
  });
});
