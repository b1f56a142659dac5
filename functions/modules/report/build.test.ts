import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorUnit } from '@ruta/schema/generated/types';
import type { ProgramStatRecord } from '#modules/aggregates/entity';
import type {
  BudgetLineRecord,
  IndicatorRecord,
  IndicatorValueRecord,
  ObjectiveRecord,
  ObservationRecord,
} from '#modules/framework/entity';
import type { ProgramRecord } from '#modules/program/entity';
import { buildReport, feeOf, type ReportInputs } from '#modules/report/build';

// Offline: the report computed from what the read step returns. The connected suite checks the same
// numbers end to end for a few random programs; the arithmetic is proven here.

const tracked = { version: 1, createdAt: '2006-10-01T00:00:00.000Z', updatedAt: '2006-10-01T00:00:00.000Z', createdBy: 'staff' };
const P = 'p';

const program = (over: Partial<ProgramRecord> = {}): ProgramRecord => ({
  id: P,
  name: 'Combating Trafficking',
  country: 'EC',
  donorIds: ['usaid'],
  implementerId: 'iom',
  startDate: '2006-10-01',
  originalEndDate: '2007-09-30',
  currency: 'USD',
  adminFeeRateBps: 1000,
  originalDeclaredTotal: 2000,
  modifications: [],
  ...tracked,
  ...over,
});
const objective = (code: string, title = `Objective ${code}`): ObjectiveRecord => ({ programId: P, code, title, ...tracked });
const line = (localId: string, objectiveCode: string | undefined, planned: number, label = localId): BudgetLineRecord => ({
  programId: P,
  localId,
  objectiveCode,
  label,
  planned,
  ...tracked,
});
const stat = (month: string, bucket: string, counters: { expenditure?: number; agreementsSigned?: number }): ProgramStatRecord => ({
  programId: P,
  month,
  bucket,
  ...counters,
});
const manual = (localId: string, objectiveCode: string, unit: IndicatorUnit, target: number): IndicatorRecord => ({
  programId: P,
  localId,
  objectiveCode,
  name: localId,
  unit,
  target,
  source: 'MANUAL',
  ...tracked,
});
const computed = (
  localId: string,
  objectiveCode: string,
  metric: 'AGREEMENTS_SIGNED' | 'EXPENDITURE',
  target: number,
): IndicatorRecord => ({
  programId: P,
  localId,
  objectiveCode,
  name: localId,
  unit: metric === 'EXPENDITURE' ? 'CURRENCY' : 'COUNT',
  target,
  source: 'COMPUTED',
  metric,
  ...tracked,
});
const value = (localId: string, period: string, v: number): IndicatorValueRecord => ({
  programId: P,
  period,
  indicatorId: `${P}~${localId}`,
  value: v,
  updatedAt: '2007-04-01T00:00:00.000Z',
});
const observation = (objectiveCode: string, period: string, text: string): ObservationRecord => ({
  programId: P,
  period,
  objectiveCode,
  text,
  updatedAt: '2007-04-01T00:00:00.000Z',
});

describe('buildReport on a hand-computed program', () => {
  // Objectives, deliberately out of order; '10' must sort after '2' and must not count under '1'.
  const inputs: ReportInputs = {
    program: program({
      adminFeeRateBps: 1000,
      modifications: [
        { number: 1, description: 'More money', newEndDate: '2008-03-31', newDeclaredTotal: 1500 },
        { number: 2, description: 'More time', newEndDate: '2009-07-31' },
      ],
    }),
    objectives: ['2.1', '10', '1.2', '0', '1', '2', '1.1'].map((c) => objective(c)),
    budgetLines: [
      line('L1', '1.1', 1000),
      line('L2', '1.2', 500),
      line('L3', '2', 300),
      line('L4', undefined, 200, 'Campaign'),
      line('L5', undefined, 100, 'Audit'),
    ],
    stats: [
      stat('2007-01', '1.1', { expenditure: 400, agreementsSigned: 2 }),
      stat('2007-02', '1.1', { expenditure: 100 }),
      stat('2007-02', '1.2', { expenditure: 250, agreementsSigned: 1 }),
      stat('2007-02', '1', { agreementsSigned: 1 }),
      stat('2007-01', '2.1', { expenditure: 75 }),
      stat('2007-03', '10', { expenditure: 30, agreementsSigned: 5 }),
      stat('2007-01', `line:${P}~L4`, { expenditure: 60 }),
    ],
    indicators: [
      computed('signed', '1', 'AGREEMENTS_SIGNED', 4),
      computed('spent', '0', 'EXPENDITURE', 1000),
      manual('people', '2', 'COUNT', 10),
      manual('share', '2.1', 'PERCENT', 80),
      manual('law', '1.2', 'YES_NO', 1),
      manual('extra', '1.1', 'COUNT', 0),
      manual('money', '10', 'CURRENCY', 100),
    ],
    values: [
      value('people', '2007-01', 3),
      value('people', '2007-03', 4),
      value('people', '2007-02', 2),
      value('share', '2007-03', 60),
      value('share', '2007-01', 20),
      value('share', '2007-02', 90),
      value('law', '2007-01', 1),
      value('law', '2007-02', 0),
      value('extra', '2007-02', 5),
    ],
    observations: [observation('1', '2007-02', 'second'), observation('1', '2007-01', 'first'), observation('2', '2007-03', 'only')],
  };
  const report = buildReport(inputs, '2007-01-01', '2007-03-31');
  const row = (code: string) => report.rows.find((r) => r.code === code)!;
  const indicator = (code: string, name: string) => row(code).indicators.find((i) => i.name === name)!;

  it('says which program and period it is', () => {
    expect(report).toMatchObject({
      programId: P,
      programName: 'Combating Trafficking',
      currency: 'USD',
      from: '2007-01-01',
      to: '2007-03-31',
    });
  });

  it('has one row per objective, sorted as codes, with level and title', () => {
    expect(report.rows.map((r) => [r.code, r.level])).toEqual([
      ['0', 'OVERALL'],
      ['1', 'SPECIFIC'],
      ['1.1', 'ACTIVITY'],
      ['1.2', 'ACTIVITY'],
      ['2', 'SPECIFIC'],
      ['2.1', 'ACTIVITY'],
      ['10', 'SPECIFIC'],
    ]);
    expect(row('1.2').title).toBe('Objective 1.2');
  });

  it("costs each objective with its own and its activities' spending, the overall row without other costs", () => {
    expect(Object.fromEntries(report.rows.map((r) => [r.code, r.cost]))).toEqual({
      '0': 855,
      '1': 750,
      '1.1': 500,
      '1.2': 250,
      '2': 75,
      '2.1': 75,
      '10': 30,
    });
  });

  it("plans each objective with its own and its activities' budget lines", () => {
    expect(Object.fromEntries(report.rows.map((r) => [r.code, r.planned]))).toEqual({
      '0': 1800,
      '1': 1500,
      '1.1': 1000,
      '1.2': 500,
      '2': 300,
      '2.1': 0,
      '10': 0,
    });
  });

  it('lists budget lines outside objectives as other costs, spent or not', () => {
    expect(report.otherCosts).toEqual([
      { label: 'Campaign', planned: 200, cost: 60 },
      { label: 'Audit', planned: 100, cost: 0 },
    ]);
  });

  it('adds the fee to the subtotal, rounding half a minor unit up, and compares with the declared total after modifications', () => {
    expect(report.subtotal).toBe(915); // 855 in objectives + 60 of other costs
    expect(report.adminFeeRateBps).toBe(1000);
    expect(report.adminFee).toBe(92); // 10 % of 915 = 91.5
    expect(report.total).toBe(1007);
    expect(report.declaredTotal).toBe(1500); // modification 1 sets it, modification 2 leaves it
    expect(report.difference).toBe(493);
  });

  it('computes indicators from the aggregates: agreements signed and spending within the objective', () => {
    expect(indicator('1', 'signed')).toEqual({
      indicatorId: 'p~signed',
      name: 'signed',
      unit: 'COUNT',
      target: 4,
      actual: 4,
      percentAchieved: 100,
    });
    expect(indicator('0', 'spent')).toMatchObject({ actual: 855, percentAchieved: 85.5 });
  });

  it('sums manual counts over the period, takes the latest percent and yes/no', () => {
    expect(indicator('2', 'people')).toMatchObject({ unit: 'COUNT', actual: 9, percentAchieved: 90 });
    expect(indicator('2.1', 'share')).toMatchObject({ unit: 'PERCENT', actual: 60, percentAchieved: 75 });
    expect(indicator('1.2', 'law')).toMatchObject({ unit: 'YES_NO', actual: 0, percentAchieved: 0 });
  });

  it('has no achievement without a target, and no actual without values', () => {
    expect(indicator('1.1', 'extra')).toMatchObject({ actual: 5, percentAchieved: null });
    expect(indicator('10', 'money')).toMatchObject({ actual: null, percentAchieved: null });
  });

  it("lists each objective's observations in period order", () => {
    expect(row('1').observations).toEqual(['first', 'second']);
    expect(row('2').observations).toEqual(['only']);
    expect(row('1.1').observations).toEqual([]);
  });

  it('is all zeros for a period without aggregates', () => {
    const empty = buildReport({ ...inputs, stats: [], values: [], observations: [] }, '2010-01-01', '2010-01-31');
    expect(empty.rows.map((r) => r.cost)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(empty).toMatchObject({ subtotal: 0, adminFee: 0, total: 0, difference: 1500 });
    expect(empty.rows.flatMap((r) => r.indicators).map((i) => i.actual)).toEqual([0, 0, null, null, null, null, null]);
  });
});

// ─── Property: the totals are the sums of the aggregates, for any framework ─────────────────────

/** The codes an aggregate bucket counts under: itself, each code above it, and the overall '0'. */
function ancestors(code: string): string[] {
  const parts = code.split('.');
  return ['0', ...parts.map((_, i) => parts.slice(0, i + 1).join('.'))];
}

/** A framework: '0' or not, specific objectives 1–12 and activities below some of them. */
const codes = fc
  .record({
    overall: fc.boolean(),
    specific: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 5 }),
    activities: fc.array(
      fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined })),
      { maxLength: 6 },
    ),
  })
  .map(({ overall, specific, activities }) => {
    const out = new Set(specific.map(String));
    for (const [which, n, sub] of activities) {
      const parent = String(specific[which % specific.length]);
      out.add(`${parent}.${n}`);
      if (sub) out.add(`${parent}.${n}.${sub}`);
    }
    // A sub-activity needs its activity: it was added with it above.
    return [...(overall ? ['0'] : []), ...out];
  });

// Up to the per-amount ceiling (10^12): subtotal × rate then passes 2^53, where a float fee would be off.
const amount = fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 }));
const scenario = codes
  .chain((objectiveCodes) => {
    const withoutOverall = objectiveCodes.filter((c) => c !== '0');
    return fc.record({
      objectiveCodes: fc.constant(objectiveCodes),
      lines: fc.array(fc.record({ objectiveCode: fc.option(fc.constantFrom(...objectiveCodes), { nil: undefined }), planned: amount }), {
        maxLength: 8,
      }),
      stats: fc.array(
        fc.record({
          target: fc.oneof(
            fc.constantFrom(...withoutOverall).map((code) => ({ code })),
            fc.nat().map((line) => ({ line })),
          ),
          month: fc.constantFrom('2007-01', '2007-02', '2008-12'),
          expenditure: fc.option(amount, { nil: undefined }),
          agreementsSigned: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        }),
        { maxLength: 25 },
      ),
      bps: fc.integer({ min: 0, max: 10_000 }),
      declared: fc.integer({ min: 0, max: 1_000_000_000_000 }),
    });
  })
  .map(({ objectiveCodes, lines, stats, bps, declared }) => {
    const budgetLines = lines.map((l, i) => line(`L${i}`, l.objectiveCode, l.planned));
    const outside = budgetLines.filter((b) => !b.objectiveCode);
    // Spending outside objectives goes to a line outside objectives; with none, to an objective.
    const bucketOf = (t: { code?: string; line?: number }) =>
      t.line !== undefined && outside.length
        ? `line:${P}~${outside[t.line % outside.length]!.localId}`
        : (t.code ?? objectiveCodes.find((c) => c !== '0')!);
    const inputs: ReportInputs = {
      program: program({ adminFeeRateBps: bps, originalDeclaredTotal: declared }),
      objectives: objectiveCodes.map((c) => objective(c)),
      indicators: objectiveCodes.flatMap((c) => [computed(`e${c}`, c, 'EXPENDITURE', 1), computed(`a${c}`, c, 'AGREEMENTS_SIGNED', 1)]),
      budgetLines,
      stats: stats.map((s) => stat(s.month, bucketOf(s.target), { expenditure: s.expenditure, agreementsSigned: s.agreementsSigned })),
      values: [],
      observations: [],
    };
    return inputs;
  });

describe('buildReport, for any framework and aggregates', () => {
  const total = (stats: ProgramStatRecord[], pick: (s: ProgramStatRecord) => number | undefined) =>
    stats.reduce((a, s) => a + (pick(s) ?? 0), 0);

  it('costs every row with the spending of the buckets at or below its code', () => {
    fc.assert(
      fc.property(scenario, (inputs) => {
        const report = buildReport(inputs, '2007-01-01', '2008-12-31');
        expect(report.rows.map((r) => r.code).sort()).toEqual(inputs.objectives.map((o) => o.code).sort());
        for (const row of report.rows) {
          const mine = inputs.stats.filter((s) => !s.bucket.startsWith('line:') && ancestors(s.bucket).includes(row.code));
          expect(row.cost).toBe(total(mine, (s) => s.expenditure));
          const [spent, signed] = row.indicators;
          expect(spent!.actual).toBe(row.cost);
          expect(signed!.actual).toBe(total(mine, (s) => s.agreementsSigned));
          const planned = inputs.budgetLines.filter((b) => b.objectiveCode && ancestors(b.objectiveCode).includes(row.code));
          expect(row.planned).toBe(planned.reduce((a, b) => a + b.planned, 0));
        }
      }),
    );
  });

  it('subtotal is all spending; specific objectives and other costs share it out exactly', () => {
    fc.assert(
      fc.property(scenario, (inputs) => {
        const report = buildReport(inputs, '2007-01-01', '2008-12-31');
        expect(report.subtotal).toBe(total(inputs.stats, (s) => s.expenditure));
        const specific = report.rows.filter((r) => r.level === 'SPECIFIC').reduce((a, r) => a + r.cost, 0);
        expect(specific + report.otherCosts.reduce((a, o) => a + o.cost, 0)).toBe(report.subtotal);
        expect(report.otherCosts).toHaveLength(inputs.budgetLines.filter((b) => !b.objectiveCode).length);
        const overall = report.rows.find((r) => r.code === '0');
        if (overall) expect(overall.cost).toBe(specific);
      }),
    );
  });

  it('rounds the fee exactly where subtotal × rate passes 2^53', () => {
    expect(feeOf(1_000_000_000_000_050, 700)).toBe(70_000_000_000_004);
    expect(feeOf(1_000_000_005_001, 9999)).toBe(999_900_005_000);
    expect(feeOf(915, 1000)).toBe(92);
  });

  it('total = subtotal + fee (the rate of the subtotal to the nearest minor unit); difference = declared − total', () => {
    fc.assert(
      fc.property(scenario, (inputs) => {
        const r = buildReport(inputs, '2007-01-01', '2008-12-31');
        // Exact in integers: fee = round(subtotal × bps / 10000), halves up.
        const scaled = BigInt(r.subtotal) * BigInt(inputs.program.adminFeeRateBps);
        const fee = Number(scaled / 10_000n + ((scaled % 10_000n) * 2n >= 10_000n ? 1n : 0n));
        expect(r.adminFee).toBe(fee);
        expect(r.total).toBe(r.subtotal + r.adminFee);
        expect(r.declaredTotal).toBe(inputs.program.originalDeclaredTotal);
        expect(r.difference).toBe(r.declaredTotal - r.total);
        for (const n of [r.subtotal, r.adminFee, r.total, r.difference]) expect(Number.isSafeInteger(n)).toBe(true);
      }),
    );
  });
});
