import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '#platform/context';
import { mergedList, type Range, type Source } from '#modules/records/mergedList';

const { readMerged } = mergedList('startDate');

// Offline: a donor's list merges partitions sorted by (start date, id); in-memory sources stand in for them.
const ctx = createContext({ username: 'donor', displayName: 'd', role: 'donor', organizationId: 'org-d', programIds: ['p1'] }, 'r');
type Row = { id: string; startDate: string };
const cmp = (a: Row, b: Row) =>
  a.startDate !== b.startDate ? (a.startDate < b.startDate ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** A partition: rows in key order, read after the range's boundary (inclusive, as BETWEEN is), `limit` at a time. */
function source(rows: Row[]): Source<Row> {
  const sorted = [...rows].sort(cmp);
  return (r: Range) => ({
    go: async ({ limit, order }) => {
      const inRange = sorted.filter(
        (a) =>
          (!r.from || a.startDate >= r.from) &&
          (!r.upTo || a.startDate < r.upTo) &&
          (!r.boundary ||
            (order === 'desc'
              ? cmp(a, { startDate: r.boundary[0], id: r.boundary[1] }) <= 0
              : cmp(a, { startDate: r.boundary[0], id: r.boundary[1] }) >= 0)),
      );
      const ordered = order === 'desc' ? inRange.reverse() : inRange;
      const data = ordered.slice(0, limit);
      return { data, cursor: ordered.length > limit ? 'more' : null };
    },
  });
}

async function readAll(sources: Source<Row>[], keep: (a: Row) => boolean, first: number, order: 'asc' | 'desc') {
  const out: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 200; page++) {
    const p: { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = await readMerged(ctx, 'test', sources, keep, {
      first,
      after,
      order,
    });
    expect(p.nodes.length).toBeLessThanOrEqual(first);
    out.push(...p.nodes.map((n) => n.id));
    if (!p.pageInfo.hasNextPage) return out;
    after = p.pageInfo.endCursor;
  }
  throw new Error('no end');
}

const row = (startDate: string, id: string): Row => ({ startDate, id });

describe('merged list (donors)', () => {
  it('returns the rows of every partition in order, an agreement in two of them once', async () => {
    const signed = [row('2006-10-01', 'a'), row('2009-01-15', 'e')];
    const program = [row('2006-10-01', 'a'), row('2007-06-01', 'b'), row('2007-06-01', 'c'), row('2008-01-03', 'd')];
    expect(await readAll([source(signed), source(program)], () => true, 2, 'desc')).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(await readAll([source(signed), source(program)], () => true, 3, 'asc')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('a cursor from another list or caller is refused', async () => {
    const p = await readMerged(ctx, 'test', [source([row('2006-01-01', 'a'), row('2007-01-01', 'b')])], () => true, {
      first: 1,
      order: 'desc',
    });
    await expect(readMerged(ctx, 'other', [], () => true, { first: 1, after: p.pageInfo.endCursor, order: 'desc' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('pages through any partitions, overlaps, filters and page sizes without skipping or repeating a row', async () => {
    const ids = fc.constantFrom(...'abcdefghijklmnop'.split(''));
    const dates = fc.constantFrom('2006-01-01', '2006-06-01', '2007-01-01', '2008-01-01');
    const agreement = fc.tuple(dates, ids).map(([d, id]) => row(d, id));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uniqueArray(agreement, { selector: (a) => a.id, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.subarray('abcdefghijklmnop'.split('')),
        async (partitions, first, order, hidden) => {
          // One agreement has one start date: the same id in two partitions is the same agreement.
          const dateOf = new Map<string, string>();
          const consistent = partitions.map((p) =>
            p.map((a) => {
              if (!dateOf.has(a.id)) dateOf.set(a.id, a.startDate);
              return { ...a, startDate: dateOf.get(a.id)! };
            }),
          );
          const keep = (a: Row) => !hidden.includes(a.id);
          const expected = [...new Map(consistent.flat().map((a) => [a.id, a])).values()]
            .filter(keep)
            .sort((a, b) => (order === 'desc' ? -1 : 1) * cmp(a, b))
            .map((a) => a.id);
          expect(await readAll(consistent.map(source), keep, first, order)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
