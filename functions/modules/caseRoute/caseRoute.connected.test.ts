import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identity, onlyError } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { ProgramStat } from '#modules/aggregates/entity';
import { AuditEvent } from '#modules/audit/entity';
import { recountProgram } from '../../jobs/recount.ts';

const f = useProgramFixture();

const CREATE_ORG = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }';
const CREATE_CASE = 'mutation($i: CreateCaseInput!) { createCase(input: $i) { id stage } }';
const RECORD = `mutation($i: RecordRouteEventInput!) { recordRouteEvent(input: $i) {
  id step date organizationId stageAfter legalStageAfter version form { planType goals closureReason } notes } }`;
const DELETE_EVENT = 'mutation($id: ID!, $v: Int!) { deleteRouteEvent(id: $id, version: $v) { id } }';
const CONSENT = 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id status activeReferrals version recordedBy } }';
const WITHDRAW =
  'mutation($id: ID!, $v: Int!, $d: Date!) { withdrawConsent(id: $id, version: $v, date: $d) { id status withdrawnOn version } }';
const REFER = 'mutation($i: ReferCaseInput!) { referCase(input: $i) { id status override consentId version } }';
const END = 'mutation($id: ID!, $v: Int!, $d: Date!) { endReferral(id: $id, version: $v, date: $d) { id status endedOn version } }';
const SERVICE = 'mutation($i: CreateCaseServiceInput!) { createCaseService(input: $i) { id kind startDate version } }';
const UPDATE_SERVICE = 'mutation($i: UpdateCaseServiceInput!) { updateCaseService(input: $i) { id kind endDate version } }';
const DELETE_SERVICE = 'mutation($id: ID!, $v: Int!) { deleteCaseService(id: $id, version: $v) { id } }';
const CASE = `query($id: ID!) { case(id: $id) { id stage legalStage stageSince stageDueOn
  routeEvents { id step notes form { goals planType } } services { id kind } consents { id status purpose }
  referrals { id status reason toOrganizationId } } }`;
const OVERRIDES = 'query { referralOverrides { nodes { id caseId overrideReason } } }';
const LIMITS = 'mutation($p: ID!, $l: RouteTimeLimitsInput!) { setRouteTimeLimits(programId: $p, limits: $l) { assistance custom } }';

const ROUTE_COUNTERS: string[] = ['victimsAssisted', 'victimsReintegrated', 'victimsInFormalEducation', 'victimsInInternships'];
const NOW = new Date('2026-03-15T12:00:00Z');
let program = '';
const orgs = { police: '', shelter: '', ngo: '', iom: '', company: '' };
const who = {
  police: identity('caseworker', 'x', 'cw-police'),
  shelter: identity('caseworker', 'x', 'cw-shelter'),
  ngo: identity('caseworker', 'x', 'cw-ngo'),
  admin: identity('admin', null, 'root'),
  staff: identity('staff', 'org-staff', 'st'),
  donor: identity('donor', 'x', 'dn'),
  partner: identity('partner', 'x', 'pt'),
};

async function setup() {
  if (program) return;
  program = `p${randomUUID().slice(0, 8)}`;
  await f.newProgram(program, { startDate: '2025-01-01', originalEndDate: '2028-12-31' });
  for (const [k, kind] of [
    ['police', 'POLICE'],
    ['shelter', 'SHELTER'],
    ['ngo', 'NGO'],
    ['iom', 'INTERNATIONAL_ORGANIZATION'],
    ['company', 'COMPANY'],
  ] as const)
    orgs[k] = (await f.ok(CREATE_ORG, { i: { name: `${k} ${program}`, kind, country: 'EC' } })).id;
  who.police.organizationId = orgs.police;
  who.shelter.organizationId = orgs.shelter;
  who.ngo.organizationId = orgs.ngo;
  who.donor.organizationId = f.donorOrg;
  who.donor.programIds = [program];
  who.partner.organizationId = orgs.shelter;
  who.partner.programIds = [program];
}

const gql = (w: (typeof who)[keyof typeof who], q: string, v: Record<string, unknown>) => f.api.gql(w, q, v, NOW);
async function ok(w: (typeof who)[keyof typeof who], q: string, v: Record<string, unknown>) {
  const r = await gql(w, q, v);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return Object.values(r.data!)[0] as Record<string, any>;
}
const problemOf = (r: Awaited<ReturnType<typeof gql>>) => {
  const e = onlyError(r);
  return { code: e.extensions?.code, key: e.extensions?.fields?.[0]?.key, path: e.extensions?.fields?.[0]?.path };
};

async function newCase(over: Record<string, unknown> = {}) {
  await setup();
  return ok(who.police, CREATE_CASE, {
    i: {
      programId: program,
      objectiveCode: '1',
      exploitationTypes: ['SEXUAL'],
      ageAtIdentification: 22,
      sex: 'FEMALE',
      dateReported: '2026-01-05',
      identity: { fullName: `Persona ${randomUUID()}` },
      ...over,
    },
  });
}
const step = (caseId: string, s: string, date: string, form: Record<string, unknown> = {}, notes?: string) => ({
  i: { caseId, step: s, date, form, ...(notes ? { notes } : {}) },
});

async function stats() {
  const { data } = await ProgramStat.query.byMonth({ programId: program }).go({ pages: 'all' });
  return data
    .filter((s) => s.bucket === '1')
    .map((s) => ({
      month: s.month,
      assisted: s.victimsAssisted ?? 0,
      reintegrated: s.victimsReintegrated ?? 0,
      edu: s.victimsInFormalEducation ?? 0,
    }))
    .filter((s) => s.assisted || s.reintegrated || s.edu);
}

describe('the route of a case', () => {
  it('walks the route with the allowed institutions, moves the stage, counts in the same transaction, and a recount agrees', async () => {
    const c = await newCase();
    expect(c.stage).toBe('REPORTED');
    await ok(who.police, RECORD, step(c.id, 'REPORT', '2026-01-05', { channel: 'HOTLINE' }));
    const screening = await ok(who.police, RECORD, step(c.id, 'SCREENING', '2026-01-07', { screeningResult: 'VICTIM' }));
    expect(screening).toMatchObject({ stageAfter: 'IDENTIFIED', organizationId: orgs.police });

    // The shelter has no access yet: the case does not exist for it.
    expect(problemOf(await gql(who.shelter, RECORD, step(c.id, 'ASSISTANCE_PLAN', '2026-01-10', { goals: ['x'] }))).code).toBe('NOT_FOUND');
    // The police may not assist.
    expect(problemOf(await gql(who.police, RECORD, step(c.id, 'ASSISTANCE_PLAN', '2026-01-10', { goals: ['x'] })))).toEqual({
      code: 'BAD_USER_INPUT',
      key: 'validation.step_not_allowed_for_kind',
      path: 'input.step',
    });

    // Referral needs consent; with it, the shelter gets access.
    const noConsent = await gql(who.police, REFER, { i: { caseId: c.id, toOrganizationId: orgs.shelter, reason: 'Acogida' } });
    expect(problemOf(noConsent).key).toBe('validation.consent_required');
    const consent = await ok(who.police, CONSENT, {
      i: { caseId: c.id, purpose: 'REFERRAL', organizationId: orgs.shelter, date: '2026-01-08', givenBy: 'PERSON' },
    });
    expect(consent).toMatchObject({ status: 'GIVEN', recordedBy: 'cw-police', activeReferrals: 0 });
    const referral = await ok(who.police, REFER, { i: { caseId: c.id, toOrganizationId: orgs.shelter, reason: 'Acogida' } });
    expect(referral).toMatchObject({ status: 'ACTIVE', override: false, consentId: consent.id });
    // The consent is in use: it cannot be withdrawn while the referral is active.
    expect(problemOf(await gql(who.police, WITHDRAW, { id: consent.id, v: 1, d: '2026-01-09' })).key).toBe('validation.consent_in_use');

    // A minor skips nothing, an adult may skip protection: IDENTIFIED → ASSISTANCE.
    const plan = await ok(
      who.shelter,
      RECORD,
      step(c.id, 'ASSISTANCE_PLAN', '2026-01-10', { goals: ['Vivienda segura'] }, 'Llegó con su hija'),
    );
    expect(plan.stageAfter).toBe('ASSISTANCE');
    // Transition not allowed: follow-up before reintegration.
    expect(problemOf(await gql(who.shelter, RECORD, step(c.id, 'FOLLOW_UP_VISIT', '2026-02-01', { outcome: 'STABLE' }))).key).toBe(
      'validation.transition_not_allowed',
    );
    // Dates: in the future, before the report, before the current stage began.
    expect(problemOf(await gql(who.shelter, RECORD, step(c.id, 'REINTEGRATION_PLAN', '2026-03-16', { planType: 'INTERNSHIP' }))).key).toBe(
      'validation.date_in_future',
    );
    expect(problemOf(await gql(who.shelter, RECORD, step(c.id, 'REINTEGRATION_PLAN', '2026-01-09', { planType: 'INTERNSHIP' }))).key).toBe(
      'validation.before_stage_start',
    );
    expect(problemOf(await gql(who.shelter, RECORD, step(c.id, 'REINTEGRATION_PLAN', '2026-01-01', { planType: 'FAMILY' }))).key).toBe(
      'validation.before_case_report',
    );
    // A field of another step.
    expect(problemOf(await gql(who.shelter, RECORD, step(c.id, 'REINTEGRATION_PLAN', '2026-02-01', { outcome: 'STABLE' })))).toMatchObject({
      key: 'validation.not_for_step',
      path: 'input.form.outcome',
    });
    await ok(who.shelter, RECORD, step(c.id, 'REINTEGRATION_PLAN', '2026-02-01', { planType: 'FORMAL_EDUCATION' }));
    await ok(who.shelter, SERVICE, { i: { caseId: c.id, kind: 'EDUCATION', providerOrganizationId: orgs.ngo, startDate: '2026-02-03' } });

    expect(await stats()).toEqual([
      { month: '2026-01', assisted: 1, reintegrated: 0, edu: 0 },
      { month: '2026-02', assisted: 0, reintegrated: 1, edu: 1 },
    ]);
    const drift = await recountProgram(program);
    expect(drift.filter((d) => ROUTE_COUNTERS.includes(d.counter))).toEqual([]);

    // The route costs the case page no request: its items come with the case's one Query.
    const bare = await gql(who.shelter, 'query($id: ID!) { case(id: $id) { id } }', { id: c.id });
    const full = await gql(who.shelter, CASE, { id: c.id });
    expect(full.errors).toBeUndefined();
    expect(full.requests).toBe(bare.requests);

    // Deleting the latest event (a correction) moves the stage and the counts back exactly.
    const view = await ok(who.shelter, CASE, { id: c.id });
    expect(view.stage).toBe('REINTEGRATION');
    const last = view.routeEvents.at(-1);
    expect(problemOf(await gql(who.shelter, DELETE_EVENT, { id: view.routeEvents[0].id, v: 1 })).key).toBe('validation.only_latest_event');
    await ok(who.shelter, DELETE_EVENT, { id: last.id, v: 1 });
    const back = await ok(who.shelter, CASE, { id: c.id });
    expect(back).toMatchObject({ stage: 'ASSISTANCE', stageSince: '2026-01-10', stageDueOn: '2026-02-09' });
    expect(await stats()).toEqual([{ month: '2026-01', assisted: 1, reintegrated: 0, edu: 0 }]);
    expect((await recountProgram(program)).filter((d) => ROUTE_COUNTERS.includes(d.counter))).toEqual([]);

    // Ending the referral ends the shelter's access; then the consent can be withdrawn.
    await ok(who.police, END, { id: referral.id, v: 1, d: '2026-03-15' });
    expect(problemOf(await gql(who.shelter, CASE, { id: c.id })).code).toBe('NOT_FOUND');
    const withdrawn = await ok(who.police, WITHDRAW, { id: consent.id, v: 1, d: '2026-03-15' });
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', withdrawnOn: '2026-03-15' });
    // Withdrawn: referring again needs a new consent.
    expect(problemOf(await gql(who.police, REFER, { i: { caseId: c.id, toOrganizationId: orgs.shelter, reason: 'x' } })).key).toBe(
      'validation.consent_required',
    );
  });

  it('a minor must pass protection, and a guardian gives consent', async () => {
    const c = await newCase({ ageAtIdentification: 15, dateIdentified: '2026-01-06' });
    expect(c.stage).toBe('IDENTIFIED');
    const r = await gql(who.admin, RECORD, {
      i: { ...step(c.id, 'ASSISTANCE_PLAN', '2026-01-08', { goals: ['x'] }).i, organizationId: orgs.shelter },
    });
    expect(problemOf(r).key).toBe('validation.transition_not_allowed');
    const bad = await gql(who.police, CONSENT, { i: { caseId: c.id, purpose: 'SERVICES', date: '2026-01-08', givenBy: 'PERSON' } });
    expect(problemOf(bad)).toMatchObject({ key: 'validation.guardian_required', path: 'input.givenBy' });
  });

  it('an admin refers without consent only with a written reason, listed for review; a case worker cannot', async () => {
    const c = await newCase();
    const cw = await gql(who.police, REFER, {
      i: { caseId: c.id, toOrganizationId: orgs.ngo, reason: 'x', override: { reason: 'urgente' } },
    });
    expect(problemOf(cw).key).toBe('validation.override_admin_only');
    const r = await ok(who.admin, REFER, {
      i: { caseId: c.id, toOrganizationId: orgs.ngo, reason: 'x', override: { reason: 'Riesgo inminente' } },
    });
    expect(r).toMatchObject({ override: true, consentId: null });
    const list = await ok(who.admin, OVERRIDES, {});
    expect(list.nodes).toContainEqual({ id: r.id, caseId: c.id, overrideReason: 'Riesgo inminente' });
    // The NGO's case workers now see the case.
    expect((await ok(who.ngo, CASE, { id: c.id })).id).toBe(c.id);
    expect(problemOf(await gql(who.police, OVERRIDES, {})).code).toBe('FORBIDDEN');
  });

  it('per role: staff read the route without the free text; partners and donors never; a guessed id is NOT_FOUND', async () => {
    const c = await newCase();
    await ok(who.police, RECORD, step(c.id, 'SCREENING', '2026-01-07', { screeningResult: 'VICTIM' }, 'Relato confidencial'));
    const asPolice = await ok(who.police, CASE, { id: c.id });
    expect(asPolice.routeEvents[0].notes).toBe('Relato confidencial');
    const asStaff = await gql(who.staff, 'query($id: ID!) { case(id: $id) { routeEvents { step notes } } }', { id: c.id });
    expect(asStaff.data?.case?.routeEvents?.[0]?.step).toBe('SCREENING');
    expect(asStaff.data?.case?.routeEvents?.[0]?.notes ?? null).toBeNull();
    expect(JSON.stringify(asStaff)).not.toContain('Relato confidencial');
    for (const w of [who.donor, who.partner]) {
      const r = await gql(w, CASE, { id: c.id });
      expect(r.data?.case ?? null).toBeNull();
      expect(JSON.stringify(r)).not.toContain('Relato');
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(onlyError(r).extensions?.code);
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(
        problemOf(await gql(w, RECORD, step(c.id, 'REPORT', '2026-01-05', { channel: 'HOTLINE' }))).code,
      );
    }
    expect(problemOf(await gql(who.staff, RECORD, step(c.id, 'REPORT', '2026-01-05', { channel: 'HOTLINE' }))).code).toBe('FORBIDDEN');
    // Another organization's case worker guessing the id, and an unknown id: NOT_FOUND both.
    expect(problemOf(await gql(who.ngo, RECORD, step(c.id, 'REPORT', '2026-01-05', { channel: 'HOTLINE' }))).code).toBe('NOT_FOUND');
    expect(problemOf(await gql(who.ngo, DELETE_EVENT, { id: `${c.id}~nope`, v: 1 })).code).toBe('NOT_FOUND');
    // A case worker names only their own organization as responsible.
    const other = await gql(who.police, RECORD, { i: { ...step(c.id, 'COMPLAINT', '2026-01-08').i, organizationId: orgs.iom } });
    expect(problemOf(other).key).toBe('validation.own_organization_only');
  });

  it('a program sets its time limits; the next step is due by them', async () => {
    const c = await newCase({ dateIdentified: '2026-01-06' });
    const limits = { reported: 2, identified: 5, protection: 2, assistance: 10, reintegration: 60, followUp: 90 };
    expect(await ok(who.staff, LIMITS, { p: program, l: limits })).toEqual({ assistance: 10, custom: true });
    expect(problemOf(await gql(who.police, LIMITS, { p: program, l: limits })).code).toBe('FORBIDDEN');
    expect(problemOf(await gql(who.staff, LIMITS, { p: program, l: { ...limits, assistance: 0 } })).path).toBe('limits.assistance');
    await ok(who.admin, RECORD, {
      i: { ...step(c.id, 'ASSISTANCE_PLAN', '2026-01-20', { goals: ['x'] }).i, organizationId: orgs.shelter },
    });
    const view = await ok(who.police, CASE, { id: c.id });
    expect(view).toMatchObject({ stage: 'ASSISTANCE', stageSince: '2026-01-20', stageDueOn: '2026-01-30' });
    // Back to the defaults for the other tests' due dates.
    await ok(who.staff, LIMITS, {
      p: program,
      l: { reported: 3, identified: 7, protection: 3, assistance: 30, reintegration: 90, followUp: 180 },
    });
  });

  it('services and consents of a case', async () => {
    const c = await newCase();
    const s = await ok(who.police, SERVICE, {
      i: { caseId: c.id, kind: 'HEALTH', providerOrganizationId: orgs.ngo, startDate: '2026-01-06' },
    });
    expect(s).toMatchObject({ kind: 'HEALTH', version: 1 });
    const badEnd = await gql(who.police, SERVICE, {
      i: { caseId: c.id, kind: 'LEGAL', providerOrganizationId: orgs.ngo, startDate: '2026-01-06', endDate: '2026-01-01' },
    });
    expect(problemOf(badEnd).key).toBe('validation.end_before_start');
    const unknown = await gql(who.police, SERVICE, {
      i: { caseId: c.id, kind: 'LEGAL', providerOrganizationId: 'nope', startDate: '2026-01-06' },
    });
    expect(problemOf(unknown).key).toBe('validation.unknown_party');
    const noOrg = await gql(who.police, CONSENT, { i: { caseId: c.id, purpose: 'REFERRAL', date: '2026-01-08', givenBy: 'PERSON' } });
    expect(problemOf(noOrg)).toMatchObject({ key: 'validation.required', path: 'input.organizationId' });
    const view = await ok(who.police, CASE, { id: c.id });
    expect(view.services).toEqual([{ id: s.id, kind: 'HEALTH' }]);
  });
});

describe('counts by sex and age band, corrections and refused attempts', () => {
  const CASE_DATES = 'query($id: ID!) { case(id: $id) { id stage version dateIdentified closureReason routeEvents { id step version } } }';
  const PROFILE = `query($p: ID!) { victimProfileTotals(programId: $p) {
    objectiveCode sex ageBand identified assisted reintegrated inFormalEducation inInternships } }`;
  const identifiedIn = async (month: string) =>
    (await ProgramStat.get({ programId: program, month, bucket: '1' }).go()).data?.victimsIdentified ?? 0;
  const refusals = async (caseId: string) =>
    (await AuditEvent.query.byRecord({ entityType: 'Case', entityId: caseId }).go({ pages: 'all' })).data.filter(
      (e) => e.action === 'WRITE_DENIED',
    );

  it('each case and route count is kept again by sex and age band in the same transactions; the dashboard sums them and a recount agrees', async () => {
    await setup();
    const profile = async () =>
      (await gql(who.staff, PROFILE, { p: program })).data!.victimProfileTotals as Record<string, number | string | null>[];
    const base = await profile();
    const girl = await newCase({ sex: 'FEMALE', ageAtIdentification: 15, dateIdentified: '2026-01-06' });
    const man = await newCase({ sex: 'MALE', ageAtIdentification: 30 });
    const unknown = await newCase({ sex: null, ageAtIdentification: null, objectiveCode: null });
    await ok(who.police, RECORD, step(man.id, 'SCREENING', '2026-01-07', { screeningResult: 'VICTIM' }));
    await ok(who.police, RECORD, step(unknown.id, 'SCREENING', '2026-01-08', { screeningResult: 'VICTIM' }));
    await ok(who.admin, RECORD, {
      i: { ...step(man.id, 'ASSISTANCE_PLAN', '2026-01-09', { goals: ['x'] }).i, organizationId: orgs.shelter },
    });
    await ok(who.admin, RECORD, {
      i: { ...step(girl.id, 'PROTECTION_MEASURE', '2026-01-07', { measureType: 'EMERGENCY_SHELTER' }).i, organizationId: orgs.iom },
    });
    await ok(who.admin, RECORD, { i: { ...step(girl.id, 'ASSISTANCE_PLAN', '2026-01-09', { goals: ['x'] }).i, organizationId: orgs.iom } });
    await ok(who.admin, RECORD, {
      i: { ...step(girl.id, 'REINTEGRATION_PLAN', '2026-02-02', { planType: 'FORMAL_EDUCATION' }).i, organizationId: orgs.iom },
    });
    const rows = await profile();
    // What this test added to each group (the other tests of the file count in the same program).
    const row = (sex: string, ageBand: string, objectiveCode: string | null = '1') => {
      const pick = (rs: typeof rows) => rs.find((r) => r.sex === sex && r.ageBand === ageBand && r.objectiveCode === objectiveCode);
      const now = pick(rows);
      const was = pick(base);
      return Object.fromEntries(
        ['identified', 'assisted', 'reintegrated', 'inFormalEducation', 'inInternships'].map((k) => [
          k,
          Number(now?.[k] ?? 0) - Number(was?.[k] ?? 0),
        ]),
      );
    };
    expect(row('FEMALE', 'AGE_12_17')).toMatchObject({
      identified: 1,
      assisted: 1,
      reintegrated: 1,
      inFormalEducation: 1,
      inInternships: 0,
    });
    expect(row('MALE', 'AGE_25_39')).toMatchObject({ identified: 1, assisted: 1, reintegrated: 0 });
    expect(row('UNKNOWN', 'UNKNOWN', null)).toMatchObject({ identified: 1, assisted: 0 });
    // Every breakdown adds up to the program's own figures (what the report shows).
    const { data: own } = await ProgramStat.query.byMonth({ programId: program }).go({ pages: 'all' });
    const total = (counter: 'victimsIdentified' | 'victimsAssisted') =>
      own.filter((s) => s.month !== 'total').reduce((a, s) => a + (s[counter] ?? 0), 0);
    const sum = (k: string) => rows.reduce((a, r) => a + Number(r[k]), 0);
    expect(sum('identified')).toBe(total('victimsIdentified'));
    expect(sum('assisted')).toBe(total('victimsAssisted'));
    // The recount rebuilds the breakdown from the cases and events: no drift; a lost item is found and repaired.
    expect((await recountProgram(program)).filter((d) => d.programId.endsWith('~victims'))).toEqual([]);
    await ProgramStat.delete({ programId: `${program}~victims`, month: '2026-02', bucket: '1|FEMALE|AGE_12_17' }).go();
    const drift = (await recountProgram(program, { fix: true })).filter((d) => d.programId.endsWith('~victims'));
    expect(drift).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          month: '2026-02',
          bucket: '1|FEMALE|AGE_12_17',
          counter: 'victimsReintegrated',
          stored: 0,
          recounted: 1,
        }),
      ]),
    );
    expect((await recountProgram(program)).filter((d) => d.programId.endsWith('~victims'))).toEqual([]);

    // Only the program team reads it: donors, partners and case workers are refused.
    for (const w of [who.donor, who.partner, who.police]) expect(problemOf(await gql(w, PROFILE, { p: program })).code).toBe('FORBIDDEN');
  });

  it('deleting a SCREENING un-identifies the case and moves the identified counts back, in one transaction; recording it again counts in its own month', async () => {
    const c = await newCase({ dateReported: '2026-01-02' });
    const janBefore = await identifiedIn('2026-01');
    const febBefore = await identifiedIn('2026-02');
    await ok(who.police, RECORD, step(c.id, 'SCREENING', '2026-01-20', { screeningResult: 'VICTIM' }));
    const identified = await ok(who.police, CASE_DATES, { id: c.id });
    expect(identified).toMatchObject({ stage: 'IDENTIFIED', dateIdentified: '2026-01-20' });
    expect(await identifiedIn('2026-01')).toBe(janBefore + 1);

    await ok(who.police, DELETE_EVENT, { id: identified.routeEvents[0].id, v: 1 });
    const back = await ok(who.police, CASE_DATES, { id: c.id });
    expect(back).toMatchObject({ stage: 'REPORTED', dateIdentified: null });
    expect(await identifiedIn('2026-01')).toBe(janBefore);

    // Corrected: screened in February instead.
    await ok(who.police, RECORD, step(c.id, 'SCREENING', '2026-02-03', { screeningResult: 'VICTIM' }));
    expect(await ok(who.police, CASE_DATES, { id: c.id })).toMatchObject({ dateIdentified: '2026-02-03' });
    expect(await identifiedIn('2026-01')).toBe(janBefore);
    expect(await identifiedIn('2026-02')).toBe(febBefore + 1);

    // A closure undone takes its reason with it.
    await ok(who.police, RECORD, step(c.id, 'CLOSURE', '2026-02-10', { closureReason: 'LOST_CONTACT' }));
    const closed = await ok(who.police, CASE_DATES, { id: c.id });
    expect(closed).toMatchObject({ stage: 'CLOSED', closureReason: 'LOST_CONTACT' });
    await ok(who.police, DELETE_EVENT, { id: closed.routeEvents.at(-1).id, v: 1 });
    expect(await ok(who.police, CASE_DATES, { id: c.id })).toMatchObject({
      stage: 'IDENTIFIED',
      closureReason: null,
      dateIdentified: '2026-02-03',
    });
    expect((await recountProgram(program)).filter((d) => d.counter === 'victimsIdentified')).toEqual([]);
  });

  it('a refused route write leaves an audit event of the attempt on the case (who, organization, what), and nothing else', async () => {
    const name = `Persona ${randomUUID()}`;
    const c = await newCase({ identity: { fullName: name } });
    const before = await ok(who.police, CASE_DATES, { id: c.id });
    // A transition the route does not allow (no assistance before identification).
    expect(problemOf(await gql(who.police, RECORD, step(c.id, 'FOLLOW_UP_VISIT', '2026-01-10', { outcome: 'STABLE' }))).key).toBe(
      'validation.transition_not_allowed',
    );
    // A step the institution's kind may not record.
    await ok(who.police, RECORD, step(c.id, 'SCREENING', '2026-01-07', { screeningResult: 'VICTIM' }));
    expect(problemOf(await gql(who.police, RECORD, step(c.id, 'ASSISTANCE_PLAN', '2026-01-10', { goals: ['x'] }))).key).toBe(
      'validation.step_not_allowed_for_kind',
    );
    // A referral without consent.
    expect(problemOf(await gql(who.police, REFER, { i: { caseId: c.id, toOrganizationId: orgs.ngo, reason: 'x' } })).key).toBe(
      'validation.consent_required',
    );
    // Another organization guessing the id: NOT_FOUND, as for no case.
    expect(problemOf(await gql(who.shelter, RECORD, step(c.id, 'CLOSURE', '2026-01-10', { closureReason: 'OTHER' }))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      problemOf(await gql(who.ngo, CONSENT, { i: { caseId: c.id, purpose: 'SERVICES', date: '2026-01-08', givenBy: 'PERSON' } })).code,
    ).toBe('NOT_FOUND');

    const events = await refusals(c.id);
    const seen = events
      .map((e) => ({ actor: e.actor, org: e.actorOrganizationId, reason: e.reason }))
      .sort((a, b) => (a.reason! < b.reason! ? -1 : 1));
    expect(seen).toEqual(
      [
        { actor: 'cw-ngo', org: orgs.ngo, reason: 'recordConsent: NOT_FOUND' },
        { actor: 'cw-shelter', org: orgs.shelter, reason: 'recordRouteEvent CLOSURE: NOT_FOUND' },
        { actor: 'cw-police', org: orgs.police, reason: 'recordRouteEvent FOLLOW_UP_VISIT: input.step validation.transition_not_allowed' },
        {
          actor: 'cw-police',
          org: orgs.police,
          reason: 'recordRouteEvent ASSISTANCE_PLAN: input.step validation.step_not_allowed_for_kind',
        },
        { actor: 'cw-police', org: orgs.police, reason: 'referCase: input.toOrganizationId validation.consent_required' },
      ].sort((a, b) => (a.reason < b.reason ? -1 : 1)),
    );
    // Never a value of the person.
    expect(JSON.stringify(events)).not.toContain(name);
    // Nothing else written: one step (the screening), one version more, no referral, no consent.
    const after = await ok(who.police, CASE, { id: c.id });
    expect(after.routeEvents).toHaveLength(1);
    expect(after.referrals).toEqual([]);
    expect(after.consents).toEqual([]);
    expect((await ok(who.police, CASE_DATES, { id: c.id })).version).toBe(before.version + 1);
    // A case that does not exist touched nothing: no event.
    expect(
      problemOf(await gql(who.police, RECORD, step('no-such-case', 'SCREENING', '2026-01-07', { screeningResult: 'VICTIM' }))).code,
    ).toBe('NOT_FOUND');
    expect(await refusals('no-such-case')).toEqual([]);
  });

  it("a route item's writes: a retried create gives the stored item; update and delete find it by id (NOT_FOUND for a gone or malformed id, CONFLICT for a stale version)", async () => {
    const c = await newCase();
    const input = { id: randomUUID(), caseId: c.id, kind: 'HEALTH', providerOrganizationId: orgs.shelter, startDate: '2026-01-06' };
    const service = await ok(who.police, SERVICE, { i: input });
    expect(service).toMatchObject({ id: `${c.id}~${input.id}`, kind: 'HEALTH', version: 1 });
    expect(await ok(who.police, SERVICE, { i: input })).toEqual(service);
    expect(problemOf(await gql(who.police, SERVICE, { i: { ...input, kind: 'LEGAL' } }))).toMatchObject({ code: 'CONFLICT' });
    expect(problemOf(await gql(who.police, UPDATE_SERVICE, { i: { id: service.id, version: 2, kind: 'LEGAL' } })).code).toBe('CONFLICT');
    expect(problemOf(await gql(who.police, UPDATE_SERVICE, { i: { id: `${c.id}~nope`, version: 1, kind: 'LEGAL' } })).code).toBe(
      'NOT_FOUND',
    );
    expect(problemOf(await gql(who.police, UPDATE_SERVICE, { i: { id: 'malformed', version: 1, kind: 'LEGAL' } })).code).toBe('NOT_FOUND');
    expect(problemOf(await gql(who.ngo, UPDATE_SERVICE, { i: { id: service.id, version: 1, kind: 'LEGAL' } })).code).toBe('NOT_FOUND');
    expect(problemOf(await gql(who.police, UPDATE_SERVICE, { i: { id: service.id, version: 1, endDate: '2026-01-01' } }))).toEqual({
      code: 'BAD_USER_INPUT',
      key: 'validation.end_before_start',
      path: 'input.endDate',
    });
    expect(await ok(who.police, UPDATE_SERVICE, { i: { id: service.id, version: 1, kind: 'LEGAL' } })).toMatchObject({
      kind: 'LEGAL',
      version: 2,
    });
    expect(problemOf(await gql(who.police, DELETE_SERVICE, { id: service.id, v: 1 })).code).toBe('CONFLICT');
    expect(await ok(who.police, DELETE_SERVICE, { id: service.id, v: 2 })).toEqual({ id: service.id });
    expect(problemOf(await gql(who.police, DELETE_SERVICE, { id: service.id, v: 2 })).code).toBe('NOT_FOUND');
    expect((await ok(who.police, CASE, { id: c.id })).services).toEqual([]);
  });
});
