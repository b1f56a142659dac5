import { badInput } from '#platform/errors';
import { problem } from '@ruta/schema/zod/common';

export const DEFAULT_PAGE = 25;
export const MAX_PAGE = 100;

/** Page size from `first`: 1–100, BAD_USER_INPUT outside. */
export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw badInput([problem('first', 'validation.invalid')], `first must be between 1 and ${MAX_PAGE}`);
  }
  return n;
}

/**
 * Checks the shape of an `after` cursor (ElectroDB's base64 key) before it reaches DynamoDB, so a
 * garbled cursor is the caller's BAD_USER_INPUT and not an internal error.
 */
export function parseCursor(after: string | null | undefined): string | null {
  if (!after) return null;
  try {
    const decoded = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (decoded && typeof decoded === 'object') return after;
  } catch {
    /* fall through */
  }
  throw badInput([problem('after', 'validation.invalid')], 'after: not a cursor from this list');
}

export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function page<T>(nodes: T[], cursor: string | null): Page<T> {
  return { nodes, pageInfo: { hasNextPage: cursor !== null, endCursor: cursor } };
}
