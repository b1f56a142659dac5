import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identity } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { accessCopy } from '#modules/case/access';
import { localKeyProvider, useKeyProvider } from '#modules/case/crypto/keys';
import { Case, CaseAccess } from '#modules/case/entity';
import { recountProgram } from '../../jobs/recount.ts';

/**
 * What a case worker does to a case after registering it, and what two of them do at once: concurrent
 * creates of one identity, the referral request from the duplicate warning, the edit of a case's facts
 * and of its identity, and the first stage's due date.
 */
const f = useProgramFixture();
const PROGRAM = 'prog-case-changes';
const NOW = new Date('2026-11-28T12:00:00Z');

const FIELDS = `id code ownerOrganizationName stage stageSince stageDueOn overdue sex ageAtIdentification ageBand isMinor dateReported
  dateIdentified exploitationTypes meansOfControl version`;
const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { ${FIELDS} } }`;
const UPDATE_IDENTITY = `mutation($input: UpdateCaseIdentityInput!) { updateCaseIdentity(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { case(id: $id) { ${FIELDS} referralRequests { code organizationId organizationName requestedBy note } } }`;
const LIST = `query($filter: CaseFilter) { cases(filter: $filter, first: 100) { nodes { id code overdue stageDueOn } } }`;
const REVEAL = 'mutation($caseId: ID!) { revealCaseIdentity(caseId: $caseId, reason: "prueba") { fullName documentNumber } }';
const DUPS = 'query($identity: CaseIdentityInput!) { possibleDuplicateCases(identity: $identity) { caseId code } }';
const REQUEST = `mutation($caseId: ID!, $identity: CaseIdentityInput!, $note: String) {
  requestCaseReferral(caseId: $caseId, identity: $identity, note: $note) { caseId code ownerOrganizationName requestedAt } }`;
const REQUESTS = 'query { caseReferralRequests(first: 10) { nodes { caseId code organizationId organizationName note } } }';
const CLOSE = 'mutation($caseId: ID!, $org: ID!) { closeCaseReferralRequest(caseId: $caseId, organizationId: $org) }';
const CONSENT = 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }';
const REFER = 'mutation($i: ReferCaseInput!) { referCase(input: $i) { id status } }';
const ANONYMISE = 'mutation($caseId: ID!) { anonymiseCase(caseId: $caseId, reason: "Solicitud de la persona") { id } }';
const LIMITS = 'mutation($p: ID!, $l: RouteTimeLimitsInput!) { setRouteTimeLimits(programId: $p, limits: $l) { programId } }';
const AUDIT = `query($type: String!, $id: ID!) { auditEvents(entityType: $type, entityId: $id, first: 50) {
  nodes { action actor actorOrganizationId reason versionBefore versionAfter } } }`;

let orgA: string;
let orgB: string;
let workerA: ReturnType<typeof identity>;
let workerB: ReturnType<typeof identity>;
const admin = identity('admin');
const staff = identity('staff', 'org-staff');

const gql = (who: ReturnType<typeof identity>, q: string, v?: Record<string, unknown>) => f.api.gql(who, q, v, NOW);

const input = (over: Record<string, unknown> = {}) => ({
  programId: PROGRAM,
  objectiveCode: '1.1',
  exploitationTypes: ['LABOUR'],
  sex: 'FEMALE',
  ageAtIdentification: 16,
  dateReported: '2008-05-02',
  dateIdentified: '2008-05-06',
  identity: { fullName: 'Persona Demo Cambios', dateOfBirth: '1992-02-02' },
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

/** victimsIdentified per (month, bucket) of the program, as stored. */
async function identified(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of (await scanAll()).filter((i) => i.__edb_e__ === 'programStat' && i.programId === PROGRAM)) {
    if (Number(s.victimsIdentified ?? 0)) out[`${s.month}:${s.bucket}`] = Number(s.victimsIdentified);
  }
  return out;
}

beforeAll(async () => {
  useKeyProvider(localKeyProvider(mkdtempSync(join(tmpdir(), 'ruta-case-changes-keys-'))));
  await f.newProgram(PROGRAM);
  const org = async (name: string, kind: string) =>
    (await f.ok('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', { i: { name, kind, country: 'EC' } }))
      .id as string;
  orgA = await org('Unidad contra la trata de El Oro', 'POLICE');
  orgB = await org('Casa de acogida Fundación Alas', 'SHELTER');
  workerA = identity('caseworker', orgA, 'worker-a');
  workerB = identity('caseworker', orgB, 'worker-b');
});
afterAll(() => useKeyProvider(undefined));

describe('concurrent creates of one identity', () => {
  it('lets exactly one of several simultaneous creates pass; the others are CONFLICT naming it, never the identity', async () => {
    const same = { fullName: 'Qwertyuiop Demo Carrera', dateOfBirth: '1991-07-07', documentType: 'PASSPORT', documentNumber: 'RACE-4455' };
    const results = await Promise.all(
      [orgA, orgB, orgA, orgB].map((_, n) => gql(n % 2 ? workerB : workerA, CREATE, { input: input({ identity: same }) })),
    );
    const passed = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(passed).toHaveLength(1);
    const winner = passed[0]!.data!.createCase;
    for (const r of refused) {
      expect(r.errors![0]!.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'POSSIBLE_DUPLICATE',
        duplicates: [{ caseId: winner.id, code: winner.code, ownerOrganizationName: winner.ownerOrganizationName }],
      });
      expect(JSON.stringify(r.errors)).not.toMatch(/qwertyuiop|1991-07-07|RACE-4455/i);
    }
    // One case of that identity, one number taken.
    expect((await gql(workerA, DUPS, { identity: same })).data!.possibleDuplicateCases).toHaveLength(1);
  });

  it('registers a confirmed duplicate, but of two confirmed at once only one: the confirmation is of the cases shown', async () => {
    const same = { fullName: 'Asdfghjkl Demo Confirmada', dateOfBirth: '1990-03-03' };
    const original = await create(workerA, { identity: same });
    const refused = await gql(workerB, CREATE, { input: input({ identity: same }) });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('POSSIBLE_DUPLICATE');
    const shownFirst = (refused.errors![0]!.extensions!.duplicates as { caseId: string }[]).map((d) => d.caseId);
    expect(shownFirst).toEqual([original.id]);
    // Both confirm the one case they were shown. Whether the two overlap (the loser fails the claim's
    // condition) or not (the second reads a duplicate it was not shown), exactly one is registered.
    const both = await Promise.all(
      [1, 2].map(() => gql(workerB, CREATE, { input: input({ identity: same, acknowledgedDuplicateIds: shownFirst }) })),
    );
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    const loser = both.find((r) => r.errors)!;
    expect(loser.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'POSSIBLE_DUPLICATE' });
    const shown = (loser.errors![0]!.extensions!.duplicates as { caseId: string; code: string }[]).map((d) => d.caseId);
    expect(shown).toContain(original.id);
    expect(shown).toHaveLength(2);
    // Confirming only the first case again is not enough: the second is news to this worker.
    const stale = await gql(workerB, CREATE, { input: input({ identity: same, acknowledgedDuplicateIds: shownFirst }) });
    expect(stale.errors?.[0]?.extensions?.reason).toBe('POSSIBLE_DUPLICATE');
    // Confirmed against the two it was shown, it passes.
    const third = await gql(workerB, CREATE, { input: input({ identity: same, acknowledgedDuplicateIds: shown }) });
    expect(third.errors).toBeUndefined();
    expect((await gql(workerA, DUPS, { identity: same })).data!.possibleDuplicateCases).toHaveLength(3);
  });

  it('an erased case no longer counts: the same identity registers again without a warning', async () => {
    const same = { fullName: 'Zxcvbnm Demo Borrada', dateOfBirth: '1989-09-09' };
    const gone = await create(workerA, { identity: same });
    expect((await gql(admin, ANONYMISE, { caseId: gone.id })).errors).toBeUndefined();
    const again = await gql(workerB, CREATE, { input: input({ identity: same }) });
    expect(again.errors).toBeUndefined();
  });
});

describe('a new case is due from its first day', () => {
  it('gets the due date of its first stage from the program’s limits, and shows in the overdue list before any route step', async () => {
    expect(
      (
        await gql(staff, LIMITS, {
          p: PROGRAM,
          l: { reported: 5, identified: 10, protection: 3, assistance: 30, reintegration: 90, followUp: 180 },
        })
      ).errors,
    ).toBeUndefined();
    const reported = await create(workerA, {
      dateIdentified: null,
      dateReported: '2026-11-01',
      identity: { fullName: 'Persona Demo Plazo' },
    });
    expect(reported).toMatchObject({ stage: 'REPORTED', stageSince: '2026-11-01', stageDueOn: '2026-11-06', overdue: true });
    const identifiedCase = await create(workerA, {
      dateReported: '2026-11-20',
      dateIdentified: '2026-11-25',
      identity: { fullName: 'Persona Demo Plazo Dos' },
    });
    expect(identifiedCase).toMatchObject({ stage: 'IDENTIFIED', stageDueOn: '2026-12-05', overdue: false });
    const overdue = (await gql(workerA, LIST, { filter: { overdue: true } })).data!.cases.nodes.map((c: any) => c.id);
    expect(overdue).toContain(reported.id);
    expect(overdue).not.toContain(identifiedCase.id);
    const programOverdue = (await gql(staff, LIST, { filter: { programId: PROGRAM, overdue: true } })).data!.cases.nodes.map(
      (c: any) => c.id,
    );
    expect(programOverdue).toContain(reported.id);
  });
});

describe('editing a case', () => {
  let c: Record<string, any>;

  beforeAll(async () => {
    c = await create(workerA, {
      identity: { fullName: 'Lkjhgfdsa Demo Edición', documentType: 'NATIONAL_ID', documentNumber: 'EDIT-1212' },
    });
  });

  it('changes the facts with the version read, moves the counts exactly, and audits the change', async () => {
    const before = await identified();
    const r = await gql(workerA, UPDATE, {
      input: { id: c.id, version: 1, sex: 'MALE', ageAtIdentification: 19, dateIdentified: '2008-06-10', meansOfControl: ['THREATS'] },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateCase).toMatchObject({
      sex: 'MALE',
      ageBand: 'AGE_18_24',
      isMinor: false,
      dateIdentified: '2008-06-10',
      meansOfControl: ['THREATS'],
      version: 2,
      code: c.code,
    });
    const after = await identified();
    expect(after['2008-05:1.1']).toBe(before['2008-05:1.1']! - 1);
    expect(after['2008-06:1.1']).toBe((before['2008-06:1.1'] ?? 0) + 1);
    expect(JSON.stringify(await recountProgram(PROGRAM))).toBe('[]');
    // The list's copy follows.
    const row = (await gql(workerA, LIST, {})).data!.cases.nodes.find((n: any) => n.id === c.id);
    expect(row).toBeDefined();
    const audit = (await gql(admin, AUDIT, { type: 'Case', id: c.id })).data!.auditEvents.nodes;
    expect(audit).toContainEqual(expect.objectContaining({ action: 'UPDATE', actor: 'worker-a', versionBefore: 1, versionAfter: 2 }));
    // null clears an optional field.
    const cleared = await gql(workerA, UPDATE, { input: { id: c.id, version: 2, sex: null } });
    expect(cleared.data!.updateCase).toMatchObject({ sex: null, version: 3 });
    c = cleared.data!.updateCase;
  });

  it('refuses a stale version, bad input, another organization and staff — writing nothing', async () => {
    const reported = await create(workerA, { dateIdentified: null, identity: { fullName: 'Persona Demo Sin Identificar' } });
    const items = JSON.stringify((await scanAll()).filter((i) => i.caseId === c.id || i.programId === PROGRAM));
    const stale = await gql(workerA, UPDATE, { input: { id: c.id, version: 1, sex: 'FEMALE' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 3 });
    const bad = await gql(workerA, UPDATE, { input: { id: c.id, version: 3, exploitationTypes: [], dateReported: '2027-01-01' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'input.exploitationTypes', key: 'validation.required' }),
        expect.objectContaining({ path: 'input.dateReported', key: 'validation.date_in_future' }),
      ]),
    );
    const byRoute = await gql(workerA, UPDATE, { input: { id: reported.id, version: 1, dateIdentified: '2008-05-03' } });
    expect(byRoute.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ path: 'input.dateIdentified', key: 'validation.identified_by_route' }),
    ]);
    expect((await gql(workerB, UPDATE, { input: { id: c.id, version: 3, sex: 'FEMALE' } })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await gql(staff, UPDATE, { input: { id: c.id, version: 3, sex: 'FEMALE' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(identity('donor', orgA), UPDATE, { input: { id: c.id, version: 3 } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(JSON.stringify((await scanAll()).filter((i) => i.caseId === c.id || i.programId === PROGRAM))).toBe(items);
  });

  it('corrects the identity with a reason: re-encrypted, the guards follow, audited without a value', async () => {
    const corrected = { fullName: 'Poiuytrewq Demo Corregida', documentType: 'NATIONAL_ID', documentNumber: 'EDIT-3434' };
    const noReason = await gql(workerA, UPDATE_IDENTITY, { input: { caseId: c.id, version: 3, identity: corrected, reason: '' } });
    expect(noReason.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ path: 'input.reason', key: 'validation.required' }),
    ]);
    const r = await gql(workerA, UPDATE_IDENTITY, {
      input: { caseId: c.id, version: 3, identity: corrected, reason: 'Error de digitación en el documento' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateCaseIdentity.version).toBe(4);
    expect(JSON.stringify(r.data)).not.toMatch(/poiuytrewq|EDIT-3434/i);
    expect((await gql(workerA, REVEAL, { caseId: c.id })).data!.revealCaseIdentity).toEqual({
      fullName: corrected.fullName,
      documentNumber: 'EDIT-3434',
    });
    // The old document no longer finds the case; the new one does.
    expect(
      (await gql(workerA, DUPS, { identity: { fullName: 'X', documentType: 'NATIONAL_ID', documentNumber: 'EDIT-1212' } })).data!
        .possibleDuplicateCases,
    ).toEqual([]);
    expect(
      (await gql(workerA, DUPS, { identity: { fullName: 'X', documentType: 'NATIONAL_ID', documentNumber: 'EDIT-3434' } })).data!
        .possibleDuplicateCases,
    ).toEqual([{ caseId: c.id, code: c.code }]);
    const audit = (await gql(admin, AUDIT, { type: 'CaseIdentity', id: c.id })).data!.auditEvents.nodes;
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'UPDATE', actor: 'worker-a', reason: 'Error de digitación en el documento' }),
    );
    expect(JSON.stringify(audit)).not.toMatch(/poiuytrewq|EDIT-3434|EDIT-1212/i);
    const plain = (await scanAll()).filter((i) => /poiuytrewq|EDIT-3434|lkjhgfdsa|EDIT-1212/i.test(JSON.stringify(i)));
    expect(plain).toEqual([]);
    // An identity that another case has is a warning, as at create; staff may not correct an identity.
    const taken = await gql(workerA, UPDATE_IDENTITY, {
      input: { caseId: c.id, version: 4, identity: { fullName: 'Asdfghjkl Demo Confirmada', dateOfBirth: '1990-03-03' }, reason: 'x' },
    });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'POSSIBLE_DUPLICATE' });
    expect(
      (await gql(staff, UPDATE_IDENTITY, { input: { caseId: c.id, version: 4, identity: corrected, reason: 'x' } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('a referral request from the duplicate warning', () => {
  const person = { fullName: 'Mnbvcxz Demo Remisión', dateOfBirth: '1994-04-04', documentType: 'PASSPORT', documentNumber: 'REF-5566' };
  let owned: Record<string, any>;

  beforeAll(async () => {
    owned = await create(workerA, { identity: person, ageAtIdentification: 14 });
  });

  it('records the request for the owner; the requester learns only the code and the owner’s name', async () => {
    const warned = await gql(workerB, CREATE, { input: input({ identity: person }) });
    const dup = (warned.errors![0]!.extensions!.duplicates as { caseId: string; code: string }[])[0]!;
    expect(dup.code).toBe(owned.code);
    const r = await gql(workerB, REQUEST, { caseId: dup.caseId, identity: person, note: 'La persona está en nuestra casa de acogida' });
    expect(r.errors).toBeUndefined();
    expect(Object.keys(r.data!.requestCaseReferral).sort()).toEqual(['caseId', 'code', 'ownerOrganizationName', 'requestedAt']);
    expect(r.data!.requestCaseReferral).toMatchObject({ code: owned.code, ownerOrganizationName: 'Unidad contra la trata de El Oro' });
    // Still no access for the requester.
    expect((await gql(workerB, GET, { id: owned.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The owner sees it on the case and in the pending list.
    const onCase = (await gql(workerA, GET, { id: owned.id })).data!.case.referralRequests;
    expect(onCase).toEqual([
      {
        code: owned.code,
        organizationId: orgB,
        organizationName: 'Casa de acogida Fundación Alas',
        requestedBy: 'worker-b',
        note: 'La persona está en nuestra casa de acogida',
      },
    ]);
    const pending = (await gql(workerA, REQUESTS)).data!.caseReferralRequests.nodes;
    expect(pending).toEqual([expect.objectContaining({ caseId: owned.id, organizationId: orgB })]);
    expect((await gql(workerB, REQUESTS)).data!.caseReferralRequests.nodes).toEqual([]);
    const audit = (await gql(admin, AUDIT, { type: 'CaseReferralRequest', id: owned.id })).data!.auditEvents.nodes;
    expect(audit).toContainEqual(expect.objectContaining({ action: 'CREATE', actor: 'worker-b', actorOrganizationId: orgB }));
  });

  it('refuses a guessed id or another identity (NOT_FOUND), a second request and the owner itself (CONFLICT), other roles', async () => {
    const other = { fullName: 'Otra Persona Demo', dateOfBirth: '1994-04-04' };
    expect((await gql(workerB, REQUEST, { caseId: owned.id, identity: other })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql(workerB, REQUEST, { caseId: 'no-such-case', identity: person })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql(workerB, REQUEST, { caseId: owned.id, identity: person })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_REQUESTED',
    });
    expect((await gql(workerA, REQUEST, { caseId: owned.id, identity: person })).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_HAS_ACCESS',
    });
    for (const who of [staff, identity('partner', orgB), identity('donor', orgB)]) {
      expect((await gql(who, REQUEST, { caseId: owned.id, identity: person })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await gql(identity('partner', orgA), REQUESTS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Staff read the case (no identity) with its requests; the requester cannot close it.
    expect((await gql(staff, GET, { id: owned.id })).data!.case.referralRequests).toHaveLength(1);
    expect((await gql(workerB, CLOSE, { caseId: owned.id, org: orgB })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the owner closes the request', async () => {
    const r = await gql(workerA, CLOSE, { caseId: owned.id, org: orgB });
    expect(r.errors).toBeUndefined();
    expect((await gql(workerA, GET, { id: owned.id })).data!.case.referralRequests).toEqual([]);
    expect((await gql(workerA, REQUESTS)).data!.caseReferralRequests.nodes).toEqual([]);
    expect((await gql(workerA, CLOSE, { caseId: owned.id, org: orgB })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a referral to the organization that asked closes its request in the same transaction — or leaves it when refused', async () => {
    expect((await gql(workerB, REQUEST, { caseId: owned.id, identity: person })).errors).toBeUndefined();
    const consent = await gql(workerA, CONSENT, {
      i: { caseId: owned.id, purpose: 'REFERRAL', organizationId: orgB, date: '2026-11-20', givenBy: 'GUARDIAN' },
    });
    expect(consent.errors).toBeUndefined();
    // Refused inside the transaction (the shelter got an access copy meanwhile): the request stays.
    const c = (await Case.get({ caseId: owned.id }).go()).data!;
    await CaseAccess.put(accessCopy(c, orgB, 'referral')).go();
    const refused = await gql(workerA, REFER, { i: { caseId: owned.id, toOrganizationId: orgB, reason: 'Acogida' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_HAS_ACCESS' });
    expect((await gql(workerA, GET, { id: owned.id })).data!.case.referralRequests).toHaveLength(1);
    expect((await gql(workerA, REQUESTS)).data!.caseReferralRequests.nodes).toHaveLength(1);
    await CaseAccess.delete({ caseId: owned.id, organizationId: orgB }).go();
    // Referred: the request is gone from the case and the owner's pending list, with its audit event.
    const referred = await gql(workerA, REFER, { i: { caseId: owned.id, toOrganizationId: orgB, reason: 'Acogida' } });
    expect(referred.errors).toBeUndefined();
    expect((await gql(workerA, GET, { id: owned.id })).data!.case.referralRequests).toEqual([]);
    expect((await gql(workerA, REQUESTS)).data!.caseReferralRequests.nodes).toEqual([]);
    expect((await gql(workerB, GET, { id: owned.id })).data!.case.code).toBe(owned.code);
    const audit = (await gql(admin, AUDIT, { type: 'CaseReferralRequest', id: owned.id })).data!.auditEvents.nodes;
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'DELETE', actor: 'worker-a', actorOrganizationId: orgA, reason: 'referred' }),
    );
    // A referral nobody asked for writes no request event.
    const other = await create(workerA, {
      identity: { fullName: 'Qwerty Demo Sin Solicitud', dateOfBirth: '1990-01-01' },
      ageAtIdentification: 30,
    });
    await gql(workerA, CONSENT, {
      i: { caseId: other.id, purpose: 'REFERRAL', organizationId: orgB, date: '2026-11-20', givenBy: 'PERSON' },
    });
    expect((await gql(workerA, REFER, { i: { caseId: other.id, toOrganizationId: orgB, reason: 'Acogida' } })).errors).toBeUndefined();
    expect((await gql(admin, AUDIT, { type: 'CaseReferralRequest', id: other.id })).data!.auditEvents.nodes).toEqual([]);
  });
});
