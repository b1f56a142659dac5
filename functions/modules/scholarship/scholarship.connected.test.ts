import { describe, expect, it } from 'vitest';
import { identity, onlyError } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { ProgramStat } from '#modules/aggregates/entity';
import { recountProgram } from '../../jobs/recount.ts';

const FIELDS = `id programId objectiveCode sponsorId implementerId sponsor { id name } implementer { id name } beneficiaryCode group
  place { country provinceCode cantonCode } educationLevel period awardedOn amount currency status statusDate withdrawalReason version`;
const CREATE = `mutation($input: CreateScholarshipInput!) { createScholarship(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateScholarshipInput!) { updateScholarship(input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!, $version: Int!) { deleteScholarship(id: $id, version: $version) { id } }';
const GET = `query($id: ID!) { scholarship(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: ScholarshipFilter, $sort: ScholarshipSort, $first: Int, $after: String) {
  scholarships(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes { id beneficiaryCode awardedOn status place { cantonCode } sponsor { id name } implementer { id name } }
    pageInfo { hasNextPage endCursor } } }`;
const AUDIT = 'query($id: ID!) { auditEvents(entityType: "Scholarship", entityId: $id) { nodes { action } } }';
const ORG = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }';

const f = useProgramFixture();
const P = 'prog-sch';
let movistar = '';
let feYAlegria = '';

async function setup() {
  if (movistar) return;
  await f.newProgram(P);
  movistar = (await f.ok(ORG, { i: { name: 'Fundación Telefónica Proniño', kind: 'COMPANY', country: 'EC' } })).id;
  feYAlegria = (await f.ok(ORG, { i: { name: 'Fe y Alegría', kind: 'NGO', country: 'EC' } })).id;
}

let n = 0;
const input = (over: Record<string, unknown> = {}) => ({
  programId: P,
  objectiveCode: '1.2',
  sponsorId: movistar,
  implementerId: feYAlegria,
  beneficiaryCode: `PRN-UIO-${String(++n).padStart(4, '0')}`,
  group: 'AT_RISK_YOUTH',
  place: { provinceCode: '17', cantonCode: '1701' },
  educationLevel: 'PRIMARY',
  period: '2008-2009',
  awardedOn: '2009-01-15',
  amount: 12_000,
  currency: 'usd',
  status: 'AWARDED',
  ...over,
});

const stat = async (month: string, bucket: string): Promise<Partial<Record<'scholarshipsAwarded' | 'scholarshipsActive', number>>> =>
  (await ProgramStat.get({ programId: P, month, bucket }).go()).data ?? {};

describe('scholarships', () => {
  it('creates, updates and deletes a scholarship with its audit, counting it awarded and active in the right months', async () => {
    await setup();
    const before = await stat('2009-01', '1.2');
    const r = await f.api.gql(f.staff, CREATE, { input: input() });
    expect(r.errors).toBeUndefined();
    const s = r.data!.createScholarship;
    expect(s).toMatchObject({ currency: 'USD', version: 1, place: { country: 'EC', cantonCode: '1701' }, sponsor: { id: movistar } });
    expect((await stat('2009-01', '1.2')).scholarshipsAwarded).toBe((before.scholarshipsAwarded ?? 0) + 1);
    // The same create again (a retry) returns the record; the same beneficiary and period with other data is a CONFLICT.
    expect(
      (await f.api.gql(f.staff, CREATE, { input: { ...input(), beneficiaryCode: s.beneficiaryCode } })).data!.createScholarship.id,
    ).toBe(s.id);
    const again = await f.api.gql(f.staff, CREATE, { input: { ...input(), beneficiaryCode: s.beneficiaryCode, amount: 5 } });
    expect(onlyError(again).extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await stat('2009-01', '1.2')).scholarshipsAwarded).toBe((before.scholarshipsAwarded ?? 0) + 1);

    const u = await f.api.gql(f.staff, UPDATE, { input: { id: s.id, version: 1, status: 'ACTIVE', statusDate: '2009-02-02' } });
    expect(u.errors).toBeUndefined();
    expect((await stat('2009-02', '1.2')).scholarshipsActive).toBe(1);
    // Completed later: still counted active in February.
    await f.api.gql(f.staff, UPDATE, { input: { id: s.id, version: 2, status: 'COMPLETED', statusDate: '2009-07-31' } });
    expect((await stat('2009-02', '1.2')).scholarshipsActive).toBe(1);
    const stale = await f.api.gql(f.staff, UPDATE, { input: { id: s.id, version: 1, amount: 1 } });
    expect(onlyError(stale).extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(await recountProgram(P)).toEqual([]);

    expect((await f.api.gql(f.staff, DELETE, { id: s.id, version: 3 })).errors).toBeUndefined();
    expect((await stat('2009-02', '1.2')).scholarshipsActive ?? 0).toBe(0);
    expect((await f.api.gql(identity('admin'), AUDIT, { id: s.id })).data!.auditEvents.nodes.map((e: any) => e.action)).toEqual([
      'DELETE',
      'UPDATE',
      'UPDATE',
      'CREATE',
    ]);
    expect(await recountProgram(P)).toEqual([]);
  });

  it.each([
    ['a name as beneficiary code', { beneficiaryCode: 'María Pérez' }, 'input.beneficiaryCode', 'validation.beneficiary_code'],
    ['a name with dashes', { beneficiaryCode: 'MARIA-PEREZ' }, 'input.beneficiaryCode', 'validation.beneficiary_code'],
    ['withdrawn without a reason', { status: 'WITHDRAWN' }, 'input.withdrawalReason', 'validation.withdrawal_reason_required'],
    [
      'a canton of another province',
      { place: { provinceCode: '07', cantonCode: '1701' } },
      'input.place.cantonCode',
      'validation.canton_not_in_province',
    ],
    ['no canton', { place: { provinceCode: '17' } }, 'input.place.cantonCode', 'validation.required'],
    ['a status date before the award', { statusDate: '2008-12-31' }, 'input.statusDate', 'validation.end_before_start'],
    ['an unknown sponsor', { sponsorId: 'no-such-org' }, 'input.sponsorId', 'validation.unknown_party'],
    ['an unknown objective', { objectiveCode: '6.9' }, 'input.objectiveCode', 'validation.unknown_objective'],
  ])('refuses %s: typed error naming the field, nothing written', async (_, over, path, key) => {
    await setup();
    const before = await stat('2009-01', '1.2');
    const e = onlyError(await f.api.gql(f.staff, CREATE, { input: input(over) }));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(e.extensions!.fields).toContainEqual(expect.objectContaining({ path, key }));
    expect(await stat('2009-01', '1.2')).toEqual(before);
  });

  it('refuses an amount with fractions of a cent as a typed error', async () => {
    await setup();
    const e = onlyError(await f.api.gql(f.staff, CREATE, { input: input({ amount: 1200.5 }) }));
    expect(e.extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(e)).toMatch(/amount/);
  });

  it('lists a page of 25 with sponsor and implementer in 2 requests, filtered by program, canton, organization and dates', async () => {
    await setup();
    for (let i = 0; i < 27; i++)
      await f.ok(CREATE, {
        input: input({ awardedOn: `2009-03-${String(1 + (i % 28)).padStart(2, '0')}`, place: { provinceCode: '07', cantonCode: '0701' } }),
      });
    const page = await f.api.gql(f.staff, LIST, { filter: { programId: P } });
    expect(page.data!.scholarships.nodes).toHaveLength(25);
    expect(page.data!.scholarships.nodes[0].sponsor.name).toBe('Fundación Telefónica Proniño');
    expect(page.requests).toBeLessThanOrEqual(2);
    const dates = page.data!.scholarships.nodes.map((s: any) => s.awardedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const machala = await f.api.gql(f.staff, LIST, { filter: { cantonCode: '0701' }, first: 100 });
    expect(machala.data!.scholarships.nodes).toHaveLength(27);
    expect(machala.requests).toBeLessThanOrEqual(2);
    const quito = await f.api.gql(f.staff, LIST, { filter: { cantonCode: '1701' }, first: 100 });
    expect(quito.data!.scholarships.nodes.every((s: any) => s.place.cantonCode === '1701')).toBe(true);
    const byOrg = await f.api.gql(f.staff, LIST, {
      filter: { organizationId: feYAlegria, awardedFrom: '2009-03-01', awardedTo: '2009-03-05' },
      first: 100,
    });
    expect(byOrg.data!.scholarships.nodes.length).toBe(5);
    const all = await f.api.gql(f.staff, LIST, { first: 10, sort: { field: 'AWARDED_ON', order: 'ASC' } });
    expect(all.data!.scholarships.nodes).toHaveLength(10);
    const next = await f.api.gql(f.staff, LIST, {
      first: 10,
      sort: { field: 'AWARDED_ON', order: 'ASC' },
      after: all.data!.scholarships.pageInfo.endCursor,
    });
    const ids = [...all.data!.scholarships.nodes, ...next.data!.scholarships.nodes].map((s: any) => s.id);
    expect(new Set(ids).size).toBe(20);
  });

  it('per role: partners read what they sponsor or implement, case workers read, donors read nothing, only the team writes', async () => {
    await setup();
    const mine = (await f.ok(CREATE, { input: input() })).id;
    const other = (await f.ok(CREATE, { input: input({ sponsorId: f.partnerOrg, implementerId: f.partnerOrg }) })).id;
    const sponsor = identity('partner', movistar);
    const list = (await f.api.gql(sponsor, LIST, { first: 100 })).data!.scholarships.nodes.map((s: any) => s.id);
    expect(list).toContain(mine);
    expect(list).not.toContain(other);
    expect((await f.api.gql(identity('partner', feYAlegria), GET, { id: mine })).data!.scholarship.id).toBe(mine);
    expect(onlyError(await f.api.gql(sponsor, GET, { id: other })).extensions!.code).toBe('NOT_FOUND');
    expect((await f.api.gql(sponsor, LIST, { filter: { organizationId: f.partnerOrg } })).data!.scholarships.nodes).toEqual([]);
    expect(onlyError(await f.api.gql(sponsor, CREATE, { input: input() })).extensions!.code).toBe('FORBIDDEN');
    expect((await f.api.gql(identity('caseworker'), GET, { id: other })).data!.scholarship.id).toBe(other);
    expect(onlyError(await f.api.gql(identity('caseworker'), DELETE, { id: other, version: 1 })).extensions!.code).toBe('FORBIDDEN');
    const donor = { ...identity('donor', f.donorOrg), programIds: [P] };
    expect(onlyError(await f.api.gql(donor, GET, { id: mine })).extensions!.code).toBe('FORBIDDEN');
    expect(onlyError(await f.api.gql(donor, LIST, {})).extensions!.code).toBe('FORBIDDEN');
  });
});

describe('scholarshipTallies (the dashboard tile)', () => {
  const T = 'prog-tally';
  const TALLIES = `query($p: ID!) { scholarshipTallies(programId: $p) {
    cantonCode cantonName provinceCode provinceName sponsorId sponsorName awarded } }`;

  it('sums the canton × sponsor tallies over the months, with canton and sponsor names, in 2 requests; follows updates and deletes', async () => {
    await setup();
    await f.newProgram(T);
    // Quito (1701) and Machala (0701) by Movistar in two months, Quito by the partner; Lago Agrio (2101) once.
    const made: [string, string, string][] = [
      ['1701', movistar, '2009-01-15'],
      ['1701', movistar, '2009-02-15'],
      ['1701', movistar, '2009-03-01'],
      ['1701', f.partnerOrg, '2009-01-20'],
      ['0701', movistar, '2009-02-10'],
      ['0701', movistar, '2009-03-10'],
      ['2101', feYAlegria, '2009-03-12'],
    ];
    const ids: string[] = [];
    for (const [canton, sponsorId, awardedOn] of made)
      ids.push(
        (
          await f.ok(CREATE, {
            input: input({ programId: T, sponsorId, awardedOn, place: { provinceCode: canton.slice(0, 2), cantonCode: canton } }),
          })
        ).id,
      );
    // In another program: never counted here.
    await f.ok(CREATE, { input: input({ sponsorId: feYAlegria, place: { provinceCode: '17', cantonCode: '1701' } }) });

    const expected = new Map<string, number>();
    for (const [canton, sponsor] of made) expected.set(`${canton}|${sponsor}`, (expected.get(`${canton}|${sponsor}`) ?? 0) + 1);
    const r = await f.api.gql(f.staff, TALLIES, { p: T });
    expect(r.errors).toBeUndefined();
    const rows = r.data!.scholarshipTallies as any[];
    expect(new Map(rows.map((t) => [`${t.cantonCode}|${t.sponsorId}`, t.awarded]))).toEqual(expected);
    expect(r.requests).toBe(2);
    // Names from the geography list and the organizations; cantons with most scholarships first.
    expect(rows[0]).toMatchObject({
      cantonCode: '1701',
      cantonName: 'Quito',
      provinceCode: '17',
      provinceName: 'Pichincha',
      sponsorId: movistar,
    });
    expect(rows[0].sponsorName).toBe('Fundación Telefónica Proniño');
    expect(rows.find((t) => t.cantonCode === '2101')).toMatchObject({
      cantonName: 'Lago Agrio',
      provinceName: 'Sucumbíos',
      sponsorName: 'Fe y Alegría',
    });
    expect(rows.map((t) => t.cantonCode)).toEqual(['1701', '1701', '0701', '2101']);

    // A scholarship moved to another canton and one deleted: the tallies follow.
    const moved = await f.api.gql(f.staff, UPDATE, {
      input: { id: ids[3], version: 1, place: { provinceCode: '07', cantonCode: '0701' } },
    });
    expect(moved.errors).toBeUndefined();
    expect((await f.api.gql(f.staff, DELETE, { id: ids[6], version: 1 })).errors).toBeUndefined();
    expected.delete(`1701|${f.partnerOrg}`);
    expected.set(`0701|${f.partnerOrg}`, 1);
    expected.delete(`2101|${feYAlegria}`);
    const after = (await f.api.gql(f.staff, TALLIES, { p: T })).data!.scholarshipTallies as any[];
    expect(new Map(after.map((t) => [`${t.cantonCode}|${t.sponsorId}`, t.awarded]))).toEqual(expected);
    expect(await recountProgram(T)).toEqual([]);

    // Admin reads the same; a program without scholarships counts nothing, in one request.
    expect((await f.api.gql(identity('admin'), TALLIES, { p: T })).data!.scholarshipTallies).toEqual(after);
    const empty = await f.api.gql(f.staff, TALLIES, { p: 'prog-none' });
    expect(empty.data!.scholarshipTallies).toEqual([]);
    expect(empty.requests).toBe(1);
  });

  it('is for staff and admin only (no donor, partner or case worker); a bad id is a typed error', async () => {
    await setup();
    for (const who of [
      { ...identity('donor', f.donorOrg), programIds: [T] },
      { ...identity('partner', movistar), programIds: [T] },
      identity('caseworker'),
    ]) {
      const r = await f.api.gql(who, TALLIES, { p: T });
      expect(onlyError(r).extensions?.code, who.role).toBe('FORBIDDEN');
      expect(r.requests).toBe(0);
    }
    const bad = await f.api.gql(f.staff, TALLIES, { p: 'Not An Id!' });
    expect(onlyError(bad).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'programId', key: 'validation.invalid_id' })],
    });
    expect(bad.requests).toBe(0);
  });
});
