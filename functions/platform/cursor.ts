import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { problem } from '@ruta/schema/problems';
import { cursorSecretFromEnv } from '#platform/config';
import type { RequestContext } from '#platform/context';
import { badInput } from '#platform/errors';
import { logger } from '#platform/logger';

/**
 * Cursors handed to clients. `list` names the list and the index it was read from, with its filter
 * (e.g. `organizations:byKind:NGO`). A sealed cursor is `<payload>.<tag>`: the payload is the store's
 * cursor (ElectroDB's, or Cognito's pagination token) in base64url, the tag an HMAC-SHA256 over
 * (version, list, caller's username, payload) with the server's cursor key. So `after` is accepted
 * only when this server issued it, for this list and filter, to this caller; anything else —
 * another list's cursor, another user's, an edited or home-made one — is BAD_USER_INPUT on `after`
 * and never reaches DynamoDB as an ExclusiveStartKey. The payload is not secret (it holds the keys of
 * the last record of the page, which the caller has just read); the tag makes it unforgeable.
 */
const VERSION = 'c1';
/** Longer than any cursor we issue (ElectroDB's for our widest index is ~400 characters). */
export const MAX_CURSOR_LENGTH = 2048;

let key: Buffer | undefined;

/** Sets the cursor key (tests; a server that reads its secret elsewhere). Cursors sealed with another key stop opening. */
export function setCursorSecret(secret: string | Buffer | undefined): void {
  key = secret === undefined ? undefined : Buffer.isBuffer(secret) ? secret : Buffer.from(secret, 'utf8');
}

function cursorKey(): Buffer {
  if (key) return key;
  const configured = cursorSecretFromEnv();
  if (configured) {
    key = Buffer.from(configured, 'utf8');
    return key;
  }
  const stage = process.env.RUTA_STAGE;
  if (stage !== undefined && stage !== 'local') {
    // The stack always sets CURSOR_SECRET: without it each Lambda instance would sign with its own key
    // and a second page could land on an instance that refuses the first page's cursor.
    logger.warn('CURSOR_SECRET is not set: paging cursors only open on the instance that issued them');
  }
  key = randomBytes(32);
  return key;
}

function tag(ctx: RequestContext, list: string, payload: string): Buffer {
  return createHmac('sha256', cursorKey()).update(`${VERSION}\n${list}\n${ctx.identity.username}\n${payload}`).digest();
}

/** The cursor to hand out for the next page of `list`, or null at the end. */
export function sealCursor(ctx: RequestContext, list: string, cursor: string | null): string | null {
  if (cursor == null) return null;
  const payload = Buffer.from(cursor, 'utf8').toString('base64url');
  return `${payload}.${tag(ctx, list, payload).toString('base64url')}`;
}

const refuse = () =>
  badInput([problem('after', 'validation.invalid')], 'after: not a cursor this list gave you; start again without `after`');

/** The store's cursor inside an `after` argument, or BAD_USER_INPUT when we did not issue it for this list and caller. */
export function openCursor(ctx: RequestContext, list: string, after: string | null | undefined): string | null {
  if (after == null || after === '') return null;
  if (typeof after !== 'string' || after.length > MAX_CURSOR_LENGTH) throw refuse();
  const dot = after.lastIndexOf('.');
  if (dot <= 0) throw refuse();
  const payload = after.slice(0, dot);
  // Compared as text, so only the one canonical spelling of the tag opens (base64 decoding is lenient).
  const given = Buffer.from(after.slice(dot + 1), 'utf8');
  const expected = Buffer.from(tag(ctx, list, payload).toString('base64url'), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refuse();
  return Buffer.from(payload, 'base64url').toString('utf8');
}
