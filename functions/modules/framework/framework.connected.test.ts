import { beforeAll, describe, expect, it } from 'vitest';
import { identity, onlyError, type GqlResult } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { MONEY_TOTAL_MAX } from '@ruta/schema/limits';
import { ProgramStat } from '#modules/aggregates/entity';
import { recountProgram } from '../../jobs/recount.ts';

const m = {
  objective: 'mutation($i: CreateObjectiveInput!) { createObjective(input: $i) { id version } }',
  indicator: 'mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id version } }',
  line: 'mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { id version } }',
  fixLine: 'mutation($i: UpdateBudgetLineInput!) { updateBudgetLine(input: $i) { id label planned objectiveCode version } }',
  dropLine: 'mutation($id: ID!, $v: Int!) { deleteBudgetLine(id: $id, version: $v) { id } }',
  dropIndicator: 'mutation($id: ID!, $v: Int!) { deleteIndicator(id: $id, version: $v) { id } }',
  dropObjective:
    'mutation($id: ID, $p: ID, $c: String, $v: Int!) { deleteObjective(id: $id, programId: $p, code: $c, version: $v) { id } }',
  spend: 'mutation($i: RecordExpenditureInput!) { recordExpenditure(input: $i) { id version } }',
  unspend: 'mutation($id: ID!, $v: Int!) { deleteExpenditure(id: $id, version: $v) { id } }',
  agreement: 'mutation($i: CreatePartnerAgreementInput!) { createPartnerAgreement(input: $i) { id version } }',
  value: 'mutation($id: ID!, $p: String!, $v: Float!) { setIndicatorValue(indicatorId: $id, period: $p, value: $v) { value } }',
  observe:
    'mutation($p: ID!, $c: String!, $per: String!, $t: String!) { setObservation(programId: $p, objectiveCode: $c, period: $per, text: $t) { text } }',
};
const REPORT = `query($p: ID!) { resultsReport(programId: $p, from: "2006-01-01", to: "2009-12-31") {
  subtotal rows { code planned cost observations indicators { indicatorId actual } } otherCosts { label planned cost } } }`;
const FRAMEWORK =
  'query($p: ID!) { framework(programId: $p) { objectives { code version } indicators { id } budgetLines { id label planned objectiveCode version } } }';
const AUDIT = 'query($t: String!, $id: ID!) { auditEvents(entityType: $t, entityId: $id) { nodes { action versionBefore versionAfter } } }';

const fx = useProgramFixture();
const { staff } = fx;
const ok = fx.ok;
const state = async (p: string) => ({ report: await ok(REPORT, { p }), framework: await ok(FRAMEWORK, { p }) });
const audit = async (t: string, id: string) => (await ok(AUDIT, { t, id })).nodes;
const fieldError = (r: GqlResult) => onlyError(r).extensions;
const newProgram = (id: string) => fx.newProgram(id);

describe('budget line corrections and deletes', () => {
  beforeAll(() => newProgram('p-lines'));
  const row = (report: any, code: string) => report.rows.find((r: any) => r.code === code);

  it('moves a line to another objective and deletes it, audited, with the report and recount agreeing', async () => {
    const { id } = await ok(m.line, { i: { programId: 'p-lines', objectiveCode: '1.1', label: 'Workshops', planned: 1_000 } });
    expect(await ok(m.fixLine, { i: { id, version: 1, objectiveCode: '2.1', planned: 1_500 } })).toEqual({
      id,
      label: 'Workshops',
      planned: 1_500,
      objectiveCode: '2.1',
      version: 2,
    });
    let { report } = await state('p-lines');
    expect([row(report, '1').planned, row(report, '2').planned, row(report, '0').planned]).toEqual([0, 1_500, 1_500]);
    expect((await ok(m.fixLine, { i: { id, version: 2, objectiveCode: null } })).objectiveCode).toBeNull();
    ({ report } = await state('p-lines'));
    expect(report.otherCosts).toEqual([{ label: 'Workshops', planned: 1_500, cost: 0 }]);

    expect(await ok(m.dropLine, { id, v: 3 })).toEqual({ id });
    ({ report } = await state('p-lines'));
    expect(report.otherCosts).toEqual([]);
    expect(row(report, '0').planned).toBe(0);
    expect(await audit('BudgetLine', id)).toEqual([
      { action: 'DELETE', versionBefore: 3, versionAfter: null },
      { action: 'UPDATE', versionBefore: 2, versionAfter: 3 },
      { action: 'UPDATE', versionBefore: 1, versionAfter: 2 },
      { action: 'CREATE', versionBefore: null, versionAfter: 1 },
    ]);
    expect(await recountProgram('p-lines')).toEqual([]);
  });

  it('refuses to move or delete a line with expenditures until they are removed', async () => {
    const { id } = await ok(m.line, { i: { programId: 'p-lines', objectiveCode: '1.2', label: 'Shelter', planned: 5_000 } });
    const spent = await ok(m.spend, { i: { budgetLineId: id, date: '2007-03-01', amount: 700 } });
    const before = await state('p-lines');
    expect(fieldError(await fx.api.gql(staff, m.fixLine, { i: { id, version: 1, objectiveCode: '2' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'input.objectiveCode', key: 'validation.budget_line_has_expenditures' })],
    });
    expect(fieldError(await fx.api.gql(staff, m.dropLine, { id, v: 1 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'id', key: 'validation.budget_line_has_expenditures' })],
    });
    expect(await state('p-lines')).toEqual(before);
    expect(row(before.report, '1.2')).toMatchObject({ planned: 5_000, cost: 700 });
    // Label and amount stay editable while charged.
    expect((await ok(m.fixLine, { i: { id, version: 1, label: 'Shelter pilot', objectiveCode: '1.2' } })).version).toBe(2);
    expect(await recountProgram('p-lines')).toEqual([]);

    await ok(m.unspend, { id: spent.id, v: spent.version });
    expect(await ok(m.dropLine, { id, v: 2 })).toEqual({ id });
    expect(row((await state('p-lines')).report, '1.2')).toMatchObject({ planned: 0, cost: 0 });
    expect(await recountProgram('p-lines')).toEqual([]);
  });

  it('a stale version is a CONFLICT and writes nothing', async () => {
    const { id } = await ok(m.line, { i: { programId: 'p-lines', objectiveCode: '2', label: 'Radio', planned: 300 } });
    await ok(m.fixLine, { i: { id, version: 1, planned: 400 } });
    const before = await state('p-lines');
    expect(fieldError(await fx.api.gql(staff, m.fixLine, { i: { id, version: 1, objectiveCode: '1' } }))).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 2,
    });
    expect(fieldError(await fx.api.gql(staff, m.dropLine, { id, v: 1 }))).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await state('p-lines')).toEqual(before);
    expect((await audit('BudgetLine', id)).map((e: any) => e.action)).toEqual(['UPDATE', 'CREATE']);
  });

  it('refuses a move to an objective that is not in the program', async () => {
    const { id } = await ok(m.line, { i: { programId: 'p-lines', objectiveCode: '2', label: 'TV', planned: 10 } });
    expect(fieldError(await fx.api.gql(staff, m.fixLine, { i: { id, version: 1, objectiveCode: '7' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'input.objectiveCode', key: 'validation.unknown_objective' })],
    });
    expect((await audit('BudgetLine', id)).map((e: any) => e.action)).toEqual(['CREATE']);
  });
});

describe('deleting indicators', () => {
  // Long enough for more monthly values than one transaction takes (values fall in the program period).
  beforeAll(() => fx.newProgram('p-ind', { startDate: '2000-01-01', originalEndDate: '2009-12-31' }));
  const indicatorsOf = (report: any, code: string) => report.rows.find((r: any) => r.code === code).indicators;
  const manual = (id: string) => ({
    i: { id, programId: 'p-ind', objectiveCode: '2', name: 'People reached', unit: 'COUNT', target: 10, source: 'MANUAL' },
  });

  it('removes the indicator and its monthly values; a new indicator with the same id starts empty', async () => {
    const { id } = await ok(m.indicator, manual('people'));
    for (const p of ['2007-01', '2007-02', '2008-05']) await ok(m.value, { id, p, v: 4 });
    expect(indicatorsOf((await state('p-ind')).report, '2')).toEqual([{ indicatorId: id, actual: 12 }]);

    const before = await state('p-ind');
    expect(fieldError(await fx.api.gql(staff, m.dropIndicator, { id, v: 2 }))).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expect(await state('p-ind')).toEqual(before);

    expect(await ok(m.dropIndicator, { id, v: 1 })).toEqual({ id });
    const after = await state('p-ind');
    expect(after.framework.indicators).toEqual([]);
    expect(indicatorsOf(after.report, '2')).toEqual([]);
    expect(await audit('Indicator', id)).toEqual([
      { action: 'DELETE', versionBefore: 1, versionAfter: null },
      { action: 'CREATE', versionBefore: null, versionAfter: 1 },
    ]);
    await ok(m.indicator, manual('people'));
    expect(indicatorsOf((await state('p-ind')).report, '2')).toEqual([{ indicatorId: id, actual: null }]);
    expect(await recountProgram('p-ind')).toEqual([]);
  });

  it('refuses, writing nothing, when the values would not fit in one transaction', async () => {
    const { id } = await ok(m.indicator, manual('many'));
    const months = Array.from({ length: 99 }, (_, k) => `${2000 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
    for (const p of months) await ok(m.value, { id, p, v: 1 });
    expect(fieldError(await fx.api.gql(staff, m.dropIndicator, { id, v: 1 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'id', key: 'validation.too_many_to_delete', params: { count: 99, max: 98 } })],
    });
    expect((await state('p-ind')).framework.indicators.map((i: any) => i.id)).toContain(id);
    expect((await audit('Indicator', id)).map((e: any) => e.action)).toEqual(['CREATE']);
  });
});

describe('deleting objectives', () => {
  beforeAll(() => newProgram('p-obj'));
  const codes = async () => (await state('p-obj')).framework.objectives.map((o: any) => o.code);

  it.each([
    ['it has sub-objectives', '1', async () => {}],
    [
      'it has an indicator',
      '2.1',
      () => ok(m.indicator, { i: { programId: 'p-obj', objectiveCode: '2.1', name: 'x', unit: 'COUNT', target: 1, source: 'MANUAL' } }),
    ],
    ['it has a budget line', '1.1', () => ok(m.line, { i: { programId: 'p-obj', objectiveCode: '1.1', label: 'x', planned: 1 } })],
    [
      'a draft agreement is linked to it',
      '1.2',
      () =>
        ok(m.agreement, {
          i: {
            programId: 'p-obj',
            kind: 'MOU',
            title: 'A',
            partyIds: [fx.implementer, fx.partnerOrg],
            startDate: '2007-01-01',
            status: 'DRAFT',
            objectiveCodes: ['1.2'],
          },
        }),
    ],
  ])('refuses when %s, writing nothing', async (_, code, use) => {
    await use();
    const before = await state('p-obj');
    const r = await fx.api.gql(staff, m.dropObjective, { p: 'p-obj', c: code, v: 1 });
    expect(fieldError(r)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'id', key: 'validation.objective_in_use' })],
    });
    expect(await state('p-obj')).toEqual(before);
    expect((await audit('Objective', `p-obj~${code}`)).map((e: any) => e.action)).toEqual(['CREATE']);
  });

  it('deletes a leaf by program and code or by id, with its observations; stale is a CONFLICT', async () => {
    await ok(m.objective, { i: { programId: 'p-obj', code: '2.2', title: 'Mistake' } });
    await ok(m.observe, { p: 'p-obj', c: '2.2', per: '2007-04', t: 'Entered by mistake' });
    const before = await state('p-obj');
    expect(fieldError(await fx.api.gql(staff, m.dropObjective, { id: 'p-obj~2.2', v: 2 }))).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 1,
    });
    expect(await state('p-obj')).toEqual(before);

    expect(await ok(m.dropObjective, { p: 'p-obj', c: '2.2', v: 1 })).toEqual({ id: 'p-obj~2.2' });
    expect(await codes()).not.toContain('2.2');
    expect(await audit('Objective', 'p-obj~2.2')).toEqual([
      { action: 'DELETE', versionBefore: 1, versionAfter: null },
      { action: 'CREATE', versionBefore: null, versionAfter: 1 },
    ]);
    await ok(m.objective, { i: { programId: 'p-obj', code: '2.2', title: 'Again' } });
    expect((await state('p-obj')).report.rows.find((r: any) => r.code === '2.2').observations).toEqual([]);

    await ok(m.objective, { i: { programId: 'p-obj', code: '2.3', title: 'Other' } });
    expect(await ok(m.dropObjective, { id: 'p-obj~2.3', v: 1 })).toEqual({ id: 'p-obj~2.3' });
    expect(await codes()).toEqual(['0', '1', '1.1', '1.2', '2', '2.1', '2.2']);
    expect(await recountProgram('p-obj')).toEqual([]);
  });

  it('asks for an id or a program and code', async () => {
    expect(fieldError(await fx.api.gql(staff, m.dropObjective, { c: '2', v: 1 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'id', key: 'validation.objective_ref' })],
    });
  });
});

describe('who may correct the framework', () => {
  beforeAll(() => newProgram('p-who'));

  it('donors and partners of the program get FORBIDDEN and nothing changes', async () => {
    const line = await ok(m.line, { i: { programId: 'p-who', objectiveCode: '1', label: 'x', planned: 1 } });
    const ind = await ok(m.indicator, {
      i: { programId: 'p-who', objectiveCode: '1', name: 'x', unit: 'COUNT', target: 1, source: 'MANUAL' },
    });
    const before = await state('p-who');
    const donor = { ...identity('donor', fx.donorOrg), programIds: ['p-who'] };
    const partner = { ...identity('partner', fx.partnerOrg), programIds: ['p-who'] };
    for (const who of [donor, partner, identity('caseworker')]) {
      for (const [q, vars] of [
        [m.fixLine, { i: { id: line.id, version: 1, planned: 2 } }],
        [m.dropLine, { id: line.id, v: 1 }],
        [m.dropIndicator, { id: ind.id, v: 1 }],
        [m.dropObjective, { p: 'p-who', c: '2.1', v: 1 }],
      ] as const)
        expect(onlyError(await fx.api.gql(who, q, vars)).extensions!.code).toBe('FORBIDDEN');
    }
    expect(await state('p-who')).toEqual(before);
  });
});

describe('dated records inside the program period', () => {
  // The fixture's program runs 2006-10-01 to 2009-07-31.
  beforeAll(() => newProgram('p-dates'));
  const COUNT = 'query { framework(programId: "p-dates") { budgetLines { id } } }';

  it.each([
    ['an expenditure before the start', 'spend', '2006-09-30'],
    ['an expenditure after the end', 'spend', '2009-08-01'],
    ['an expenditure on 0000-01-01', 'spend', '0000-01-01'],
    ['an expenditure on 9999-12-31', 'spend', '9999-12-31'],
  ] as const)('refuses %s with a typed error and writes nothing', async (_, __, date) => {
    const { id: line } = await ok(m.line, { i: { programId: 'p-dates', objectiveCode: '1.1', label: `Line ${date}`, planned: 100 } });
    const r = await fx.api.gql(staff, m.spend, { i: { budgetLineId: line, date, amount: 100 } });
    expect(fieldError(r)).toMatchObject({ code: 'BAD_USER_INPUT' });
    // Years outside 1900–2100 are refused by the Date scalar itself, the rest by the program's period.
    if (date.startsWith('2'))
      expect(fieldError(r)!.fields).toContainEqual(expect.objectContaining({ path: 'input.date', key: 'validation.outside_program' }));
    const report = await ok(REPORT, { p: 'p-dates' });
    expect(report.subtotal).toBe(0);
    expect((await ok(COUNT, {})).budgetLines.length).toBeGreaterThan(0);
  });

  it('accepts the first and last day, and refuses monthly values and observations outside', async () => {
    const { id: line } = await ok(m.line, { i: { programId: 'p-dates', objectiveCode: '1.1', label: 'Edges', planned: 100 } });
    await ok(m.spend, { i: { budgetLineId: line, date: '2006-10-01', amount: 1 } });
    await ok(m.spend, { i: { budgetLineId: line, date: '2009-07-31', amount: 2 } });
    expect((await ok(REPORT, { p: 'p-dates' })).subtotal).toBe(3);
    const { id: indicator } = await ok(m.indicator, {
      i: { programId: 'p-dates', objectiveCode: '1.1', name: 'Manual', unit: 'COUNT', target: 10, source: 'MANUAL' },
    });
    expect(fieldError(await fx.api.gql(staff, m.value, { id: indicator, p: '2009-08', v: 1 }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fieldError(await fx.api.gql(staff, m.observe, { p: 'p-dates', c: '1.1', per: '2006-09', t: 'Too early' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await ok(m.value, { id: indicator, p: '2006-10', v: 1 });
  });
});

describe("a program's expenditures stay within what its report shows exactly", () => {
  beforeAll(() => newProgram('p-ceiling'));

  it('refuses the expenditure that would pass MONEY_TOTAL_MAX, writing nothing; a delete lowers the total again', async () => {
    const { id: line } = await ok(m.line, { i: { programId: 'p-ceiling', objectiveCode: '1.1', label: 'Big', planned: 100 } });
    const { id: first } = await ok(m.spend, { i: { budgetLineId: line, date: '2007-01-01', amount: 5 } });
    // As if the program had already spent all but 10 minor units of the ceiling.
    await ProgramStat.update({ programId: 'p-ceiling', month: 'total', bucket: 'total' })
      .add({ expenditure: MONEY_TOTAL_MAX - 15 })
      .go();
    const refused = await fx.api.gql(staff, m.spend, { i: { budgetLineId: line, date: '2007-01-02', amount: 11 } });
    expect(fieldError(refused)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'input.amount', key: 'validation.program_total' })],
    });
    expect((await ok(REPORT, { p: 'p-ceiling' })).subtotal).toBe(5);
    await ok(m.spend, { i: { budgetLineId: line, date: '2007-01-02', amount: 10 } });
    await ok(m.unspend, { id: first, v: 1 });
    await ok(m.spend, { i: { budgetLineId: line, date: '2007-01-03', amount: 5 } });
    const { data: total } = await ProgramStat.get({ programId: 'p-ceiling', month: 'total', bucket: 'total' }).go();
    expect(total!.expenditure).toBe(MONEY_TOTAL_MAX);
  });
});
