import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { identity, onlyError, type GqlResult } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { ProgramStat } from '#modules/aggregates/entity';
import { recountProgram } from '../../jobs/recount.ts';

const FIELDS = `id title kind topics startDate endDate place { country provinceCode cantonCode locality } organizerIds
  organizers { id name } programId objectiveCode rosterSize version
  audience { organizationId organization { id name } group women men notRecorded total }
  totals { women men notRecorded total }`;
const ROSTER = 'roster { trainingId organizerIds entries { name sex institution position email } }';
const CREATE = `mutation($input: CreateTrainingInput!) { createTraining(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateTrainingInput!) { updateTraining(input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!, $version: Int!) { deleteTraining(id: $id, version: $version) { id } }';
const GET = `query($id: ID!) { training(id: $id) { ${FIELDS} } }`;
const GET_ROSTER = `query($id: ID!) { training(id: $id) { id rosterSize totals { women men notRecorded total } ${ROSTER} } }`;
const LIST = `query($filter: TrainingFilter, $sort: TrainingSort, $first: Int, $after: String) {
  trainings(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes { id title startDate organizers { id name } audience { organization { id name } group total } totals { total } }
    pageInfo { hasNextPage endCursor } } }`;
const ORG = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }';
const AUDIT = 'query($id: ID!) { auditEvents(entityType: "Training", entityId: $id) { nodes { action } } }';

const f = useProgramFixture();
const staff = identity('staff', 'org-staff');
const P = 'p-train';
let police: string, ciespal: string;

beforeAll(async () => {
  await f.newProgram(P);
  police = (await f.ok(ORG, { i: { name: 'Policía Nacional', kind: 'POLICE', country: 'EC' } })).id;
  ciespal = (await f.ok(ORG, { i: { name: 'CIESPAL', kind: 'ACADEMIC', country: 'EC' } })).id;
});

const gql = (who: ReturnType<typeof identity>, q: string, v?: Record<string, unknown>) => f.api.gql(who, q, v);
const input = (over: Record<string, unknown> = {}) => ({
  title: 'Taller a la Policía Nacional',
  kind: 'WORKSHOP',
  topics: ['Trata de personas', 'Ruta de atención'],
  startDate: '2008-03-10',
  endDate: '2008-03-12',
  place: { country: 'EC', provinceCode: '13', cantonCode: '1301' },
  organizerIds: [f.implementer],
  programId: P,
  objectiveCode: '2.1',
  audience: [
    { organizationId: police, women: 40, men: 460, notRecorded: 0, expectedTotal: 500 },
    { group: 'Miembros de la comunidad', women: 3, men: 2 },
  ],
  ...over,
});
function ok(r: GqlResult) {
  expect(r.errors).toBeUndefined();
  return Object.values(r.data!)[0] as Record<string, any>;
}
const create = async (over: Record<string, unknown> = {}) => ok(await gql(staff, CREATE, { input: input(over) }));
async function stats(month: string, bucket: string) {
  const { data } = await ProgramStat.get({ programId: P, month, bucket }).go();
  return { held: data?.trainingsHeld ?? 0, people: data?.peopleTrained ?? 0, women: data?.womenTrained ?? 0, men: data?.menTrained ?? 0 };
}

describe('trainings', () => {
  it('creates a training with derived totals and counts it; update and delete move the aggregates, which equal a recount', async () => {
    const before = await stats('2008-03', '2.1');
    const t = await create();
    expect(t).toMatchObject({
      version: 1,
      rosterSize: 0,
      place: { country: 'EC', provinceCode: '13', cantonCode: '1301', locality: null },
      totals: { women: 43, men: 462, notRecorded: 0, total: 505 },
    });
    expect(t.audience[0]).toMatchObject({ organizationId: police, organization: { name: 'Policía Nacional' }, total: 500 });
    expect(t.audience[1]).toMatchObject({ organizationId: null, group: 'Miembros de la comunidad', total: 5 });
    expect(t.organizers.map((o: any) => o.id)).toEqual([f.implementer]);
    expect(await stats('2008-03', '2.1')).toEqual({
      held: before.held + 1,
      people: before.people + 505,
      women: before.women + 43,
      men: before.men + 462,
    });
    expect(await recountProgram(P)).toEqual([]);

    // Moved to another month and objective, with other counts.
    const u = ok(
      await gql(staff, UPDATE, {
        input: {
          id: t.id,
          version: 1,
          startDate: '2008-04-01',
          endDate: '2008-04-01',
          objectiveCode: '1.1',
          audience: [{ organizationId: police, men: 10 }],
        },
      }),
    );
    expect(u).toMatchObject({ version: 2, totals: { total: 10, men: 10 }, objectiveCode: '1.1' });
    expect(await stats('2008-03', '2.1')).toEqual(before);
    expect(await stats('2008-04', '1.1')).toMatchObject({ held: 1, people: 10, men: 10 });
    expect(await recountProgram(P)).toEqual([]);

    ok(await gql(staff, DELETE, { id: t.id, version: 2 }));
    expect(await stats('2008-04', '1.1')).toMatchObject({ held: 0, people: 0 });
    expect(await recountProgram(P)).toEqual([]);
    expect(onlyError(await gql(staff, GET, { id: t.id })).extensions!.code).toBe('NOT_FOUND');
    expect((await gql(identity('admin'), AUDIT, { id: t.id })).data!.auditEvents.nodes.map((n: any) => n.action)).toEqual([
      'DELETE',
      'UPDATE',
      'CREATE',
    ]);
  });

  it('with a roster, the totals come from it; only the program team and the organizing partner read it', async () => {
    const roster = [
      { name: 'Ana Pérez', sex: 'F', institution: 'SENAMI', position: 'Analista', email: 'ana@example.org' },
      { name: 'Luis Mora', sex: 'M', institution: 'SENAMI' },
      { name: 'N. N.', sex: 'X' },
    ];
    const t = await create({
      title: 'Taller SENAMI',
      organizerIds: [f.partnerOrg],
      audience: [{ organizationId: ciespal }],
      roster,
    });
    expect(t).toMatchObject({ rosterSize: 3, totals: { women: 1, men: 1, notRecorded: 1, total: 3 } });
    const read = async (who: ReturnType<typeof identity>) => gql(who, GET_ROSTER, { id: t.id });
    expect(ok(await read(staff)).roster.entries.map((e: any) => e.name)).toEqual(['Ana Pérez', 'Luis Mora', 'N. N.']);
    // The organizing partner reads it; the participating partner reads the training without it.
    expect(ok(await read(identity('partner', f.partnerOrg))).roster.entries).toHaveLength(3);
    const participant = ok(await read(identity('partner', ciespal)));
    expect(participant).toMatchObject({ rosterSize: 3, roster: null });
    // Case workers read the training, never the roster; donors nothing.
    expect(ok(await read(identity('caseworker'))).roster).toBeNull();
    expect(onlyError(await read(identity('donor', f.donorOrg))).extensions!.code).toBe('FORBIDDEN');
    // Counts beside a roster are refused; removing the roster brings the lines' (zero) counts back.
    const bad = onlyError(await gql(staff, UPDATE, { input: { id: t.id, version: 1, audience: [{ organizationId: ciespal, women: 2 }] } }));
    expect(bad.extensions!.fields).toContainEqual(
      expect.objectContaining({ path: 'input.audience.0.women', key: 'validation.counts_from_roster' }),
    );
    const cleared = ok(
      await gql(staff, UPDATE, { input: { id: t.id, version: 1, roster: null, audience: [{ organizationId: ciespal, women: 2 }] } }),
    );
    expect(cleared).toMatchObject({ rosterSize: 0, totals: { women: 2, total: 2 } });
    expect(ok(await read(staff)).roster).toBeNull();
    expect(await recountProgram(P)).toEqual([]);
  });

  it.each([
    ['a negative count', () => ({ audience: [{ group: 'x', women: -1 }] }), 'input.audience.0.women', 'validation.not_negative'],
    ['a fractional count', () => ({ audience: [{ group: 'x', men: 2.5 }] }), 'input.audience.0.men', 'validation.whole_number'],
    [
      'a typed total that does not add up',
      () => ({ audience: [{ group: 'x', women: 2, men: 2, expectedTotal: 5 }] }),
      'input.audience.0.expectedTotal',
      'validation.sum_mismatch',
    ],
    ['an end before the start', () => ({ endDate: '2008-03-01' }), 'input.endDate', 'validation.end_before_start'],
    [
      'a canton not in the province',
      () => ({ place: { country: 'EC', provinceCode: '17', cantonCode: '0801' } }),
      'input.place.cantonCode',
      'validation.canton_not_in_province',
    ],
    [
      'an unknown organizer',
      () => ({ organizerIds: [f.implementer, 'no-such-org'] }),
      'input.organizerIds.1',
      'validation.unknown_organization',
    ],
    [
      'an unknown participating organization',
      () => ({ audience: [{ organizationId: 'no-such-org', women: 1 }] }),
      'input.audience.0.organizationId',
      'validation.unknown_organization',
    ],
    ['an unknown objective code', () => ({ objectiveCode: '9.9' }), 'input.objectiveCode', 'validation.unknown_objective'],
    [
      'a line with organization and group',
      () => ({ audience: [{ organizationId: police, group: 'x', women: 1 }] }),
      'input.audience.0.organizationId',
      'validation.organization_or_group',
    ],
    ['a line with neither', () => ({ audience: [{ women: 1 }] }), 'input.audience.0.organizationId', 'validation.organization_or_group'],
    ['no organizer', () => ({ organizerIds: [] }), 'input.organizerIds', 'validation.organizers_min'],
  ])('rejects %s: typed error naming the field, nothing written', async (_, over, path, key) => {
    const id = randomUUID();
    const before = await stats('2008-03', '2.1');
    const e = onlyError(await gql(staff, CREATE, { input: input({ id, ...over() }) }));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(e.extensions!.fields).toContainEqual(expect.objectContaining({ path, key }));
    expect(onlyError(await gql(staff, GET, { id })).extensions!.code).toBe('NOT_FOUND');
    expect(await stats('2008-03', '2.1')).toEqual(before);
    expect((await gql(identity('admin'), AUDIT, { id })).data!.auditEvents.nodes).toEqual([]);
    expect(ok(await gql(identity('partner', police), LIST, { first: 100 })).nodes.map((n: any) => n.id)).not.toContain(id);
  });

  it('a stale version is a CONFLICT; a retried create returns the stored training without counting twice', async () => {
    const id = randomUUID();
    await create({ id, startDate: '2008-05-05', endDate: '2008-05-05' });
    const counted = await stats('2008-05', '2.1');
    expect(ok(await gql(staff, CREATE, { input: input({ id, startDate: '2008-05-05', endDate: '2008-05-05' }) })).id).toBe(id);
    expect(await stats('2008-05', '2.1')).toEqual(counted);
    ok(await gql(staff, UPDATE, { input: { id, version: 1, title: 'Segunda' } }));
    const r = onlyError(await gql(staff, UPDATE, { input: { id, version: 1, title: 'Tercera' } }));
    expect(r.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  });

  it('partners see only trainings their organization organized or took part in; others read as NOT_FOUND; only the team writes', async () => {
    const organized = await create({
      title: 'Organizado por FNJ',
      organizerIds: [f.partnerOrg],
      audience: [{ group: 'Docentes', women: 5 }],
    });
    const attended = await create({ title: 'Con participación de FNJ', audience: [{ organizationId: f.partnerOrg, men: 4 }] });
    const other = await create({
      title: 'Solo CIESPAL',
      organizerIds: [ciespal],
      audience: [{ group: 'Periodistas', women: 30, men: 40 }],
    });
    const partner = identity('partner', f.partnerOrg);
    const mine = ok(await gql(partner, LIST, { first: 100 })).nodes.map((n: any) => n.id);
    expect(mine).toEqual(expect.arrayContaining([organized.id, attended.id]));
    expect(mine).not.toContain(other.id);
    expect(ok(await gql(partner, LIST, { filter: { organizationId: ciespal } })).nodes).toEqual([]);
    expect(onlyError(await gql(partner, GET, { id: other.id })).extensions!.code).toBe('NOT_FOUND');
    expect(ok(await gql(partner, GET, { id: attended.id })).title).toBe('Con participación de FNJ');
    expect(onlyError(await gql(partner, UPDATE, { input: { id: organized.id, version: 1, title: 'x' } })).extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect(onlyError(await gql(identity('caseworker'), DELETE, { id: other.id, version: 1 })).extensions!.code).toBe('FORBIDDEN');
    // Case workers read every training; donors none.
    expect(ok(await gql(identity('caseworker'), GET, { id: other.id })).id).toBe(other.id);
    expect(onlyError(await gql(identity('donor', f.donorOrg), LIST, {})).extensions!.code).toBe('FORBIDDEN');
    expect(onlyError(await gql(identity('donor', f.donorOrg), GET, { id: other.id })).extensions!.code).toBe('FORBIDDEN');
  });
});

describe('training list', () => {
  const L = 'p-train-list';
  beforeAll(async () => {
    await f.newProgram(L);
    const rows = [
      {
        title: 'Portoviejo',
        startDate: '2008-02-10',
        place: { country: 'EC', provinceCode: '13', cantonCode: '1301' },
        objectiveCode: '2.1',
      },
      {
        title: 'Esmeraldas',
        startDate: '2008-04-10',
        place: { country: 'EC', provinceCode: '08', cantonCode: '0801' },
        objectiveCode: '2.1',
      },
      { title: 'Quito', startDate: '2008-06-10', place: { country: 'EC', provinceCode: '17', cantonCode: '1701' }, objectiveCode: '1.1' },
      { title: 'Lima', startDate: '2008-08-10', place: { country: 'PE', locality: 'Lima' }, objectiveCode: '1.1', organizerIds: [ciespal] },
    ];
    for (const r of rows) await create({ programId: L, endDate: r.startDate, audience: [{ organizationId: police, women: 1 }], ...r });
  });
  const titles = async (vars: Record<string, unknown>, who = staff) => ok(await gql(who, LIST, vars)).nodes.map((n: any) => n.title);

  it('sorts by start date and filters by program, objective, province, organization and dates, combined', async () => {
    expect(await titles({ filter: { programId: L } })).toEqual(['Lima', 'Quito', 'Esmeraldas', 'Portoviejo']);
    expect(await titles({ filter: { programId: L }, sort: { field: 'START_DATE', order: 'ASC' } })).toEqual([
      'Portoviejo',
      'Esmeraldas',
      'Quito',
      'Lima',
    ]);
    expect(await titles({ filter: { programId: L, objectiveCode: '2.1' } })).toEqual(['Esmeraldas', 'Portoviejo']);
    expect(await titles({ filter: { programId: L, provinceCode: '17' } })).toEqual(['Quito']);
    expect(await titles({ filter: { provinceCode: '08' } })).toEqual(['Esmeraldas']);
    expect(await titles({ filter: { organizationId: ciespal, programId: L } })).toEqual(['Lima']);
    expect(await titles({ filter: { programId: L, startFrom: '2008-04-10', startTo: '2008-06-10' } })).toEqual(['Quito', 'Esmeraldas']);
    expect(await titles({ filter: { organizationId: police, programId: L, provinceCode: '13' } })).toEqual(['Portoviejo']);
  });

  it('refuses an objective without program and a reversed range, naming the field', async () => {
    const e1 = onlyError(await gql(staff, LIST, { filter: { objectiveCode: '1.1' } }));
    expect(e1.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'filter.objectiveCode' })] });
    const e2 = onlyError(await gql(staff, LIST, { filter: { startFrom: '2009-01-01', startTo: '2008-01-01' } }));
    expect(e2.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('a page of 25 with its organizers and participating organizations costs at most two DynamoDB requests', async () => {
    const r = await gql(staff, LIST, { filter: { programId: L }, first: 25 });
    expect(r.data!.trainings.nodes[0].organizers.length).toBeGreaterThan(0);
    expect(r.data!.trainings.nodes[0].audience[0].organization.name).toBe('Policía Nacional');
    expect(r.requests).toBe(2);
    const byOrg = await gql(identity('partner', police), LIST, { first: 25 });
    expect(byOrg.data!.trainings.nodes.length).toBeGreaterThan(3);
    expect(byOrg.requests).toBe(2);
    for (const filter of [{}, { provinceCode: '13' }, { programId: L, objectiveCode: '1.1' }]) {
      expect((await gql(staff, LIST, { filter, first: 25 })).requests).toBeLessThanOrEqual(2);
    }
  });
});
