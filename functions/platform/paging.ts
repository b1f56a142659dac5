import { problem } from '@ruta/schema/problems';
import type { RequestContext } from '#platform/context';
import { openCursor, sealCursor } from '#platform/cursor';
import { badInput } from '#platform/errors';

export const DEFAULT_PAGE = 25;
export const MAX_PAGE = 100;
/** Filter expressions can leave a page short; read at most this many DynamoDB pages to fill it. */
const MAX_FILTERED_READS = 3;

/** Page size from `first`: 1–100, BAD_USER_INPUT outside. */
export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw badInput([problem('first', 'validation.invalid')], `first must be between 1 and ${MAX_PAGE}`);
  }
  return n;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const emptyPage = <T>(): Page<T> => ({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });

/** The part of an ElectroDB query a page needs, whichever entity and index it reads. */
export interface PagedQuery<T> {
  go(options: {
    limit: number;
    order: 'asc' | 'desc';
    cursor: string | null;
    pages: number;
  }): Promise<{ data: T[]; cursor: string | null }>;
}

export interface PageRequest {
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: 'asc' | 'desc';
  /** The query has a filter expression: a DynamoDB page may come back short. */
  filtered?: boolean;
}

/**
 * The one way a list is read: `first` items (1–100) after a cursor this server issued for the same
 * list (`list` names the list and its index, e.g. `organizations:byKind:NGO`), one DynamoDB request
 * a page — up to three when a filter expression may leave a page short, and then a short page says
 * `hasNextPage`. No list stops silently: whatever is left is behind `endCursor`.
 */
export async function readPage<T>(ctx: RequestContext, list: string, query: PagedQuery<T>, req: PageRequest): Promise<Page<T>> {
  const limit = pageSize(req.first);
  let cursor = openCursor(ctx, list, req.after);
  const nodes: T[] = [];
  for (let read = 0; read < (req.filtered ? MAX_FILTERED_READS : 1); read++) {
    const res = await query.go({ limit: limit - nodes.length, order: req.order ?? 'asc', cursor, pages: 1 });
    nodes.push(...res.data);
    cursor = res.cursor;
    if (!cursor || nodes.length >= limit) break;
  }
  const endCursor = sealCursor(ctx, list, cursor);
  return { nodes, pageInfo: { hasNextPage: endCursor !== null, endCursor } };
}

/** A page read from a source other than an ElectroDB query (the user directory, ids in a token). */
export function sealedPage<T>(ctx: RequestContext, list: string, nodes: T[], cursor: string | null): Page<T> {
  const endCursor = sealCursor(ctx, list, cursor);
  return { nodes, pageInfo: { hasNextPage: endCursor !== null, endCursor } };
}
