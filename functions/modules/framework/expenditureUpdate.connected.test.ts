import { beforeAll, describe, expect, it } from 'vitest';
import { identity, onlyError, type GqlResult } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { MONEY_TOTAL_MAX } from '@ruta/schema/limits';
import { ProgramStat } from '#modules/aggregates/entity';
import { recountProgram } from '../../jobs/recount.ts';

/**
 * Correcting an expenditure (updateExpenditure): the report's figures move by exactly the
 * difference, in the months and objectives concerned, the lines' counts follow a move, and a
 * refused correction — stale, out of the period, bad input, another role — writes nothing.
 */
const m = {
  line: 'mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { id version } }',
  dropLine: 'mutation($id: ID!, $v: Int!) { deleteBudgetLine(id: $id, version: $v) { id } }',
  spend: 'mutation($i: RecordExpenditureInput!) { recordExpenditure(input: $i) { id version } }',
  fix: `mutation($i: UpdateExpenditureInput!) { updateExpenditure(input: $i) {
    id programId budgetLineId objectiveCode date amount description version } }`,
};
const REPORT = `query($p: ID!, $from: Date!, $to: Date!) { resultsReport(programId: $p, from: $from, to: $to) {
  subtotal rows { code cost } otherCosts { label cost } } }`;
const EXPENDITURES = `query($p: ID!) { expenditures(programId: $p, from: "2006-01-01", to: "2009-12-31", first: 100) {
  nodes { id budgetLineId objectiveCode date amount description version } } }`;
const AUDIT = 'query($t: String!, $id: ID!) { auditEvents(entityType: $t, entityId: $id) { nodes { action versionBefore versionAfter } } }';

const fx = useProgramFixture();
const { staff, ok } = fx;
const P = 'p-fix';
const errorOf = (r: GqlResult) => onlyError(r).extensions!;
const report = (from = '2006-01-01', to = '2009-12-31') => ok(REPORT, { p: P, from, to });
const cost = (r: any, code: string) => r.rows.find((x: any) => x.code === code).cost as number;
const runningTotal = async () => (await ProgramStat.get({ programId: P, month: 'total', bucket: 'total' }).go()).data?.expenditure ?? 0;
/** Everything a correction could touch: the whole report, two months' reports, the list and the running total. */
const state = async () => ({
  whole: await report(),
  march: await report('2007-03-01', '2007-03-31'),
  january: await report('2008-01-01', '2008-01-31'),
  expenditures: (await ok(EXPENDITURES, { p: P })).nodes,
  total: await runningTotal(),
});

let line11 = '';
let line21 = '';
let outside = '';

beforeAll(async () => {
  await fx.newProgram(P);
  line11 = (await ok(m.line, { i: { programId: P, objectiveCode: '1.1', label: 'Workshops', planned: 10_000 } })).id;
  line21 = (await ok(m.line, { i: { programId: P, objectiveCode: '2.1', label: 'Shelter', planned: 10_000 } })).id;
  outside = (await ok(m.line, { i: { programId: P, objectiveCode: null, label: 'Campaign', planned: 10_000 } })).id;
  // Another expenditure in the same month and objective: a correction must leave its share alone.
  await ok(m.spend, { i: { budgetLineId: line11, date: '2007-03-20', amount: 50 } });
});

describe('updateExpenditure', () => {
  it('moves the report by the difference when the amount and date change, audited, with no drift', async () => {
    const spent = await ok(m.spend, { i: { budgetLineId: line11, date: '2007-03-05', amount: 700, description: 'Venue' } });
    const before = await state();
    expect(cost(before.march, '1.1')).toBe(750);

    const fixed = await ok(m.fix, { i: { id: spent.id, version: 1, amount: 900 } });
    expect(fixed).toMatchObject({ id: spent.id, amount: 900, date: '2007-03-05', description: 'Venue', objectiveCode: '1.1', version: 2 });
    let now = await state();
    expect(now.whole.subtotal - before.whole.subtotal).toBe(200);
    expect(cost(now.march, '1.1') - cost(before.march, '1.1')).toBe(200);
    expect(cost(now.whole, '1') - cost(before.whole, '1')).toBe(200);
    expect(now.total - before.total).toBe(200);

    // Another month: the cost leaves March and lands in January 2008; the list shows the new date.
    await ok(m.fix, { i: { id: spent.id, version: 2, date: '2008-01-10', amount: 600, description: '' } });
    now = await state();
    expect(cost(now.march, '1.1')).toBe(cost(before.march, '1.1') - 700);
    expect(cost(now.january, '1.1')).toBe(cost(before.january, '1.1') + 600);
    expect(now.whole.subtotal - before.whole.subtotal).toBe(-100);
    expect(now.total - before.total).toBe(-100);
    const listed = now.expenditures.find((e: any) => e.id === spent.id);
    expect(listed).toMatchObject({ date: '2008-01-10', amount: 600, description: null, version: 3 });
    // The date index follows: listing January 2008 alone finds it.
    const january = await ok(EXPENDITURES.replace('"2006-01-01"', '"2008-01-01"').replace('"2009-12-31"', '"2008-01-31"'), { p: P });
    expect(january.nodes.map((e: any) => e.id)).toEqual([spent.id]);

    expect(await fx.ok(AUDIT, { t: 'Expenditure', id: spent.id }).then((a) => a.nodes)).toEqual([
      { action: 'UPDATE', versionBefore: 2, versionAfter: 3 },
      { action: 'UPDATE', versionBefore: 1, versionAfter: 2 },
      { action: 'CREATE', versionBefore: null, versionAfter: 1 },
    ]);
    expect(await recountProgram(P)).toEqual([]);
  });

  it('moves to another line with its objective, and outside the objectives; the lines count it', async () => {
    const spent = await ok(m.spend, { i: { budgetLineId: line11, date: '2007-06-01', amount: 300 } });
    const before = await state();
    const moved = await ok(m.fix, { i: { id: spent.id, version: 1, budgetLineId: line21 } });
    expect(moved).toMatchObject({ budgetLineId: line21, objectiveCode: '2.1', amount: 300, version: 2 });
    let now = await state();
    expect(cost(now.whole, '1.1') - cost(before.whole, '1.1')).toBe(-300);
    expect(cost(now.whole, '2.1') - cost(before.whole, '2.1')).toBe(300);
    expect(now.whole.subtotal).toBe(before.whole.subtotal);
    expect(now.total).toBe(before.total);
    expect(await recountProgram(P)).toEqual([]);

    const out = await ok(m.fix, { i: { id: spent.id, version: 2, budgetLineId: outside, amount: 320 } });
    expect(out.objectiveCode).toBeNull();
    now = await state();
    expect(cost(now.whole, '2.1')).toBe(cost(before.whole, '2.1'));
    expect(now.whole.otherCosts).toEqual([{ label: 'Campaign', cost: 320 }]);
    expect(now.whole.subtotal - before.whole.subtotal).toBe(20);
    expect(await recountProgram(P)).toEqual([]);

    // Line 2.1 has nothing charged any more (it may go); the campaign line has (it may not).
    const { id: spare } = await ok(m.line, { i: { programId: P, objectiveCode: '2', label: 'Spare', planned: 1 } });
    const onSpare = await ok(m.spend, { i: { budgetLineId: spare, date: '2007-06-02', amount: 1 } });
    await ok(m.fix, { i: { id: onSpare.id, version: 1, budgetLineId: line21 } });
    expect(await ok(m.dropLine, { id: spare, v: 1 })).toEqual({ id: spare });
    expect(errorOf(await fx.api.gql(staff, m.dropLine, { id: outside, v: 1 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ key: 'validation.budget_line_has_expenditures' })],
    });
    expect(await recountProgram(P)).toEqual([]);
  });

  it('a stale version is a CONFLICT and writes nothing', async () => {
    const spent = await ok(m.spend, { i: { budgetLineId: line11, date: '2007-04-01', amount: 100 } });
    await ok(m.fix, { i: { id: spent.id, version: 1, amount: 110 } });
    const before = await state();
    for (const i of [
      { id: spent.id, version: 1, amount: 120 },
      { id: spent.id, version: 1, budgetLineId: line21, date: '2008-01-02' },
      // Stale wins over the other faults of the same form.
      { id: spent.id, version: 1, date: '2009-08-01' },
    ])
      expect(errorOf(await fx.api.gql(staff, m.fix, { i }))).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await state()).toEqual(before);
    expect((await fx.ok(AUDIT, { t: 'Expenditure', id: spent.id })).nodes.map((e: any) => e.action)).toEqual(['UPDATE', 'CREATE']);
  });

  it.each([
    ['a date before the program', { date: '2006-09-30' }, 'input.date', 'validation.outside_program'],
    ['a date after the program', { date: '2009-08-01' }, 'input.date', 'validation.outside_program'],
    ['a zero amount', { amount: 0 }, 'input.amount', 'validation.positive'],
    ['a null amount', { amount: null }, 'input.amount', undefined],
    ['an unknown line', { budgetLineId: `${P}~nope` }, 'input.budgetLineId', 'validation.invalid'],
    ['a line of another program', { budgetLineId: 'p-other~x' }, 'input.budgetLineId', 'validation.invalid'],
    ['a malformed line id', { budgetLineId: 'nope' }, 'input.budgetLineId', 'validation.invalid_id'],
  ])('refuses %s with a typed error on the field, writing nothing', async (_, change, path, key) => {
    const spent = await ok(m.spend, { i: { budgetLineId: line11, date: '2007-05-01', amount: 100 } });
    const before = await state();
    const r = await fx.api.gql(staff, m.fix, { i: { id: spent.id, version: 1, ...change } });
    expect(errorOf(r)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(r).fields).toContainEqual(expect.objectContaining({ path, ...(key ? { key } : {}) }));
    expect(await state()).toEqual(before);
    expect((await fx.ok(AUDIT, { t: 'Expenditure', id: spent.id })).nodes.map((e: any) => e.action)).toEqual(['CREATE']);
  });

  it('an unknown expenditure is NOT_FOUND', async () => {
    expect(errorOf(await fx.api.gql(staff, m.fix, { i: { id: `${P}~missing`, version: 1, amount: 5 } })).code).toBe('NOT_FOUND');
  });

  it('refuses a raise past the ceiling of exact report figures; a lowering always applies', async () => {
    await fx.newProgram('p-fix-ceiling');
    const { id: line } = await ok(m.line, { i: { programId: 'p-fix-ceiling', objectiveCode: '1.1', label: 'Big', planned: 1 } });
    const spent = await ok(m.spend, { i: { budgetLineId: line, date: '2007-01-01', amount: 5 } });
    const key = { programId: 'p-fix-ceiling', month: 'total', bucket: 'total' };
    await ProgramStat.update(key)
      .add({ expenditure: MONEY_TOTAL_MAX - 15 })
      .go();
    expect(errorOf(await fx.api.gql(staff, m.fix, { i: { id: spent.id, version: 1, amount: 16 } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'input.amount', key: 'validation.program_total' })],
    });
    expect((await ProgramStat.get(key).go()).data!.expenditure).toBe(MONEY_TOTAL_MAX - 10);
    await ok(m.fix, { i: { id: spent.id, version: 1, amount: 15 } });
    expect((await ProgramStat.get(key).go()).data!.expenditure).toBe(MONEY_TOTAL_MAX);
    await ok(m.fix, { i: { id: spent.id, version: 2, amount: 1 } });
    expect((await ProgramStat.get(key).go()).data!.expenditure).toBe(MONEY_TOTAL_MAX - 14);
  });

  it('donors, partners and case workers get FORBIDDEN and nothing changes', async () => {
    const spent = await ok(m.spend, { i: { budgetLineId: line11, date: '2007-07-01', amount: 100 } });
    const before = await state();
    const donor = { ...identity('donor', fx.donorOrg), programIds: [P] };
    const partner = { ...identity('partner', fx.partnerOrg), programIds: [P] };
    for (const who of [donor, partner, identity('caseworker')])
      expect(errorOf(await fx.api.gql(who, m.fix, { i: { id: spent.id, version: 1, amount: 1 } })).code).toBe('FORBIDDEN');
    expect(await state()).toEqual(before);
  });
});
