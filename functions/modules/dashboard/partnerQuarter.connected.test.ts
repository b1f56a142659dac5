import { beforeAll, describe, expect, it } from 'vitest';
import { identity, onlyError, type GqlResult } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';

const QUARTER = `query($q: String!, $p: ID, $o: ID) { partnerQuarter(quarter: $q, programId: $p, organizationId: $o) {
  organizationId quarter programId byStatus { status count people } peopleReached returned { id title reviewComment } } }`;
const CREATE = 'mutation($input: CreateActivityRecordInput!) { createActivityRecord(input: $input) { id version } }';
const SUBMIT = 'mutation($id: ID!, $version: Int!) { submitActivityRecord(id: $id, version: $version) { id version } }';
const REVIEW = `mutation($ids: [ID!]!, $decision: ReviewDecision!, $comment: String) {
  reviewActivityRecords(ids: $ids, decision: $decision, comment: $comment) { id status } }`;
const ORG = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }';

const f = useProgramFixture();
const P = 'p-quarter';
const P2 = 'p-quarter-2';
const staff = identity('staff', 'org-staff');
let partner: ReturnType<typeof identity>;
let otherPartner: ReturnType<typeof identity>;
let otherOrg: string;

function ok(r: GqlResult) {
  expect(r.errors).toBeUndefined();
  return Object.values(r.data!)[0] as any;
}
const gql = (who: ReturnType<typeof identity>, q: string, v?: Record<string, unknown>) => f.api.gql(who, q, v);

/** A record of `who`'s organization, people as given, left in `status` (through the API, as a partner would). */
async function record(
  who: ReturnType<typeof identity>,
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED',
  { title, startDate, women, men, programId = P }: { title: string; startDate: string; women: number; men: number; programId?: string },
) {
  const made = ok(
    await gql(who, CREATE, {
      input: {
        programId,
        objectiveCode: '1.1',
        title,
        kind: 'AWARENESS_EVENT',
        startDate,
        endDate: startDate,
        place: { country: 'EC', provinceCode: '01', cantonCode: '0101' },
        reached: [{ band: 'ADOLESCENT', women, men }],
      },
    }),
  );
  if (status === 'DRAFT') return made.id as string;
  ok(await gql(who, SUBMIT, { id: made.id, version: made.version }));
  if (status === 'APPROVED') ok(await gql(staff, REVIEW, { ids: [made.id], decision: 'APPROVE' }));
  if (status === 'RETURNED') ok(await gql(staff, REVIEW, { ids: [made.id], decision: 'RETURN', comment: `Corregir ${title}` }));
  return made.id as string;
}

// What each test expects is computed from what this file creates.
const mine = [
  { status: 'APPROVED', title: 'Feria Q2 a', startDate: '2009-04-10', women: 30, men: 20 },
  { status: 'APPROVED', title: 'Feria Q2 b', startDate: '2009-06-30', women: 5, men: 7 },
  { status: 'SUBMITTED', title: 'Taller Q2', startDate: '2009-05-02', women: 11, men: 9 },
  { status: 'RETURNED', title: 'Charla Q2', startDate: '2009-05-20', women: 3, men: 4 },
  { status: 'DRAFT', title: 'Borrador Q2', startDate: '2009-04-01', women: 1, men: 1 },
  // Other quarters: never counted in 2009-Q2.
  { status: 'APPROVED', title: 'Feria Q1', startDate: '2009-03-31', women: 100, men: 100 },
  { status: 'RETURNED', title: 'Charla Q3', startDate: '2009-07-01', women: 2, men: 2 },
] as const;

beforeAll(async () => {
  await f.newProgram(P);
  await f.newProgram(P2);
  partner = identity('partner', f.partnerOrg, 'fnj-user');
  otherOrg = (await f.ok(ORG, { i: { name: 'Fundación Quimera', kind: 'NGO', country: 'EC' } })).id;
  otherPartner = identity('partner', otherOrg, 'quimera-user');
  for (const r of mine) await record(partner, r.status, r);
  // The same partner in another program, and another partner in the same quarter.
  await record(partner, 'APPROVED', { title: 'Otro programa', startDate: '2009-05-05', women: 50, men: 50, programId: P2 });
  await record(otherPartner, 'APPROVED', { title: 'Quimera Q2', startDate: '2009-05-05', women: 400, men: 300 });
  await record(otherPartner, 'RETURNED', { title: 'Quimera devuelto', startDate: '2009-05-06', women: 1, men: 1 });
});

const expected = (programs: 'P' | 'all') => {
  const rows = [...mine.filter((r) => r.startDate >= '2009-04-01' && r.startDate <= '2009-06-30')];
  const extra = programs === 'all' ? [{ status: 'APPROVED', women: 50, men: 50 }] : [];
  const all = [...rows, ...extra];
  const of = (s: string) => all.filter((r) => r.status === s);
  return {
    byStatus: ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'].map((status) => ({
      status,
      count: of(status).length,
      people: of(status).reduce((n, r) => n + r.women + r.men, 0),
    })),
    peopleReached: of('APPROVED').reduce((n, r) => n + r.women + r.men, 0),
  };
};

describe('partnerQuarter (the partner dashboard tile)', () => {
  it('gives a partner its own quarter of a program by status, people reached and the returned ones with the comment, in ≤ 4 requests', async () => {
    const r = await gql(partner, QUARTER, { q: '2009-Q2', p: P });
    const q = ok(r);
    expect(q.organizationId).toBe(f.partnerOrg);
    expect({ byStatus: q.byStatus, peopleReached: q.peopleReached }).toEqual(expected('P'));
    expect(q.returned).toEqual([{ id: expect.any(String), title: 'Charla Q2', reviewComment: 'Corregir Charla Q2' }]);
    expect(r.requests, 'one Query per status, whatever the other quarters hold').toBeLessThanOrEqual(4);
  });

  it('without a program, counts the partner’s quarter across its programs', async () => {
    const q = ok(await gql(partner, QUARTER, { q: '2009-Q2' }));
    expect({ byStatus: q.byStatus, peopleReached: q.peopleReached }).toEqual(expected('all'));
  });

  it("never gives a partner another organization's quarter; staff name the organization", async () => {
    const refused = onlyError(await gql(partner, QUARTER, { q: '2009-Q2', p: P, o: otherOrg }));
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const theirs = ok(await gql(otherPartner, QUARTER, { q: '2009-Q2', p: P }));
    expect(theirs.organizationId).toBe(otherOrg);
    expect(theirs.peopleReached).toBe(700);
    expect(theirs.returned.map((x: { title: string }) => x.title)).toEqual(['Quimera devuelto']);
    const staffView = ok(await gql(staff, QUARTER, { q: '2009-Q2', p: P, o: f.partnerOrg }));
    expect(staffView.peopleReached).toBe(expected('P').peopleReached);
    const noOrg = onlyError(await gql(staff, QUARTER, { q: '2009-Q2', p: P }));
    expect(noOrg.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is closed to donors and case workers, and a bad quarter is a typed error', async () => {
    const donor = { ...identity('donor', f.donorOrg), programIds: [P] };
    expect(onlyError(await gql(donor, QUARTER, { q: '2009-Q2', p: P })).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await gql(identity('caseworker', 'org-x'), QUARTER, { q: '2009-Q2' })).extensions?.code).toBe('FORBIDDEN');
    const bad = onlyError(await gql(partner, QUARTER, { q: '2009-Q5' }));
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions?.fields).toEqual([expect.objectContaining({ path: 'quarter', key: 'validation.invalid_quarter' })]);
  });
});
