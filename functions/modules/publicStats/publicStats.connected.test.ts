import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { anonymousIdentity } from '#platform/auth';
import { documentClient, tableName } from '#platform/store';
import { transact } from '#platform/transact';
import { connectedApi, identity, onlyError } from '#test/harness';
import { statFootprint, type StatCase } from '#modules/publicStats/cells';
import { PUBLIC_STAT_PK, publicStatFootprintSteps } from '#modules/publicStats/entity';
import { recountPublicStats } from '../../jobs/recountPublicStats.ts';

const TABLE = `query($d: [StatDimension!]!, $from: Int, $to: Int) { publicStatistics(dimensions: $d, yearFrom: $from, yearTo: $to) {
  dimensions yearFrom yearTo k rows cols yearsAvailable
  cells { row col count suppressed } rowTotals { row col count suppressed } colTotals { row col count suppressed }
  total { row col count suppressed } } }`;

let api: Awaited<ReturnType<typeof connectedApi>>;
const anonymous = anonymousIdentity();
const admin = identity('admin');
const SET_K = 'mutation($p: ID!, $k: Int!) { setProgramStatisticsK(programId: $p, k: $k) { statisticsK } }';

/** Runs a query as the admin; any error fails the test. */
async function asAdmin(query: string, vars: Record<string, unknown>) {
  const r = await api.gql(admin, query, vars);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return Object.values(r.data!)[0] as Record<string, any>;
}

/** A program (with no cases): it stores its default k, 11, in the statistics partition. */
async function newProgram(id: string) {
  const org = (
    await asAdmin('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', {
      i: { name: `Org ${id}`, kind: 'INTERNATIONAL_ORGANIZATION', country: 'EC' },
    })
  ).id;
  await asAdmin('mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }', {
    i: {
      id,
      name: `Program ${id}`,
      country: 'EC',
      donorIds: [org],
      implementerId: org,
      startDate: '2020-01-01',
      originalEndDate: '2023-12-31',
      currency: 'USD',
      adminFeeRateBps: 1000,
      originalDeclaredTotal: 1_000_000,
    },
  });
}

/** Cases counted: 7 women and 6 men in 2021 in Pichincha (17), 2 men in Guayas (09); 5 women in 2022. */
const cases: StatCase[] = [
  ...Array.from({ length: 7 }, () => ({
    dateIdentified: '2021-03-01',
    sex: 'FEMALE',
    ageBand: 'AGE_18_24',
    nationality: 'EC',
    provinceIdentified: '17',
    exploitationTypes: ['SEXUAL'],
  })),
  ...Array.from({ length: 6 }, () => ({
    dateIdentified: '2021-05-01',
    sex: 'MALE',
    ageBand: 'AGE_25_39',
    nationality: 'VE',
    provinceIdentified: '17',
    exploitationTypes: ['LABOUR'],
  })),
  ...Array.from({ length: 2 }, () => ({
    dateIdentified: '2021-07-01',
    sex: 'MALE',
    ageBand: 'AGE_25_39',
    nationality: 'CO',
    provinceIdentified: '09',
    exploitationTypes: ['LABOUR', 'FORCED_BEGGING'],
  })),
  ...Array.from({ length: 5 }, () => ({
    dateIdentified: '2022-02-01',
    sex: 'FEMALE',
    ageBand: 'AGE_12_17',
    nationality: 'EC',
    provinceIdentified: '17',
    exploitationTypes: ['SEXUAL'],
  })),
];

async function count(list: readonly StatCase[], consent = true) {
  for (const c of list) await transact(publicStatFootprintSteps(null, statFootprint(c, consent)));
}

beforeAll(async () => {
  api = await connectedApi();
  await count(cases);
  // Identified without a statistics consent, and not identified: never counted.
  await count([{ ...cases[0]!, provinceIdentified: '01' }], false);
  await count([{ ...cases[0]!, dateIdentified: null, provinceIdentified: '01' }]);
}, 120_000);
afterAll(() => api?.stop());

describe('publicStatistics', () => {
  it('uses k = 11 while no program has lowered it, in the same one DynamoDB request', async () => {
    const r = await api.gql(anonymous, TABLE, { d: ['YEAR'] });
    expect(r.errors).toBeUndefined();
    const t = r.data!.publicStatistics;
    expect(r.requests).toBe(1);
    expect(t.k).toBe(11);
    // 2021 has 15 cases, published; 2022's 5 are under 11, and so is the grand total that would give them away.
    expect(t.cells).toEqual([
      { row: '2021', col: null, count: 15, suppressed: false },
      { row: '2022', col: null, count: null, suppressed: true },
    ]);
    expect(t.total).toEqual({ row: null, col: null, count: null, suppressed: true });
    // Women (7 + 5) and men (8): each under 11 in 2021, so suppressed over the years too.
    const sex = (await api.gql(anonymous, TABLE, { d: ['SEX'] })).data!.publicStatistics;
    expect(sex.cells.map((c: { count: number | null }) => c.count)).toEqual([null, null]);
  });

  it('a new program keeps k at 11; when an admin lowers the only program’s k to 5, the public k is 5, still one request', async () => {
    await newProgram('prog-a');
    expect((await api.gql(anonymous, TABLE, { d: ['YEAR'] })).data!.publicStatistics.k).toBe(11);
    expect(await asAdmin(SET_K, { p: 'prog-a', k: 5 })).toEqual({ statisticsK: 5 });
    const r = await api.gql(anonymous, TABLE, { d: ['YEAR'] });
    expect(r.requests).toBe(1);
    expect(r.data!.publicStatistics.k).toBe(5);
    expect(r.data!.publicStatistics.total.count).toBe(20);
  });

  it('answers without a token, in one DynamoDB request, with small counts suppressed', async () => {
    const r = await api.gql(anonymous, TABLE, { d: ['SEX'] });
    expect(r.errors).toBeUndefined();
    const t = r.data!.publicStatistics;
    expect(r.requests).toBe(1);
    expect(t.yearsAvailable).toEqual([2021, 2022]);
    expect([t.yearFrom, t.yearTo, t.k]).toEqual([2021, 2022, 5]);
    expect(t.rows).toEqual(['FEMALE', 'MALE']);
    // 2022 has no men: a 0, which is under k; the 2021-2022 women are 7 + 5, men 8.
    expect(t.total).toEqual({ row: null, col: null, count: 20, suppressed: false });
    expect(t.cells).toEqual([
      { row: 'FEMALE', col: null, count: 12, suppressed: false },
      { row: 'MALE', col: null, count: 8, suppressed: false },
    ]);
  });

  it('suppresses a count under k and one more so that the total cannot give it away', async () => {
    const r = await api.gql(anonymous, TABLE, { d: ['PROVINCE'], from: 2021, to: 2021 });
    const t = r.data!.publicStatistics;
    expect(t.rows).toEqual(['09', '17']);
    expect(t.total.count).toBe(15);
    // Guayas has 2: suppressed; Pichincha (13) must go too, or 15 − 13 would give the 2 away.
    expect(t.cells.map((c: { suppressed: boolean }) => c.suppressed)).toEqual([true, true]);
    expect(t.cells.every((c: { count: number | null }) => c.count === null)).toBe(true);
  });

  it('counts a case once per exploitation type in the cells and once in the totals', async () => {
    const r = await api.gql(anonymous, TABLE, { d: ['EXPLOITATION', 'YEAR'] });
    const t = r.data!.publicStatistics;
    expect(t.rows).toEqual(['FORCED_BEGGING', 'LABOUR', 'SEXUAL']);
    expect(t.cols).toEqual(['2021', '2022']);
    const cell = (row: string, col: string) => t.cells.find((c: { row: string; col: string }) => c.row === row && c.col === col);
    expect(cell('LABOUR', '2021').count).toBe(8);
    expect(cell('SEXUAL', '2022').count).toBe(5);
    // Forced begging's 2 is under k; sexual exploitation's 7, the smallest other, goes too (the
    // protection treats the types' sum as if it were the total, which only hides more).
    expect(cell('FORCED_BEGGING', '2021').suppressed).toBe(true);
    expect(cell('SEXUAL', '2021').suppressed).toBe(true);
    // The year's total counts cases: 15 in 2021, although its cells add up to 17.
    expect(t.colTotals.find((c: { col: string }) => c.col === '2021').count).toBe(15);
  });

  it('never shows a count under k, in cells, totals or marginals, whatever the table', async () => {
    const dims = ['YEAR', 'SEX', 'AGE_BAND', 'NATIONALITY', 'EXPLOITATION', 'PROVINCE'];
    const pairs = [...dims.map((d) => [d]), ...dims.flatMap((a, i) => dims.slice(i + 1).map((b) => [a, b]))];
    let numbers = 0;
    for (const d of pairs) {
      const t = (await api.gql(anonymous, TABLE, { d })).data!.publicStatistics;
      for (const c of [...t.cells, ...t.rowTotals, ...t.colTotals, t.total]) {
        numbers++;
        if (c.suppressed) expect(c.count).toBeNull();
        else expect(c.count).toBeGreaterThanOrEqual(t.k);
      }
    }
    expect(numbers).toBeGreaterThan(100);
  });

  it('is open to every role, and is the only operation open to anonymous callers', async () => {
    for (const role of ['admin', 'staff', 'caseworker', 'partner', 'donor'] as const) {
      const r = await api.gql(identity(role, 'org-x'), TABLE, { d: ['YEAR'] });
      expect(r.errors, role).toBeUndefined();
      expect(r.data!.publicStatistics.total.count).toBe(20);
    }
    for (const q of ['{ me { username } }', '{ cases(first: 1) { nodes { id } } }', '{ organizations(first: 1) { nodes { id } } }']) {
      const r = await api.gql(anonymous, q);
      expect(onlyError(r).extensions?.code, q).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses bad input with typed errors and field paths', async () => {
    const problems = async (vars: Record<string, unknown>) => {
      const e = onlyError(await api.gql(anonymous, TABLE, vars));
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      return ((e.extensions?.fields ?? []) as { path: string; key: string }[]).map((f) => `${f.path} ${f.key}`);
    };
    expect(await problems({ d: ['SEX', 'YEAR', 'PROVINCE'] })).toEqual(['dimensions validation.dimensions_count']);
    expect(await problems({ d: [] })).toEqual(['dimensions validation.dimensions_count']);
    expect(await problems({ d: ['SEX', 'SEX'] })).toEqual(['dimensions.1 validation.dimensions_distinct']);
    expect(await problems({ d: ['SEX'], from: 2019 })).toEqual(['yearFrom validation.year_outside_data']);
    expect(await problems({ d: ['SEX'], from: 2021, to: 2030 })).toEqual(['yearTo validation.year_outside_data']);
    expect(await problems({ d: ['SEX'], from: 2022, to: 2021 })).toEqual(['yearTo validation.to_before_from']);
    // An unknown dimension is refused by the schema before any resolver runs.
    const unknown = onlyError(await api.gql(anonymous, TABLE, { d: ['NAME'] }));
    expect(unknown.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is the strictest program’s k: another program at its default 11, or raised to 20, raises the public k', async () => {
    const k = async () => (await api.gql(anonymous, TABLE, { d: ['YEAR'] })).data!.publicStatistics;
    await newProgram('prog-b');
    expect((await k()).k).toBe(11);
    await asAdmin(SET_K, { p: 'prog-b', k: 20 });
    const strict = await k();
    expect(strict.k).toBe(20);
    // 2021's 15 cases are now under k.
    expect(strict.cells[0]).toEqual({ row: '2021', col: null, count: null, suppressed: true });
    await asAdmin(SET_K, { p: 'prog-b', k: 5 });
    expect((await k()).k).toBe(5);
  });

  it('a program stored before programs carried a k still counts as 11 when another program’s k is lowered', async () => {
    const k = async () => (await api.gql(anonymous, TABLE, { d: ['YEAR'] })).data!.publicStatistics.k;
    await newProgram('prog-old');
    // As stored before this change: the program without its k item.
    await documentClient().send(new DeleteCommand({ TableName: tableName(), Key: { pk: PUBLIC_STAT_PK, sk: 'k#prog-old' } }));
    await asAdmin(SET_K, { p: 'prog-a', k: 6 });
    expect(await k()).toBe(11);
    await asAdmin(SET_K, { p: 'prog-old', k: 5 });
    await asAdmin(SET_K, { p: 'prog-a', k: 5 });
    expect(await k()).toBe(5);
  });

  it('costs the same DynamoDB requests with a hundred times the cases', async () => {
    const before = (await api.gql(anonymous, TABLE, { d: ['SEX', 'PROVINCE'] })).requests;
    // A hundred times the cases add to the same cells: the partition does not grow with them.
    const many = Array.from({ length: 99 }, () => cases).flat();
    const footprints = many.map((c) => statFootprint(c, true)!);
    const byYear = new Map<string, Map<string, number>>();
    for (const f of footprints) {
      const cells = byYear.get(f.year) ?? new Map<string, number>();
      for (const key of f.keys) cells.set(key, (cells.get(key) ?? 0) + 1);
      byYear.set(f.year, cells);
    }
    for (const [year, cells] of byYear) {
      const ops = publicStatFootprintSteps(null, { year, keys: [] });
      expect(ops).toEqual([]);
      // One ADD per cell with the hundredfold count: as many single adds would, in fewer requests.
      for (const [key, n] of cells) {
        const [s] = publicStatFootprintSteps(null, { year, keys: [key] });
        (s!.op.Update as { ExpressionAttributeValues: Record<string, number> }).ExpressionAttributeValues[':c0'] = n;
        await transact([s!]);
      }
    }
    const r = await api.gql(anonymous, TABLE, { d: ['SEX', 'PROVINCE'] });
    expect(r.data!.publicStatistics.total.count).toBe(2000);
    expect(r.requests).toBe(before);
    expect(r.requests).toBe(1);
  });

  it('the recount finds cells no case accounts for and, with fix, rebuilds them from the cases', async () => {
    // This table's programs have no case: every stored cell is drift.
    const drift = await recountPublicStats();
    expect(drift.length).toBeGreaterThan(0);
    expect(drift.every((d) => d.recounted === 0 && d.stored > 0)).toBe(true);
    expect(drift.find((d) => d.year === 2022 && d.cell.startsWith('c:FEMALE|AGE_12_17|EC|17|'))?.stored).toBe(500);
    await recountPublicStats({ fix: true });
    expect(await recountPublicStats()).toEqual([]);
    const t = (await api.gql(anonymous, TABLE, { d: ['SEX'] })).data!.publicStatistics;
    expect([t.yearsAvailable, t.rows, t.total.count]).toEqual([[], [], null]);
  });
});
