import { beforeAll, describe, expect, it } from 'vitest';
import { identity, onlyError, type GqlResult } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { ProgramStat } from '#modules/aggregates/entity';
import { recountProgram } from '../../jobs/recount.ts';

const FIELDS = `id organizationId programId objectiveCode title kind startDate endDate quarter status version reviewComment
  reached { band women men notRecorded total } totals { women men notRecorded total }
  place { country provinceCode cantonCode } attachments { fileName url }
  changesSinceLastSubmission { field before after } warnings { path key message }`;
const CREATE = `mutation($input: CreateActivityRecordInput!) { createActivityRecord(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateActivityRecordInput!) { updateActivityRecord(input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!) { submitActivityRecord(id: $id, version: $version) { ${FIELDS} } }`;
const REVIEW = `mutation($ids: [ID!]!, $decision: ReviewDecision!, $comment: String) {
  reviewActivityRecords(ids: $ids, decision: $decision, comment: $comment) { ${FIELDS} } }`;
const GET = `query($id: ID!) { activityRecord(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: ActivityRecordFilter, $first: Int) { activityRecords(filter: $filter, first: $first) {
  nodes { id status title organization { id name } } pageInfo { hasNextPage } } }`;
const LOCK = 'mutation($p: ID!, $q: String!) { lockPeriod(programId: $p, quarter: $q) { quarter locked lockedBy } }';
const UNLOCK = 'mutation($p: ID!, $q: String!) { unlockPeriod(programId: $p, quarter: $q) { quarter locked } }';
const COMPLETENESS = `query($p: ID!, $q: String!) { activityCompleteness(programId: $p, quarter: $q) {
  organizationId organization { name } drafts pending approved returned hasSubmitted } }`;
const REPORT = `query($p: ID!, $from: Date!, $to: Date!) { resultsReport(programId: $p, from: $from, to: $to) { rows { code activitiesPending
  indicators { name actual } } } }`;
const INDICATOR = 'mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }';
const ORG = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }';
const AGREEMENT = 'mutation($i: CreatePartnerAgreementInput!) { createPartnerAgreement(input: $i) { id } }';
const AUDIT = 'query($t: String!, $id: ID!) { auditEvents(entityType: $t, entityId: $id) { nodes { action actor } } }';
const TO_TRAINING = `mutation($id: ID!, $version: Int!, $kind: TrainingKind) {
  createTrainingFromActivityRecord(id: $id, version: $version, kind: $kind) { id version status trainingId } }`;
const TRAINING = `query($id: ID!) { training(id: $id) { id title kind startDate endDate programId objectiveCode organizerIds
  place { country provinceCode cantonCode } audience { group women men notRecorded total } totals { women men notRecorded total } } }`;
const IMPORT =
  'mutation($rows: [ActivityRecordImportRow!]!) { importActivityRecords(batchId: "b1", rows: $rows) { written alreadyImported failed { row field key } } }';

const f = useProgramFixture();
const P = 'p-act';
const staff = identity('staff', 'org-staff');
const admin = identity('admin', 'org-staff');
let partner: ReturnType<typeof identity>;
let otherPartner: ReturnType<typeof identity>;
let otherOrg: string;

const gql = (who: ReturnType<typeof identity>, q: string, v?: Record<string, unknown>) => f.api.gql(who, q, v);
function ok(r: GqlResult) {
  expect(r.errors).toBeUndefined();
  return Object.values(r.data!)[0] as any;
}
const input = (over: Record<string, unknown> = {}) => ({
  programId: P,
  objectiveCode: '1.1',
  title: 'Talleres de prevención en colegios de Cuenca',
  kind: 'AWARENESS_EVENT',
  startDate: '2008-02-04',
  endDate: '2008-03-28',
  place: { country: 'EC', provinceCode: '01', cantonCode: '0101' },
  reached: [
    { band: 'ADOLESCENT', women: 2100, men: 1950, notRecorded: 0 },
    { band: 'ADULT', women: 40, men: 12 },
  ],
  expectedTotal: 4102,
  attachments: [{ fileName: 'informe-q1.pdf', url: 'https://example.org/informe-q1.pdf' }],
  ...over,
});
async function stat(month: string, bucket: string) {
  const { data } = await ProgramStat.get({ programId: P, month, bucket }).go();
  return {
    approved: data?.activitiesApproved ?? 0,
    pending: data?.activitiesPending ?? 0,
    reached: data?.peopleReached ?? 0,
    women: data?.peopleReachedWomen ?? 0,
    men: data?.peopleReachedMen ?? 0,
    awarenessEvents: data?.activitiesAwarenessEvent ?? 0,
    meetings: data?.activitiesCoordinationMeeting ?? 0,
  };
}
const expectBad = (r: GqlResult, path: string, key: string) => {
  const e = onlyError(r);
  expect(e.extensions?.code).toBe('BAD_USER_INPUT');
  expect(e.extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path, key })]));
};

beforeAll(async () => {
  await f.newProgram(P);
  partner = identity('partner', f.partnerOrg, 'fnj-user');
  otherOrg = (await f.ok(ORG, { i: { name: 'Fundación Quimera', kind: 'NGO', country: 'EC' } })).id;
  otherPartner = identity('partner', otherOrg, 'quimera-user');
  // FNJ's agreement covers objective 1 (and so 1.1), not 2.
  await f.ok(AGREEMENT, {
    i: {
      programId: P,
      kind: 'COOPERATIVE_AGREEMENT',
      title: 'Convenio FNJ',
      partyIds: [f.implementer, f.partnerOrg],
      startDate: '2007-01-01',
      status: 'ACTIVE',
      objectiveCodes: ['1'],
    },
  });
  await f.ok(AGREEMENT, {
    i: {
      programId: P,
      kind: 'COOPERATIVE_AGREEMENT',
      title: 'Convenio Quimera',
      partyIds: [f.implementer, otherOrg],
      startDate: '2007-01-01',
      status: 'ACTIVE',
      objectiveCodes: ['2'],
    },
  });
  await f.ok(INDICATOR, {
    i: {
      programId: P,
      objectiveCode: '1',
      name: 'Personas alcanzadas',
      unit: 'COUNT',
      target: 10000,
      source: 'COMPUTED',
      metric: 'PEOPLE_REACHED',
    },
  });
  await f.ok(INDICATOR, {
    i: {
      programId: P,
      objectiveCode: '1',
      name: 'Eventos de sensibilización',
      unit: 'COUNT',
      target: 20,
      source: 'COMPUTED',
      metric: 'ACTIVITIES_AWARENESS_EVENT',
    },
  });
});
const indicator = (report: any, code: string, name: string) =>
  report.rows.find((x: any) => x.code === code).indicators.find((i: any) => i.name === name).actual;

describe('activity records', () => {
  it('goes draft → submitted → returned → resubmitted → approved; only approval counts, returning reverses exactly, recount agrees', async () => {
    const before = await stat('2008-02', '1.1');
    const r = ok(await gql(partner, CREATE, { input: input() }));
    expect(r).toMatchObject({ status: 'DRAFT', organizationId: f.partnerOrg, quarter: '2008-Q1', version: 1, warnings: [] });
    expect(r.totals).toEqual({ women: 2140, men: 1962, notRecorded: 0, total: 4102 });
    expect(r.reached.map((l: any) => l.band)).toEqual(['ADOLESCENT', 'ADULT']);
    expect(await stat('2008-02', '1.1')).toEqual(before);

    const submitted = ok(await gql(partner, SUBMIT, { id: r.id, version: 1 }));
    expect(submitted.status).toBe('SUBMITTED');
    expect(await stat('2008-02', '1.1')).toEqual({ ...before, pending: before.pending + 1 });
    // The report shows it as pending review under objective 1.1 and its parents, in no figure.
    const report = ok(await gql(staff, REPORT, { p: P, from: '2008-01-01', to: '2008-12-31' }));
    const row = (code: string) => report.rows.find((x: any) => x.code === code);
    expect(row('1.1').activitiesPending).toBe(1);
    expect(row('1').activitiesPending).toBe(1);
    expect(row('2').activitiesPending).toBe(0);
    expect(indicator(report, '1', 'Personas alcanzadas')).toBe(0);
    expect(indicator(report, '1', 'Eventos de sensibilización')).toBe(0);

    // A partner cannot edit a submitted record, nor approve.
    expectBad(await gql(partner, UPDATE, { input: { id: r.id, version: 2, title: 'Otro' } }), 'input.id', 'validation.record_not_editable');
    expect(onlyError(await gql(partner, REVIEW, { ids: [r.id], decision: 'APPROVE' })).extensions?.code).toBe('FORBIDDEN');

    // Returning needs a comment.
    expectBad(await gql(staff, REVIEW, { ids: [r.id], decision: 'RETURN' }), 'comment', 'validation.comment_required');
    const returned = ok(await gql(staff, REVIEW, { ids: [r.id], decision: 'RETURN', comment: 'Falta el desglose por colegio' }))[0];
    expect(returned).toMatchObject({ status: 'RETURNED', reviewComment: 'Falta el desglose por colegio' });
    expect(await stat('2008-02', '1.1')).toEqual(before);

    // The partner sees it first in its list, fixes it (the diff shows what changed) and resubmits.
    const draft = ok(
      await gql(partner, CREATE, { input: input({ title: 'Otro borrador', startDate: '2008-01-10', endDate: '2008-01-10' }) }),
    );
    const mine = ok(await gql(partner, LIST, {}));
    expect(mine.nodes[0]).toMatchObject({ id: r.id, status: 'RETURNED', organization: { id: f.partnerOrg } });
    expect(mine.nodes.map((n: any) => n.id)).toContain(draft.id);
    const fixed = ok(
      await gql(partner, UPDATE, {
        input: {
          id: r.id,
          version: returned.version,
          title: 'Talleres de prevención en 13 colegios de Cuenca',
          reached: [
            { band: 'ADOLESCENT', women: 2150, men: 1950 },
            { band: 'ADULT', women: 40, men: 12 },
          ],
        },
      }),
    );
    expect(fixed.changesSinceLastSubmission.map((c: any) => c.field)).toEqual(['title', 'reached']);
    const resubmitted = ok(await gql(partner, SUBMIT, { id: r.id, version: fixed.version }));
    expect(resubmitted.changesSinceLastSubmission.map((c: any) => c.field)).toEqual(['title', 'reached']);
    expect(JSON.parse(resubmitted.changesSinceLastSubmission[0].before)).toBe('Talleres de prevención en colegios de Cuenca');

    const approved = ok(await gql(staff, REVIEW, { ids: [r.id], decision: 'APPROVE' }))[0];
    expect(approved.status).toBe('APPROVED');
    expect(await stat('2008-02', '1.1')).toEqual({
      approved: before.approved + 1,
      pending: before.pending,
      reached: before.reached + 4152,
      women: before.women + 2190,
      men: before.men + 1962,
      awarenessEvents: before.awarenessEvents + 1,
      meetings: before.meetings,
    });
    const after = ok(await gql(staff, REPORT, { p: P, from: '2008-01-01', to: '2008-12-31' }));
    expect(indicator(after, '1', 'Personas alcanzadas')).toBe(4152);
    expect(indicator(after, '1', 'Eventos de sensibilización')).toBe(1);
    expect(after.rows.find((x: any) => x.code === '1.1').activitiesPending).toBe(0);
    // Approving again is refused; the partner cannot edit an approved record.
    expectBad(await gql(staff, REVIEW, { ids: [r.id], decision: 'APPROVE' }), 'ids.0', 'validation.not_reviewable');
    expectBad(
      await gql(partner, UPDATE, { input: { id: r.id, version: approved.version, title: 'x' } }),
      'input.id',
      'validation.record_not_editable',
    );
    expect(await recountProgram(P)).toEqual([]);

    // Un-approving (returning an approved record) takes out exactly what approval added.
    ok(await gql(staff, REVIEW, { ids: [r.id], decision: 'RETURN', comment: 'Revisar cifras' }));
    expect(await stat('2008-02', '1.1')).toEqual(before);
    expect(await recountProgram(P)).toEqual([]);
    const audit = ok(await gql(staff, AUDIT, { t: 'ActivityRecord', id: r.id }));
    expect(audit.nodes.length).toBe(7);
  });

  it('refuses bad input with typed errors and writes nothing; warns on an objective its agreements do not cover', async () => {
    const before = await stat('2008-02', '1.1');
    expectBad(await gql(partner, CREATE, { input: input({ expectedTotal: 5000 }) }), 'input.expectedTotal', 'validation.sum_mismatch');
    expectBad(await gql(partner, CREATE, { input: input({ endDate: '2008-04-02' }) }), 'input.endDate', 'validation.quarter_span');
    expectBad(
      await gql(partner, CREATE, { input: input({ startDate: '2006-01-02', endDate: '2006-01-03' }) }),
      'input.startDate',
      'validation.outside_program',
    );
    expectBad(
      await gql(partner, CREATE, { input: input({ organizationId: otherOrg }) }),
      'input.organizationId',
      'validation.not_your_organization',
    );
    expectBad(
      await gql(partner, CREATE, { input: input({ objectiveCode: '7.7' }) }),
      'input.objectiveCode',
      'validation.unknown_objective',
    );
    expect(ok(await gql(partner, LIST, { filter: { quarter: '2008-Q1' } })).nodes.map((n: any) => n.title)).not.toContain('x');
    expect(await stat('2008-02', '1.1')).toEqual(before);
    const warned = ok(await gql(partner, CREATE, { input: input({ objectiveCode: '2.1' }) }));
    expect(warned.warnings).toEqual([
      expect.objectContaining({ path: 'input.objectiveCode', key: 'validation.objective_not_in_agreements' }),
    ]);
  });

  it('keeps other organizations out: NOT_FOUND for a guessed id, an empty list of theirs; donors and case workers read nothing', async () => {
    const r = ok(await gql(partner, CREATE, { input: input({ title: 'Grupo de apoyo' }) }));
    for (const q of [GET]) expect(onlyError(await gql(otherPartner, q, { id: r.id })).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await gql(otherPartner, SUBMIT, { id: r.id, version: 1 })).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await gql(otherPartner, UPDATE, { input: { id: r.id, version: 1, title: 'x' } })).extensions?.code).toBe('NOT_FOUND');
    expect(ok(await gql(otherPartner, LIST, { filter: { organizationId: f.partnerOrg } })).nodes).toEqual([]);
    expect(ok(await gql(otherPartner, LIST, {})).nodes).toEqual([]);
    for (const who of [identity('donor', f.donorOrg), identity('caseworker', 'org-cw')]) {
      expect(onlyError(await gql(who, GET, { id: r.id })).extensions?.code).toBe('FORBIDDEN');
      expect(onlyError(await gql(who, LIST, {})).extensions?.code).toBe('FORBIDDEN');
    }
    // Staff read it, and the review queue lists it once submitted, with its partner.
    ok(await gql(partner, SUBMIT, { id: r.id, version: 1 }));
    const queue = await gql(staff, LIST, { filter: { status: 'SUBMITTED', programId: P } });
    expect(ok(queue).nodes.map((n: any) => n.id)).toContain(r.id);
    expect(queue.requests).toBeLessThanOrEqual(2);
  });

  it('locks a quarter: nothing in it changes, submitting into it is refused, an admin unlocks (audited)', async () => {
    const r = ok(await gql(partner, CREATE, { input: input({ title: 'Q2', startDate: '2008-04-10', endDate: '2008-04-11' }) }));
    const s = ok(await gql(partner, CREATE, { input: input({ title: 'Q2 b', startDate: '2008-05-10', endDate: '2008-05-11' }) }));
    ok(await gql(partner, SUBMIT, { id: s.id, version: 1 }));
    expect(ok(await gql(staff, LOCK, { p: P, q: '2008-Q2' }))).toMatchObject({ locked: true, lockedBy: 'staff' });
    expectBad(await gql(partner, SUBMIT, { id: r.id, version: 1 }), 'input.startDate', 'validation.period_locked');
    expectBad(await gql(partner, UPDATE, { input: { id: r.id, version: 1, title: 'x' } }), 'input.startDate', 'validation.period_locked');
    expectBad(await gql(staff, REVIEW, { ids: [s.id], decision: 'APPROVE' }), 'input.startDate', 'validation.period_locked');
    expectBad(
      await gql(partner, CREATE, { input: input({ title: 'late', startDate: '2008-06-01', endDate: '2008-06-01' }) }),
      'input.startDate',
      'validation.period_locked',
    );
    expect(ok(await gql(partner, GET, { id: r.id })).version).toBe(1);
    expect(onlyError(await gql(staff, UNLOCK, { p: P, q: '2008-Q2' })).extensions?.code).toBe('FORBIDDEN');
    expect(ok(await gql(admin, UNLOCK, { p: P, q: '2008-Q2' }))).toMatchObject({ locked: false });
    expect(ok(await gql(staff, AUDIT, { t: 'ReportingPeriod', id: `${P}~2008-q2` })).nodes.map((n: any) => n.action)).toEqual([
      'DELETE',
      'CREATE',
    ]);
    expect(ok(await gql(partner, SUBMIT, { id: r.id, version: 1 })).status).toBe('SUBMITTED');
  });

  it('reviews several at once, all or nothing; completeness says who has not submitted', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = ok(
        await gql(otherPartner, CREATE, {
          input: input({
            objectiveCode: '2.1',
            title: `Reunión ${i}`,
            kind: 'COORDINATION_MEETING',
            startDate: `2008-07-0${i + 1}`,
            endDate: `2008-07-0${i + 1}`,
          }),
        }),
      );
      ok(await gql(otherPartner, SUBMIT, { id: r.id, version: 1 }));
      ids.push(r.id);
    }
    const draft = ok(await gql(partner, CREATE, { input: input({ title: 'Sin enviar', startDate: '2008-08-01', endDate: '2008-08-01' }) }));
    // One record not submitted: the whole batch is refused, nothing changes.
    expectBad(await gql(staff, REVIEW, { ids: [...ids, draft.id], decision: 'APPROVE' }), 'ids.3', 'validation.not_reviewable');
    expect((await stat('2008-07', '2.1')).approved).toBe(0);
    const done = ok(await gql(staff, REVIEW, { ids, decision: 'APPROVE', comment: 'Bien' }));
    expect(done.map((d: any) => d.status)).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);
    expect(await stat('2008-07', '2.1')).toMatchObject({ approved: 3, pending: 0, meetings: 3, awarenessEvents: 0 });
    const c = ok(await gql(staff, COMPLETENESS, { p: P, q: '2008-Q3' }));
    expect(c).toEqual([
      { organizationId: f.partnerOrg, organization: { name: 'FNJ' }, drafts: 1, pending: 0, approved: 0, returned: 0, hasSubmitted: false },
      {
        organizationId: otherOrg,
        organization: { name: 'Fundación Quimera' },
        drafts: 0,
        pending: 0,
        approved: 3,
        returned: 0,
        hasSubmitted: true,
      },
    ]);
    expect(onlyError(await gql(partner, COMPLETENESS, { p: P, q: '2008-Q3' })).extensions?.code).toBe('FORBIDDEN');
    expect(await recountProgram(P)).toEqual([]);
    // A counter by kind gone wrong is found and put right by the recount.
    await ProgramStat.update({ programId: P, month: '2008-07', bucket: '2.1' }).add({ activitiesCoordinationMeeting: 2 }).go();
    expect(await recountProgram(P)).toEqual([
      { programId: P, month: '2008-07', bucket: '2.1', counter: 'activitiesCoordinationMeeting', stored: 5, recounted: 3 },
    ]);
    await recountProgram(P, { fix: true });
    expect(await recountProgram(P)).toEqual([]);
    expect((await stat('2008-07', '2.1')).meetings).toBe(3);
  });

  it('imports a quarter from a CSV as submitted records; re-uploading writes nothing new; bad rows are reported', async () => {
    const row = (n: number, over: Record<string, unknown> = {}) => {
      const { attachments: _a, ...rest } = input({
        title: `Grupo de apoyo Machala ${n}`,
        startDate: `2008-10-0${n}`,
        endDate: `2008-10-0${n}`,
        ...over,
      });
      return { row: n, ...rest, expectedTotal: null };
    };
    const rows = [row(1), row(2), row(3, { endDate: '2009-01-05' })];
    const first = ok(await gql(partner, IMPORT, { rows }));
    expect(first).toMatchObject({ written: 2, alreadyImported: 0, failed: [{ row: 3, field: 'endDate', key: 'validation.quarter_span' }] });
    expect((await stat('2008-10', '1.1')).pending).toBe(2);
    const again = ok(await gql(partner, IMPORT, { rows: rows.slice(0, 2) }));
    expect(again).toMatchObject({ written: 0, alreadyImported: 2 });
    expect((await stat('2008-10', '1.1')).pending).toBe(2);
    const foreign = ok(await gql(partner, IMPORT, { rows: [{ ...row(4), organizationId: otherOrg }] }));
    expect(foreign.failed).toEqual([{ row: 4, field: 'organizationId', key: 'validation.not_your_organization' }]);
    expect(await recountProgram(P)).toEqual([]);
  });

  it('creates the training record from a training activity, linked, in one transaction; idempotent; own records only', async () => {
    const trainings = async () => (await ProgramStat.get({ programId: P, month: '2008-11', bucket: '1.2' }).go()).data;
    const before = { held: (await trainings())?.trainingsHeld ?? 0, people: (await trainings())?.peopleTrained ?? 0 };
    const r = ok(
      await gql(partner, CREATE, {
        input: input({
          objectiveCode: '1.2',
          title: 'Taller de prevención de trata para docentes de Cuenca',
          kind: 'TRAINING',
          startDate: '2008-11-03',
          endDate: '2008-11-04',
          reached: [
            { band: 'ADULT', women: 21, men: 9, notRecorded: 1 },
            { band: 'ADOLESCENT', women: 0, men: 0 },
          ],
          expectedTotal: 31,
        }),
      }),
    );
    // Others cannot: another partner does not see the record, donors nothing; a stale version is refused.
    expect(onlyError(await gql(otherPartner, TO_TRAINING, { id: r.id, version: 1 })).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await gql(identity('donor', f.donorOrg), TO_TRAINING, { id: r.id, version: 1 })).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await gql(partner, TO_TRAINING, { id: r.id, version: 7 })).extensions?.code).toBe('CONFLICT');

    const linked = ok(await gql(partner, TO_TRAINING, { id: r.id, version: 1, kind: 'WORKSHOP' }));
    expect(linked).toMatchObject({ id: r.id, version: 2, status: 'DRAFT' });
    expect(linked.trainingId).toMatch(/^tr-[0-9a-f]{32}$/);
    const t = ok(await gql(partner, TRAINING, { id: linked.trainingId }));
    expect(t).toEqual({
      id: linked.trainingId,
      title: 'Taller de prevención de trata para docentes de Cuenca',
      kind: 'WORKSHOP',
      startDate: '2008-11-03',
      endDate: '2008-11-04',
      programId: P,
      objectiveCode: '1.2',
      organizerIds: [f.partnerOrg],
      place: { country: 'EC', provinceCode: '01', cantonCode: '0101' },
      audience: [{ group: 'Personas adultas (18 años y más)', women: 21, men: 9, notRecorded: 1, total: 31 }],
      totals: { women: 21, men: 9, notRecorded: 1, total: 31 },
    });
    expect(await trainings()).toMatchObject({ trainingsHeld: before.held + 1, peopleTrained: before.people + 31 });
    // Again (a retry, a second click): the record as it is, no second training.
    expect(ok(await gql(partner, TO_TRAINING, { id: r.id, version: 1 }))).toEqual(linked);
    expect(await trainings()).toMatchObject({ trainingsHeld: before.held + 1 });
    expect(ok(await gql(staff, AUDIT, { t: 'Training', id: linked.trainingId })).nodes).toEqual([{ action: 'CREATE', actor: 'fnj-user' }]);
    // The other partner does not see the training either.
    expect(onlyError(await gql(otherPartner, TRAINING, { id: linked.trainingId })).extensions?.code).toBe('NOT_FOUND');
    expect(await recountProgram(P)).toEqual([]);

    // Only a training activity, only while it can be edited, and never over another linked training.
    const fair = ok(await gql(partner, CREATE, { input: input({ title: 'Feria', startDate: '2008-11-05', endDate: '2008-11-05' }) }));
    expectBad(await gql(partner, TO_TRAINING, { id: fair.id, version: 1 }), 'id', 'validation.not_a_training_activity');
    const sent = ok(
      await gql(partner, CREATE, { input: input({ title: 'Taller 2', kind: 'TRAINING', startDate: '2008-11-06', endDate: '2008-11-06' }) }),
    );
    ok(await gql(partner, SUBMIT, { id: sent.id, version: 1 }));
    expectBad(await gql(partner, TO_TRAINING, { id: sent.id, version: 2 }), 'id', 'validation.record_not_editable');
    const other = ok(
      await gql(partner, CREATE, {
        input: input({
          title: 'Taller 3',
          kind: 'TRAINING',
          startDate: '2008-11-07',
          endDate: '2008-11-07',
          trainingId: linked.trainingId,
        }),
      }),
    );
    expectBad(await gql(partner, TO_TRAINING, { id: other.id, version: 1 }), 'id', 'validation.training_already_linked');
    expect(await trainings()).toMatchObject({ trainingsHeld: before.held + 1 });

    // Staff may do it for a partner's record; the partner is the organizer.
    const byStaff = ok(
      await gql(partner, CREATE, { input: input({ title: 'Taller 4', kind: 'TRAINING', startDate: '2008-11-10', endDate: '2008-11-10' }) }),
    );
    const staffLinked = ok(await gql(staff, TO_TRAINING, { id: byStaff.id, version: 1 }));
    expect(ok(await gql(staff, TRAINING, { id: staffLinked.trainingId })).organizerIds).toEqual([f.partnerOrg]);
    expect(await recountProgram(P)).toEqual([]);
  });
});
