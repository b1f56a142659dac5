import type { RequestContext } from '#platform/context';
import { openCursor } from '#platform/cursor';
import { badInput } from '#platform/errors';
import { pageSize, sealedPage, type Page } from '#platform/paging';
import { problem } from '@ruta/schema/problems';
import type { ScholarshipRecord } from '#modules/scholarship/entity';

/** Where a page stopped: the award date and id of its last scholarship (every source is sorted by both). */
export type Boundary = readonly [awardedOn: string, id: string];

/** The award-date key range one source reads: after the boundary, within the filter's start range. */
export interface Range {
  order: 'asc' | 'desc';
  /** Exclusive: the last scholarship of the previous page. */
  boundary: Boundary | null;
  /** Inclusive lower award date. */
  from?: string;
  /** Exclusive upper award date (the day after `startTo`). */
  upTo?: string;
}

type Row = ScholarshipRecord;

interface Runnable {
  go(o: { limit: number; order: 'asc' | 'desc'; pages: number }): Promise<{ data: Row[]; cursor: string | null }>;
}

/** An ElectroDB query on a (awardedOn, id) sort key, before its range is chosen. */
export interface RangeQuery extends Runnable {
  between(a: object, b: object): Runnable;
  gte(a: object): Runnable;
  gt(a: object): Runnable;
  lt(a: object): Runnable;
}

/** One partition sorted by (award date, id) — party copies of an organization, program copies of a program. */
export type Source = (range: Range) => Runnable;

const MAX_ROUNDS = 3;

const keyOf = (a: Pick<ScholarshipRecord, 'awardedOn' | 'id'>): Boundary => [a.awardedOn, a.id];
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
 * (A copy of partnerAgreement/mergedList.ts, on the award date.) One list over several
 * partitions sorted alike — an organization's scholarships are those it sponsors and those it
 * implements; a list without filter merges the programs — merged by (award date, id), a scholarship in
 * two of them returned once. Each round reads one page of every source after the boundary; what
 * every source has read past is certain and returned in order, and the cursor is the last scholarship
 * returned, so each source resumes with a key condition (no skipped or repeated rows, however the
 * sources interleave). `keep` applies the list's other filters. Costs one Query per source per round,
 * at most three rounds a page.
 */
export async function readMerged(
  ctx: RequestContext,
  list: string,
  sources: readonly Source[],
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

/** The ElectroDB key condition of a range on a (awardedOn, id) sort key. */
export function rangeOf(query: RangeQuery, r: Range): Runnable {
  const at = r.boundary ? { awardedOn: r.boundary[0], id: r.boundary[1] } : undefined;
  if (r.order === 'desc') {
    const upper = at ?? (r.upTo ? { awardedOn: r.upTo } : undefined);
    // between includes a boundary row: readMerged drops it.
    if (r.from && upper) return query.between({ awardedOn: r.from }, upper);
    if (r.from) return query.gte({ awardedOn: r.from });
    if (upper) return query.lt(upper);
    return query;
  }
  const lower = at ?? (r.from ? { awardedOn: r.from } : undefined);
  if (lower && r.upTo) return query.between(lower, { awardedOn: r.upTo });
  if (at) return query.gt(at);
  if (lower) return query.gte(lower);
  if (r.upTo) return query.lt({ awardedOn: r.upTo });
  return query;
}
