import type { RequestContext } from '#platform/context';
import { conflict } from '#platform/errors';

/** Attributes every top-level record carries: optimistic-lock version and who/when. */
export const trackedAttributes = {
  version: { type: 'number', required: true },
  createdAt: { type: 'string', required: true, readOnly: true },
  updatedAt: { type: 'string', required: true },
  createdBy: { type: 'string', required: true, readOnly: true },
} as const;

/** Version 1 and timestamps of a record created now by the caller. */
export function created(ctx: RequestContext) {
  const now = ctx.now.toISOString();
  return { version: 1, createdAt: now, updatedAt: now, createdBy: ctx.identity.username };
}

/**
 * A create whose client-chosen id exists already: the same caller retrying gets the stored record
 * (so a retried request never duplicates), anyone else a CONFLICT.
 */
export async function existingForRetry<T extends { createdBy: string }>(
  ctx: RequestContext, id: string, load: () => Promise<{ data: T | null }>,
): Promise<T> {
  const { data } = await load();
  if (data && data.createdBy === ctx.identity.username) return data;
  throw conflict(`The id ${id} is already used`);
}
