import { createHash } from 'node:crypto';
import type { RequestContext } from '#platform/context';

/**
 * Attributes every top-level record carries: optimistic-lock version, who/when, and the fingerprint
 * of the request that created it (a retried create is recognised by it; see writes.ts).
 */
export const trackedAttributes = {
  version: { type: 'number', required: true },
  createdAt: { type: 'string', required: true, readOnly: true },
  updatedAt: { type: 'string', required: true },
  createdBy: { type: 'string', required: true, readOnly: true },
  requestHash: { type: 'string', readOnly: true },
} as const;

export interface Tracked {
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  requestHash?: string;
}

/** JSON with keys in a fixed order, so equal inputs hash alike whatever order a client sent. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)); // code points: locale rules could call two keys equal
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const requestHash = (input: unknown) => createHash('sha256').update(canonical(input)).digest('base64url');

/** Version 1, timestamps and request fingerprint of a record the caller creates now from `input`. */
export function created(ctx: RequestContext, input: unknown): Tracked {
  const now = ctx.now.toISOString();
  return { version: 1, createdAt: now, updatedAt: now, createdBy: ctx.identity.username, requestHash: requestHash(input) };
}
