import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { anonymousIdentity } from '#platform/auth';
import { documentClient, tableName } from '#platform/store';
import { identity, onlyError } from '#test/harness';
import { PUBLIC_STAT_PK } from '#modules/publicStats/entity';
import { useProgramFixture } from '#test/programFixture';

const fx = useProgramFixture();
const PROGRAM = 'query($id: ID!) { program(id: $id) { id donors { id } implementer { id } version } }';
const UPDATE = 'mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { version donorIds } }';
const AUDIT = 'query($id: ID!) { auditEvents(entityType: "Program", entityId: $id) { nodes { action } } }';

describe('programs whose lists name an organization twice', () => {
  it('a self-funded program (the implementer is also a donor) is created, each organization checked once', async () => {
    await fx.newProgram('p-self', { donorIds: [fx.implementer] });
    expect(await fx.ok(PROGRAM, { id: 'p-self' })).toMatchObject({ donors: [{ id: fx.implementer }], implementer: { id: fx.implementer } });
  });

  it('a donor listed twice is accepted on create and on update, without a server error', async () => {
    await fx.newProgram('p-twice', { donorIds: [fx.donorOrg, fx.donorOrg] });
    expect((await fx.ok(PROGRAM, { id: 'p-twice' })).donors).toEqual([{ id: fx.donorOrg }]);
    const r = await fx.api.gql(fx.staff, UPDATE, {
      i: { id: 'p-twice', version: 1, donorIds: [fx.implementer, fx.implementer, fx.donorOrg] },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateProgram).toEqual({ version: 2, donorIds: [fx.implementer, fx.donorOrg] });
  });

  it('an unknown donor among repeated ones is a field error and writes nothing', async () => {
    const r = await fx.api.gql(fx.staff, UPDATE, { i: { id: 'p-twice', version: 2, donorIds: [fx.donorOrg, 'org-missing', fx.donorOrg] } });
    expect(onlyError(r).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'input.donorIds.1', key: 'validation.unknown_party' })],
    });
    expect((await fx.ok(PROGRAM, { id: 'p-twice' })).version).toBe(2);
    expect((await fx.ok(AUDIT, { id: 'p-twice' })).nodes).toHaveLength(2);
  });
});

describe("a program's k for the public statistics and the HTCDS export", () => {
  const SET_K = 'mutation($p: ID!, $k: Int!) { setProgramStatisticsK(programId: $p, k: $k) { id statisticsK version } }';
  const K = 'query($id: ID!) { program(id: $id) { statisticsK version } }';
  const HISTORY =
    'query($id: ID!) { auditEvents(entityType: "Program", entityId: $id) { nodes { action actor versionBefore versionAfter reason } } }';
  const admin = identity('admin');
  const kItem = async (id: string) =>
    (await documentClient().send(new GetCommand({ TableName: tableName(), Key: { pk: PUBLIC_STAT_PK, sk: `k#${id}` } }))).Item?.k;

  it('is 11 until set, and a new program stores its default k in the statistics partition', async () => {
    await fx.newProgram('p-k');
    expect(await fx.ok(K, { id: 'p-k' })).toEqual({ statisticsK: 11, version: 1 });
    expect(await kItem('p-k')).toBe(11);
  });

  it('an admin sets it: the program, its k item and an UPDATE audit event with the k before and after, in one write', async () => {
    const r = await fx.api.gql(admin, SET_K, { p: 'p-k', k: 7 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.setProgramStatisticsK).toEqual({ id: 'p-k', statisticsK: 7, version: 2 });
    // The program's GetItem; lowering under 11: the programs' Query and the k items' Query (every
    // program here has its k item: no backfill write); then one TransactWriteItems (program, k item, audit event).
    expect(r.requests).toBe(4);
    expect(await fx.ok(K, { id: 'p-k' })).toEqual({ statisticsK: 7, version: 2 });
    expect(await kItem('p-k')).toBe(7);
    expect((await fx.ok(HISTORY, { id: 'p-k' })).nodes[0]).toEqual({
      action: 'UPDATE',
      actor: 'admin',
      versionBefore: 1,
      versionAfter: 2,
      reason: 'statisticsK 11 → 7',
    });
  });

  it('refuses a k under 5 or over 100 with a typed field error, and writes nothing', async () => {
    for (const [k, key] of [
      [4, 'validation.min_cell_size'],
      [0, 'validation.min_cell_size'],
      [101, 'validation.too_large'],
    ] as const) {
      const e = onlyError(await fx.api.gql(admin, SET_K, { p: 'p-k', k }));
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'k', key })] });
    }
    const min = onlyError(await fx.api.gql(admin, SET_K, { p: 'p-k', k: 4 })).extensions as { fields: { params?: unknown }[] };
    expect(min.fields[0]!.params).toEqual({ min: 5 });
    expect(await fx.ok(K, { id: 'p-k' })).toEqual({ statisticsK: 7, version: 2 });
    expect(await kItem('p-k')).toBe(7);
    expect((await fx.ok(HISTORY, { id: 'p-k' })).nodes).toHaveLength(2);
  });

  it('is for admins only: staff, case workers, partners and donors are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    const callers = [
      fx.staff,
      identity('caseworker', 'org-x'),
      { ...identity('partner', fx.partnerOrg), programIds: ['p-k'] },
      { ...identity('donor', fx.donorOrg), programIds: ['p-k'] },
    ];
    for (const who of callers) {
      const r = await fx.api.gql(who, SET_K, { p: 'p-k', k: 20 });
      expect(onlyError(r).extensions?.code, who.role).toBe('FORBIDDEN');
    }
    expect(onlyError(await fx.api.gql(anonymousIdentity(), SET_K, { p: 'p-k', k: 20 })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await fx.ok(K, { id: 'p-k' })).toEqual({ statisticsK: 7, version: 2 });
    expect(await kItem('p-k')).toBe(7);
  });

  it('readers of the program see its k (not a person’s data); an unknown program is NOT_FOUND', async () => {
    const donor = { ...identity('donor', fx.donorOrg), programIds: ['p-k'] };
    const r = await fx.api.gql(donor, K, { id: 'p-k' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.program.statisticsK).toBe(7);
    const missing = onlyError(await fx.api.gql(admin, SET_K, { p: 'p-nowhere', k: 9 }));
    expect(missing.extensions?.code).toBe('NOT_FOUND');
    expect(await kItem('p-nowhere')).toBeUndefined();
  });

  it('an unchanged k writes nothing', async () => {
    const same = await fx.api.gql(admin, SET_K, { p: 'p-k', k: 7 });
    expect(same.data!.setProgramStatisticsK.version).toBe(2);
    expect((await fx.ok(HISTORY, { id: 'p-k' })).nodes).toHaveLength(2);
  });
});
