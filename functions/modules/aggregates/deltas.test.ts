import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectTable } from '#platform/store';
import { statChanges, statSteps, type Contribution, type StatChange } from '#modules/aggregates/deltas';
import { STAT_COUNTERS } from '#modules/aggregates/entity';

// Offline: how contributions before and after a change fold into aggregate writes.
const c = (bucket: string, counter: Contribution['counter'], amount: number, month = '2007-03', programId = 'p'): Contribution => ({
  programId,
  month,
  bucket,
  counter,
  amount,
});

/** What a set of contributions sums to, per aggregate item and counter (zeros left out). */
function sums(contributions: readonly Contribution[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of contributions) {
    const key = `${x.programId}|${x.month}|${x.bucket}|${x.counter}`;
    out.set(key, (out.get(key) ?? 0) + x.amount);
  }
  return new Map([...out].filter(([, v]) => v !== 0));
}

/** The sums after adding each change's counters, as the aggregate writes do. */
function applied(start: Map<string, number>, changes: readonly StatChange[]): Map<string, number> {
  const out = new Map(start);
  for (const ch of changes) {
    for (const [counter, amount] of Object.entries(ch.add)) {
      const key = `${ch.programId}|${ch.month}|${ch.bucket}|${counter}`;
      out.set(key, (out.get(key) ?? 0) + amount!);
    }
  }
  return new Map([...out].filter(([, v]) => v !== 0));
}

const sorted = (changes: StatChange[]) =>
  [...changes].sort((a, b) => `${a.programId}|${a.month}|${a.bucket}`.localeCompare(`${b.programId}|${b.month}|${b.bucket}`));

const contribution = fc.record({
  programId: fc.constantFrom('p', 'q'),
  month: fc.constantFrom('2006-12', '2007-01', '2007-02'),
  bucket: fc.constantFrom('1', '1.1', '2', 'line:p~b1'),
  counter: fc.constantFrom(...STAT_COUNTERS),
  amount: fc.integer({ min: -1_000_000, max: 1_000_000 }),
});
const contributions = fc.array(contribution, { maxLength: 12 });

describe('statChanges', () => {
  it('folds everything that lands on one item into one change', () => {
    expect(statChanges([], [c('1', 'expenditure', 100), c('1', 'expenditure', 50)])).toEqual([
      { programId: 'p', month: '2007-03', bucket: '1', add: { expenditure: 150 } },
    ]);
  });

  it('subtracts what a record contributed before', () => {
    expect(statChanges([c('1', 'expenditure', 100)], [c('1', 'expenditure', 30)])).toEqual([
      { programId: 'p', month: '2007-03', bucket: '1', add: { expenditure: -70 } },
    ]);
    expect(statChanges([c('1', 'expenditure', 100)], [])).toEqual([
      { programId: 'p', month: '2007-03', bucket: '1', add: { expenditure: -100 } },
    ]);
  });

  it('drops what cancels out: an unchanged record writes nothing', () => {
    const same = [c('1', 'expenditure', 100), c('1', 'agreementsSigned', 1), c('2', 'agreementsSigned', 1)];
    expect(statChanges(same, same)).toEqual([]);
    expect(statChanges(same, [...same].reverse())).toEqual([]);
  });

  it('drops a counter that cancels out but keeps the other counters of the item', () => {
    expect(statChanges([c('1', 'expenditure', 100)], [c('1', 'expenditure', 100), c('1', 'agreementsSigned', 1)])).toEqual([
      { programId: 'p', month: '2007-03', bucket: '1', add: { agreementsSigned: 1 } },
    ]);
  });

  it('keeps several counters of one item in one change', () => {
    expect(statChanges([c('1', 'agreementsSigned', 1)], [c('1', 'expenditure', 20)])).toEqual([
      { programId: 'p', month: '2007-03', bucket: '1', add: { agreementsSigned: -1, expenditure: 20 } },
    ]);
  });

  it('keeps items apart by program, month and bucket', () => {
    const moved = statChanges([c('1', 'expenditure', 5, '2007-01')], [c('1', 'expenditure', 5, '2007-02')]);
    expect(sorted(moved)).toEqual([
      { programId: 'p', month: '2007-01', bucket: '1', add: { expenditure: -5 } },
      { programId: 'p', month: '2007-02', bucket: '1', add: { expenditure: 5 } },
    ]);
    expect(statChanges([c('1', 'expenditure', 5, '2007-01', 'p')], [c('1', 'expenditure', 5, '2007-01', 'q')])).toHaveLength(2);
    expect(statChanges([c('1', 'expenditure', 5)], [c('1.1', 'expenditure', 5)])).toHaveLength(2);
  });

  it('applying changes(before, after) to the sums of before gives the sums of after', () => {
    fc.assert(
      fc.property(contributions, contributions, (before, after) => {
        expect(applied(sums(before), statChanges(before, after))).toEqual(sums(after));
      }),
    );
  });

  it('touches each item at most once and never writes a zero', () => {
    fc.assert(
      fc.property(contributions, contributions, (before, after) => {
        const changes = statChanges(before, after);
        const keys = changes.map((x) => `${x.programId}|${x.month}|${x.bucket}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const x of changes) {
          expect(Object.keys(x.add).length).toBeGreaterThan(0);
          expect(Object.values(x.add)).not.toContain(0);
        }
      }),
    );
  });

  it('does not depend on the order of the contributions', () => {
    fc.assert(
      fc.property(contributions, contributions, fc.func(fc.integer()), fc.func(fc.integer()), (before, after, rankBefore, rankAfter) => {
        const shuffle = (xs: Contribution[], rank: (x: Contribution) => number) =>
          xs
            .map((x) => [rank(x), x] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, x]) => x);
        expect(sorted(statChanges(shuffle(before, rankBefore), shuffle(after, rankAfter)))).toEqual(sorted(statChanges(before, after)));
      }),
    );
  });
});

describe('statSteps', () => {
  it('writes one ADD per changed aggregate item, nothing for a no-op', () => {
    connectTable(
      {
        send: async () => {
          throw new Error('offline');
        },
      } as unknown as DynamoDBDocumentClient,
      'unit',
    );
    expect(statSteps([c('1', 'expenditure', 7)], [c('1', 'expenditure', 7)])).toEqual([]);
    const steps = statSteps([c('1', 'expenditure', 7)], [c('1', 'expenditure', 10), c('2', 'agreementsSigned', 1)]);
    const updates = steps.map(
      (s) => s.op.Update as { Key: Record<string, string>; UpdateExpression: string; ExpressionAttributeValues: Record<string, unknown> },
    );
    expect(updates.map((u) => u.Key)).toEqual([
      { pk: expect.stringContaining('programid_p'), sk: expect.stringMatching(/month_2007-03#bucket_1$/) },
      { pk: expect.stringContaining('programid_p'), sk: expect.stringMatching(/month_2007-03#bucket_2$/) },
    ]);
    expect(updates[0]!.UpdateExpression).toMatch(/ADD #expenditure/);
    expect(Object.values(updates[0]!.ExpressionAttributeValues)).toContain(3);
    expect(updates[1]!.UpdateExpression).toMatch(/ADD #agreementsSigned/);
  });
});
