import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { identity, onlyError } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';

const REPORT = `query($programId: ID!, $from: Date!, $to: Date!) { resultsReport(programId: $programId, from: $from, to: $to) {
  currency subtotal adminFee adminFeeRateBps total declaredTotal difference
  rows { code level title planned cost observations indicators { name unit target actual percentAchieved } }
  otherCosts { label planned cost } } }`;
const m = {
  program: 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id endDate declaredTotal } }',
  objective: 'mutation($i: CreateObjectiveInput!) { createObjective(input: $i) { id code level parentCode } }',
  indicator: 'mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }',
  line: 'mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { id } }',
  fixLine: 'mutation($i: UpdateBudgetLineInput!) { updateBudgetLine(input: $i) { id label planned version } }',
  spend: 'mutation($i: RecordExpenditureInput!) { recordExpenditure(input: $i) { id version } }',
  unspend: 'mutation($id: ID!, $v: Int!) { deleteExpenditure(id: $id, version: $v) { id } }',
  agreement: 'mutation($i: CreatePartnerAgreementInput!) { createPartnerAgreement(input: $i) { id version } }',
  updateAgreement: 'mutation($i: UpdatePartnerAgreementInput!) { updatePartnerAgreement(input: $i) { id version } }',
  value: 'mutation($id: ID!, $p: String!, $v: Float!) { setIndicatorValue(indicatorId: $id, period: $p, value: $v) { value } }',
  observe:
    'mutation($p: ID!, $c: String!, $per: String!, $t: String!) { setObservation(programId: $p, objectiveCode: $c, period: $per, text: $t) { text } }',
};
const fx = useProgramFixture();
const { staff } = fx;
const ok = fx.ok;
/** Ends 2007 as first agreed; a modification extends it to July 2009 and USD 800,000. */
const newProgram = (id: string) =>
  fx.newProgram(id, {
    originalEndDate: '2007-09-30',
    originalDeclaredTotal: 25_000_000,
    modifications: [{ number: 1, description: 'More money', newEndDate: '2009-07-31', newDeclaredTotal: 80_000_000 }],
  });

describe('results framework', () => {
  it('derives level and parent from the code and applies modifications to end date and total', async () => {
    const p = await ok(m.program, {
      i: {
        id: 'p-terms',
        name: 'Terms',
        country: 'EC',
        donorIds: [fx.donorOrg],
        implementerId: fx.implementer,
        startDate: '2006-10-01',
        originalEndDate: '2007-09-30',
        currency: 'USD',
        adminFeeRateBps: 1000,
        originalDeclaredTotal: 25_000_000,
        modifications: [
          { number: 1, description: 'a', newEndDate: '2008-03-30', newDeclaredTotal: 50_000_000 },
          { number: 2, description: 'b', newEndDate: '2009-07-31' },
        ],
      },
    });
    expect(p).toMatchObject({ endDate: '2009-07-31', declaredTotal: 50_000_000 });
    expect(await ok(m.objective, { i: { programId: 'p-terms', code: '0', title: 'Overall' } })).toMatchObject({
      level: 'OVERALL',
      parentCode: null,
    });
    expect(await ok(m.objective, { i: { programId: 'p-terms', code: '3', title: 'Three' } })).toMatchObject({
      level: 'SPECIFIC',
      parentCode: '0',
    });
    expect(await ok(m.objective, { i: { programId: 'p-terms', code: '3.2', title: 'Activity' } })).toMatchObject({
      id: 'p-terms~3.2',
      level: 'ACTIVITY',
      parentCode: '3',
    });
  });

  it.each([
    [
      'a colliding objective code',
      m.objective,
      () => ({ programId: 'p-bad', code: '1', title: 'again' }),
      'input.code',
      'validation.code_taken',
    ],
    [
      'an activity without its parent',
      m.objective,
      () => ({ programId: 'p-bad', code: '7.1', title: 'orphan' }),
      'input.code',
      'validation.parent_missing',
    ],
    [
      'an objective in an unknown program',
      m.objective,
      () => ({ programId: 'nope', code: '0', title: 'x' }),
      'input.programId',
      'validation.unknown_program',
    ],
    [
      'a percent target over 100',
      m.indicator,
      () => ({ programId: 'p-bad', objectiveCode: '1', name: 'x', unit: 'PERCENT', target: 150, source: 'MANUAL' }),
      'input.target',
      'validation.percent_range',
    ],
    [
      'a yes/no target of 3',
      m.indicator,
      () => ({ programId: 'p-bad', objectiveCode: '1', name: 'x', unit: 'YES_NO', target: 3, source: 'MANUAL' }),
      'input.target',
      'validation.unit_value',
    ],
    [
      'a fractional count target',
      m.indicator,
      () => ({ programId: 'p-bad', objectiveCode: '1', name: 'x', unit: 'COUNT', target: 2.5, source: 'MANUAL' }),
      'input.target',
      'validation.whole_number',
    ],
    [
      'an indicator on a missing objective',
      m.indicator,
      () => ({ programId: 'p-bad', objectiveCode: '9', name: 'x', unit: 'COUNT', target: 2, source: 'MANUAL' }),
      'input.objectiveCode',
      'validation.unknown_objective',
    ],
    [
      'a negative planned cost',
      m.line,
      () => ({ programId: 'p-bad', objectiveCode: '1', label: 'x', planned: -1 }),
      'input.planned',
      'validation.not_negative',
    ],
    [
      'a fee rate over 100 %',
      m.program,
      () => ({
        name: 'x',
        country: 'EC',
        donorIds: [fx.donorOrg],
        implementerId: fx.implementer,
        startDate: '2006-10-01',
        originalEndDate: '2007-01-01',
        currency: 'USD',
        adminFeeRateBps: 10_001,
        originalDeclaredTotal: 1,
      }),
      'input.adminFeeRateBps',
      'validation.rate_range',
    ],
    [
      'a program ending before it starts',
      m.program,
      () => ({
        name: 'x',
        country: 'EC',
        donorIds: [fx.donorOrg],
        implementerId: fx.implementer,
        startDate: '2006-10-01',
        originalEndDate: '2005-01-01',
        currency: 'USD',
        adminFeeRateBps: 0,
        originalDeclaredTotal: 1,
      }),
      'input.originalEndDate',
      'validation.end_before_start',
    ],
    [
      'a program with an unknown donor',
      m.program,
      () => ({
        name: 'x',
        country: 'EC',
        donorIds: ['ghost'],
        implementerId: fx.implementer,
        startDate: '2006-10-01',
        originalEndDate: '2007-01-01',
        currency: 'USD',
        adminFeeRateBps: 0,
        originalDeclaredTotal: 1,
      }),
      'input.donorIds.0',
      'validation.unknown_party',
    ],
    [
      'an agreement linked to a code not in the program',
      m.agreement,
      () => ({
        programId: 'p-bad',
        kind: 'MOU',
        title: 'x',
        partyIds: [fx.implementer, fx.partnerOrg],
        startDate: '2007-01-01',
        status: 'ACTIVE',
        objectiveCodes: ['1', '8.8'],
      }),
      'input.objectiveCodes.1',
      'validation.unknown_objective',
    ],
  ])('rejects %s with a typed error and writes nothing', async (_, mutation, input, path, key) => {
    if (!(await fx.api.gql(staff, 'query { program(id: "p-bad") { id } }')).data) await newProgram('p-bad');
    const before = await fx.api.gql(staff, REPORT, { programId: 'p-bad', from: '2000-01-01', to: '2030-12-31' });
    const r = await fx.api.gql(staff, mutation, { i: input() });
    expect(onlyError(r).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([expect.objectContaining({ path, key })]),
    });
    expect(await fx.api.gql(staff, REPORT, { programId: 'p-bad', from: '2000-01-01', to: '2030-12-31' })).toEqual({
      ...before,
      requests: expect.any(Number),
    });
    const framework = await fx.api.gql(
      staff,
      'query { framework(programId: "p-bad") { objectives { code } indicators { id } budgetLines { id } } }',
    );
    expect(framework.data!.framework).toMatchObject({ indicators: [], budgetLines: [] });
    expect(framework.data!.framework.objectives.map((o: any) => o.code)).toEqual(['0', '1', '1.1', '1.2', '2', '2.1']);
  });

  it('rejects a report period that ends before it starts', async () => {
    const r = await fx.api.gql(staff, REPORT, { programId: 'p-bad', from: '2009-01-01', to: '2008-01-01' });
    expect(onlyError(r).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'to', key: 'validation.to_before_from' })],
    });
  });
});

describe('access to programs, framework and report', () => {
  beforeAll(() => newProgram('p-access'));
  const donor = (programs: string[]) => ({ ...identity('donor', fx.donorOrg), programIds: programs });
  const partner = (programs: string[]) => ({ ...identity('partner', fx.partnerOrg), programIds: programs });
  const FRAMEWORK = 'query($p: ID!) { framework(programId: $p) { objectives { code } } }';

  it('donors read the report and framework of programs they fund, nothing of others', async () => {
    const vars = { programId: 'p-access', from: '2006-01-01', to: '2009-12-31' };
    expect((await fx.api.gql(donor(['p-access']), REPORT, vars)).errors).toBeUndefined();
    expect((await fx.api.gql(donor(['p-access']), FRAMEWORK, { p: 'p-access' })).data!.framework.objectives).toHaveLength(6);
    expect(onlyError(await fx.api.gql(donor(['other']), REPORT, vars)).extensions!.code).toBe('NOT_FOUND');
    expect(onlyError(await fx.api.gql(donor([]), FRAMEWORK, { p: 'p-access' })).extensions!.code).toBe('NOT_FOUND');
    expect(
      onlyError(
        await fx.api.gql(
          donor(['p-access']),
          'query { expenditures(programId: "p-access", from: "2006-01-01", to: "2010-01-01") { nodes { id } } }',
        ),
      ).extensions!.code,
    ).toBe('FORBIDDEN');
    expect((await fx.api.gql(donor(['p-access']), 'query { programs { nodes { id } pageInfo { hasNextPage } } }')).data!.programs).toEqual({
      nodes: [{ id: 'p-access' }],
      pageInfo: { hasNextPage: false },
    });
  });

  it('partners read the framework of their programs but not the report; nobody but staff writes', async () => {
    expect((await fx.api.gql(partner(['p-access']), FRAMEWORK, { p: 'p-access' })).data!.framework.objectives).toHaveLength(6);
    expect(
      onlyError(await fx.api.gql(partner(['p-access']), REPORT, { programId: 'p-access', from: '2006-01-01', to: '2009-12-31' }))
        .extensions!.code,
    ).toBe('FORBIDDEN');
    for (const who of [partner(['p-access']), donor(['p-access']), identity('caseworker')]) {
      const r = await fx.api.gql(who, m.objective, { i: { programId: 'p-access', code: '3', title: 'x' } });
      expect(onlyError(r).extensions!.code).toBe('FORBIDDEN');
    }
  });
});

describe('budget line corrections', () => {
  beforeAll(() => newProgram('p-fix'));
  const period = { programId: 'p-fix', from: '2006-01-01', to: '2009-12-31' };
  const AUDIT = 'query($id: ID!) { auditEvents(entityType: "BudgetLine", entityId: $id) { nodes { action versionBefore versionAfter } } }';

  it('changes label and planned amount in the report, audited; a stale version or a donor changes nothing', async () => {
    const { id } = await ok(m.line, { i: { programId: 'p-fix', objectiveCode: '1.1', label: 'Workshops', planned: 1_000 } });
    expect(await ok(m.fixLine, { i: { id, version: 1, label: 'Workshops (2 cities)', planned: 2_500 } })).toEqual({
      id,
      label: 'Workshops (2 cities)',
      planned: 2_500,
      version: 2,
    });
    const rows = (await ok(REPORT, period)).rows as { code: string; planned: number }[];
    expect(rows.find((r) => r.code === '1')!.planned).toBe(2_500);
    expect(rows.find((r) => r.code === '1.1')!.planned).toBe(2_500);

    const before = await ok(REPORT, period);
    const stale = await fx.api.gql(staff, m.fixLine, { i: { id, version: 1, planned: 9 } });
    expect(onlyError(stale).extensions!.code).toBe('CONFLICT');
    const negative = await fx.api.gql(staff, m.fixLine, { i: { id, version: 2, planned: -1 } });
    expect(onlyError(negative).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'input.planned', key: 'validation.not_negative' })],
    });
    const donor = { ...identity('donor', fx.donorOrg), programIds: ['p-fix'] };
    expect(onlyError(await fx.api.gql(donor, m.fixLine, { i: { id, version: 2, planned: 9 } })).extensions!.code).toBe('FORBIDDEN');
    expect(await ok(REPORT, period)).toEqual(before);
    expect((await ok(AUDIT, { id })).nodes).toEqual([
      { action: 'UPDATE', versionBefore: 1, versionAfter: 2 },
      { action: 'CREATE', versionBefore: null, versionAfter: 1 },
    ]);
  });
});

describe('results report', () => {
  // The arithmetic (rows, subtotal, fee, total, difference, latest-wins) is proven for any framework
  // in build.test.ts and the folding of contributions in deltas.test.ts. This runs the whole path a
  // few times: mutations → aggregate writes in their transactions → the read of whole months.
  it('equals the sums of the underlying records, for random records and periods', async () => {
    const record = fc.record({
      kind: fc.constantFrom('spend', 'agreement', 'value'),
      code: fc.constantFrom('1', '1.1', '1.2', '2', '2.1', null),
      // Months from 2006-10: records fall in the program (to 2009-07, month 33), periods may run past it.
      month: fc.integer({ min: 0, max: 33 }),
      amount: fc.integer({ min: 1, max: 5_000_000 }),
      draft: fc.boolean(),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { minLength: 4, maxLength: 12 }),
        fc.integer({ min: 0, max: 35 }),
        fc.integer({ min: 0, max: 35 }),
        async (records, a, b) => {
          const id = `p-rand-${run++}`;
          await newProgram(id);
          const lines: Record<string, string> = {};
          for (const code of ['1', '1.1', '1.2', '2', '2.1'])
            lines[code] = (await ok(m.line, { i: { programId: id, objectiveCode: code, label: code, planned: 1000 } })).id;
          lines.other = (await ok(m.line, { i: { programId: id, objectiveCode: null, label: 'Campaign', planned: 500 } })).id;
          const signed = (
            await ok(m.indicator, {
              i: {
                programId: id,
                objectiveCode: '1',
                name: 'Agreements',
                unit: 'COUNT',
                target: 4,
                source: 'COMPUTED',
                metric: 'AGREEMENTS_SIGNED',
              },
            })
          ).id;
          const entered = (
            await ok(m.indicator, { i: { programId: id, objectiveCode: '2', name: 'People', unit: 'COUNT', target: 10, source: 'MANUAL' } })
          ).id;
          const dateOf = (k: number) => `${2006 + Math.floor((k + 9) / 12)}-${String(((k + 9) % 12) + 1).padStart(2, '0')}-15`;
          const expected = { byCode: {} as Record<string, number>, other: 0, agreements: 0, values: 0 };
          const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
          const inPeriod = (k: number) => k >= lo && k <= hi;
          const valueMonths = new Set<number>();
          for (const r of records) {
            if (r.kind === 'spend') {
              const e = await ok(m.spend, { i: { budgetLineId: lines[r.code ?? 'other'], date: dateOf(r.month), amount: r.amount } });
              if (r.draft) {
                await ok(m.unspend, { id: e.id, v: e.version });
                continue;
              } // recorded then removed: must not count
              if (!inPeriod(r.month)) continue;
              if (r.code) expected.byCode[r.code] = (expected.byCode[r.code] ?? 0) + r.amount;
              else expected.other += r.amount;
            } else if (r.kind === 'agreement') {
              const codes = r.code ? [r.code] : [];
              const ag = await ok(m.agreement, {
                i: {
                  programId: id,
                  kind: 'MOU',
                  title: 'A',
                  partyIds: [fx.implementer, fx.partnerOrg],
                  startDate: dateOf(r.month),
                  status: r.draft ? 'DRAFT' : 'ACTIVE',
                  objectiveCodes: codes,
                },
              });
              if (r.draft) await ok(m.updateAgreement, { i: { id: ag.id, version: ag.version, title: 'Still a draft' } });
              if (!r.draft && inPeriod(r.month) && r.code?.startsWith('1')) expected.agreements += 1;
            } else if (!valueMonths.has(r.month)) {
              valueMonths.add(r.month);
              await ok(m.value, { id: entered, p: dateOf(r.month).slice(0, 7), v: r.amount % 100 });
              if (inPeriod(r.month)) expected.values += r.amount % 100;
            }
          }
          const report = (await ok(REPORT, { programId: id, from: `${dateOf(lo).slice(0, 8)}01`, to: dateOf(hi) })) as any;
          const cost = (prefix: string) =>
            Object.entries(expected.byCode)
              .filter(([c]) => c === prefix || c.startsWith(`${prefix}.`))
              .reduce((s, [, v]) => s + v, 0);
          const row = (code: string) => report.rows.find((x: any) => x.code === code);
          expect(row('1').cost).toBe(cost('1'));
          expect(row('1.1').cost).toBe(cost('1.1'));
          expect(row('2').cost).toBe(cost('2'));
          expect(row('0').cost).toBe(cost('1') + cost('2'));
          expect(row('1').planned).toBe(3000);
          expect(report.otherCosts).toEqual([{ label: 'Campaign', planned: 500, cost: expected.other }]);
          expect(report.subtotal).toBe(cost('1') + cost('2') + expected.other);
          expect(report.adminFee).toBe(Math.round(report.subtotal / 10));
          expect(report.total).toBe(report.subtotal + report.adminFee);
          expect(report.difference).toBe(80_000_000 - report.total);
          expect(row('1').indicators[0]).toMatchObject({ actual: expected.agreements, target: 4 });
          expect(row('2').indicators[0].actual).toBe(valueMonths.size && [...valueMonths].some(inPeriod) ? expected.values : null);
          void signed;
        },
      ),
      { numRuns: 3 },
    );
  });

  it('costs the same number of DynamoDB requests however many records there are', async () => {
    await newProgram('p-cost');
    const line = (await ok(m.line, { i: { programId: 'p-cost', objectiveCode: '1.1', label: 'x', planned: 1 } })).id;
    const vars = { programId: 'p-cost', from: '2006-10-01', to: '2009-07-31' };
    const before = (await fx.api.gql(staff, REPORT, vars)).requests;
    for (let i = 0; i < 30; i++) await ok(m.spend, { i: { budgetLineId: line, date: '2007-03-01', amount: 100 + i } });
    const after = await fx.api.gql(staff, REPORT, vars);
    expect(after.requests).toBe(before);
    expect(after.data!.resultsReport.subtotal).toBe(30 * 100 + (29 * 30) / 2);
  });
});
