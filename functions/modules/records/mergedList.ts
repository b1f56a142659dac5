import type { RequestContext } from '#platform/context';
import { openCursor } from '#platform/cursor';
import { badInput } from '#platform/errors';
import { pageSize, sealedPage, type Page } from '#platform/paging';
import { problem } from '@ruta/schema/problems';

/** Where a page stopped: the sort date and id of its last row (every source is sorted by both). */
export type Boundary = readonly [date: string, id: string];

/** The date key range one source reads: after the boundary, within the filter's date range. */
export interface Range {
  order: 'asc' | 'desc';
  /** Exclusive: the last row of the previous page. */
  boundary: Boundary | null;
  /** Inclusive lower date. */
  from?: string;
  /** Exclusive upper date (the day after the filter's last day). */
  upTo?: string;
}

interface Runnable<Row> {
  go(o: { limit: number; order: 'asc' | 'desc'; pages: number }): Promise<{ data: Row[]; cursor: string | null }>;
}

/** An ElectroDB query on a (date, id) sort key, before its range is chosen. */
export interface RangeQuery<Row = never> extends Runnable<Row> {
  between(a: object, b: object): Runnable<Row>;
  gte(a: object): Runnable<Row>;
  gt(a: object): Runnable<Row>;
  lt(a: object): Runnable<Row>;
}

/** One partition sorted by (date, id) — an organization's copies, a program's copies or records. */
export type Source<Row> = (range: Range) => Runnable<Row>;

const MAX_ROUNDS = 3;

const compare = (a: Boundary, b: Boundary) => (a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

function readBoundary(payload: string | null): Boundary | null {
  if (payload === null) return null;
  const parsed: unknown = JSON.parse(payload);
  if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((p) => typeof p === 'string')) {
    throw badInput([problem('after', 'validation.invalid')]);
  }
  return parsed as unknown as Boundary;
}

/**
 * Lists over several partitions sorted alike by a date field and the id — `field` names the date
 * (`startDate` for agreements: a donor's party copies and its programs' copies; `awardedOn` for
 * scholarships: an organization's sponsored and implemented ones, or every program's).
 */
export function mergedList<F extends string>(field: F) {
  type Keyed = { id: string } & Record<F, string>;
  const keyOf = (a: Keyed): Boundary => [a[field], a.id];
  const at = (date: string, id?: string) => (id === undefined ? { [field]: date } : { [field]: date, id });

  /**
   * One list over several partitions merged by (date, id), a row in two of them returned once. Each
   * round reads one page of every source after the boundary; what every source has read past is
   * certain and returned in order, and the cursor is the last row returned, so each source resumes
   * with a key condition (no skipped or repeated rows, however the sources interleave). `keep` applies
   * the list's other filters. Costs one Query per source per round, at most three rounds a page.
   */
  async function readMerged<Row extends Keyed>(
    ctx: RequestContext,
    list: string,
    sources: readonly Source<Row>[],
    keep: (a: Row) => boolean,
    req: { first?: number | null; after?: string | null; order: 'asc' | 'desc'; from?: string; upTo?: string },
  ): Promise<Page<Row>> {
    const limit = pageSize(req.first);
    const desc = req.order === 'desc';
    const before = (a: Boundary, b: Boundary) => (desc ? compare(a, b) > 0 : compare(a, b) < 0);
    let boundary = readBoundary(openCursor(ctx, list, req.after));
    const nodes: Row[] = [];
    let more = true;
    for (let round = 0; round < MAX_ROUNDS && more && nodes.length < limit; round++) {
      const range: Range = { order: req.order, boundary, ...(req.from ? { from: req.from } : {}), ...(req.upTo ? { upTo: req.upTo } : {}) };
      // One row more than a page: a BETWEEN may return the boundary row itself, which is dropped.
      const reads = await Promise.all(sources.map((s) => s(range).go({ limit: limit + 1, order: req.order, pages: 1 })));
      // A source with more to read is only known up to its last row: rows beyond it wait for the next round.
      const frontiers = reads.filter((r) => r.cursor && r.data.length).map((r) => keyOf(r.data[r.data.length - 1]!));
      const frontier = frontiers.length ? frontiers.reduce((a, b) => (before(a, b) ? a : b)) : null;
      const seen = new Set<string>();
      const rows = reads
        .flatMap((r) => r.data)
        .filter((a) => (!boundary || before(boundary, keyOf(a))) && (!frontier || !before(frontier, keyOf(a))))
        .sort((a, b) => (desc ? -1 : 1) * compare(keyOf(a), keyOf(b)))
        .filter((a) => !seen.has(a.id) && seen.add(a.id));
      more = frontier !== null;
      for (const a of rows) {
        boundary = keyOf(a);
        if (keep(a)) nodes.push(a);
        if (nodes.length === limit) {
          more = more || a !== rows[rows.length - 1];
          break;
        }
      }
      if (nodes.length < limit && frontier) boundary = frontier;
    }
    return sealedPage(ctx, list, nodes, more && boundary ? JSON.stringify(boundary) : null);
  }

  /** The ElectroDB key condition of a range on a (date, id) sort key. */
  function rangeOf<Row>(query: RangeQuery<Row>, r: Range): Runnable<Row> {
    const last = r.boundary ? at(r.boundary[0], r.boundary[1]) : undefined;
    if (r.order === 'desc') {
      const upper = last ?? (r.upTo ? at(r.upTo) : undefined);
      // between includes a boundary row: readMerged drops it.
      if (r.from && upper) return query.between(at(r.from), upper);
      if (r.from) return query.gte(at(r.from));
      if (upper) return query.lt(upper);
      return query;
    }
    const lower = last ?? (r.from ? at(r.from) : undefined);
    if (lower && r.upTo) return query.between(lower, at(r.upTo));
    if (last) return query.gt(last);
    if (lower) return query.gte(lower);
    if (r.upTo) return query.lt(at(r.upTo));
    return query;
  }

  /** A source of one ElectroDB query (its rows typed as `Row`). */
  const source =
    <Row>(query: unknown): Source<Row> =>
    (r) =>
      rangeOf(query as RangeQuery<Row>, r);

  return { readMerged, rangeOf, source };
}
