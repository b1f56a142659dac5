import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { encodeMessage } from '../../commons/validationMessage.ts';
import { toHttpError, withApiErrors } from './errors.ts';

/** An API error as Apollo hands it over (graphql-js shape, our `extensions`). */
const apiError = (code: string, extensions: Record<string, unknown> = {}) => ({
  message: `${code} message`,
  extensions: { code, ...extensions },
});
/** Apollo's error as the client throws it… */
const apollo = (...graphQLErrors: ReturnType<typeof apiError>[]) => ({ message: 'x', graphQLErrors, networkError: null });
/** …and as ra-data-graphql wraps it (status 200, Apollo's error in the body). */
const wrapped = (...graphQLErrors: ReturnType<typeof apiError>[]) => new HttpError('x', 200, apollo(...graphQLErrors));

const mapped = (error: unknown, isSave = false) => {
  const e = toHttpError(error, isSave);
  expect(e).toBeInstanceOf(HttpError);
  const { message, status, body } = e as HttpError;
  return { message, status, body };
};

describe('API errors → HttpError', () => {
  it('maps each typed code to its status and translation key, from either source', () => {
    for (const source of [apollo, wrapped]) {
      expect(mapped(source(apiError('UNAUTHENTICATED')))).toMatchObject({ message: 'ruta.errors.UNAUTHENTICATED', status: 401 });
      expect(mapped(source(apiError('FORBIDDEN')))).toMatchObject({ message: 'ruta.errors.FORBIDDEN', status: 403 });
      expect(mapped(source(apiError('NOT_FOUND')))).toMatchObject({ message: 'ruta.errors.NOT_FOUND', status: 404 });
    }
  });

  it('names the conflicts the console explains, and only those', () => {
    expect(mapped(apollo(apiError('CONFLICT', { reason: 'STALE_VERSION' })))).toEqual({
      message: 'ruta.errors.STALE_VERSION',
      status: 409,
      body: { reason: 'STALE_VERSION' },
    });
    expect(mapped(apollo(apiError('CONFLICT', { reason: 'HAS_AGREEMENTS' })))).toMatchObject({ message: 'ruta.errors.HAS_AGREEMENTS' });
    expect(mapped(apollo(apiError('CONFLICT', { reason: 'IN_USE' })))).toMatchObject({ message: 'ruta.errors.IN_USE', status: 409 });
    expect(mapped(apollo(apiError('CONFLICT', { reason: 'SOMETHING_ELSE' })))).toMatchObject({
      message: 'ruta.errors.CONFLICT',
      status: 409,
    });
  });

  it('a name another organization has: on the name input of a save, with the id of the organization that has it', () => {
    const conflict = apiError('CONFLICT', {
      reason: 'NAME_TAKEN',
      existingId: 'org-quimera',
      fields: [{ path: 'input.name', key: 'validation.name_taken' }],
    });
    expect(mapped(wrapped(conflict), true)).toEqual({
      message: 'ruta.errors.NAME_TAKEN',
      status: 409,
      body: { reason: 'NAME_TAKEN', existingId: 'org-quimera', errors: { name: 'validation.name_taken' } },
    });
    expect(mapped(apollo(conflict), false)).toEqual({
      message: 'ruta.errors.NAME_TAKEN',
      status: 409,
      body: { reason: 'NAME_TAKEN', existingId: 'org-quimera' },
    });
  });

  it("puts a save's input problems on the form fields, first problem per field, with parameters", () => {
    const fields = [
      { path: 'input.name', key: 'validation.too_long', params: { max: 120 } },
      { path: 'input.name', key: 'validation.required' },
      { path: 'input.partyIds.1', key: 'validation.invalid_id' },
      { path: 'input.version', key: 'validation.required' },
    ];
    expect(mapped(wrapped(apiError('BAD_USER_INPUT', { fields })), true)).toEqual({
      message: 'ruta.errors.BAD_USER_INPUT',
      status: 400,
      body: { errors: { name: encodeMessage('validation.too_long', { max: 120 }), partyIds: 'validation.invalid_id' } },
    });
  });

  it("says a save's problem that no field shows in the message", () => {
    const fields = [{ path: 'period', key: 'validation.invalid_month' }];
    expect(mapped(apollo(apiError('BAD_USER_INPUT', { fields })), true)).toEqual({
      message: 'validation.invalid_month',
      status: 400,
      body: { problems: fields },
    });
  });

  it('explains why a list request was refused', () => {
    const list = (...fields: { path: string; key: string }[]) => mapped(apollo(apiError('BAD_USER_INPUT', { fields }))).message;
    expect(list({ path: 'sort.field', key: 'validation.invalid' })).toBe('ruta.errors.sort_unavailable');
    expect(list({ path: 'filter.startFrom', key: 'validation.invalid_date' })).toBe('validation.invalid_date');
    expect(list({ path: 'filter.q', key: 'validation.invalid' })).toBe('ruta.errors.search_combined');
    expect(list()).toBe('ruta.errors.BAD_USER_INPUT');
  });

  it('treats any other code as the console and the API disagreeing, keeping the HTTP status', () => {
    expect(mapped(apollo(apiError('GRAPHQL_VALIDATION_FAILED', { httpStatus: 400 })))).toMatchObject({
      message: 'ruta.errors.INTERNAL_SERVER_ERROR',
      status: 400,
    });
    expect(mapped(apollo({ message: 'boom' } as never))).toMatchObject({ message: 'ruta.errors.INTERNAL_SERVER_ERROR', status: 500 });
  });
});

describe('network failures → HttpError', () => {
  it("keeps a gateway's 401 and 403 (no GraphQL body), so a 401 still logs out", () => {
    expect(mapped({ message: 'x', graphQLErrors: [], networkError: { statusCode: 401 } })).toMatchObject({
      status: 401,
      message: 'ruta.errors.UNAUTHENTICATED',
    });
    expect(mapped(new HttpError('Unauthorized', 401))).toMatchObject({ status: 401, message: 'ruta.errors.UNAUTHENTICATED' });
    expect(mapped(new HttpError('Forbidden', 403))).toMatchObject({ status: 403, message: 'ruta.errors.FORBIDDEN' });
  });

  it('calls anything else a network problem', () => {
    expect(mapped({ message: 'x', graphQLErrors: [], networkError: { statusCode: 502 } })).toMatchObject({
      status: 502,
      message: 'ruta.errors.NETWORK',
    });
    expect(mapped({ message: 'Failed to fetch', networkError: new TypeError('Failed to fetch') })).toMatchObject({
      status: 503,
      message: 'ruta.errors.NETWORK',
    });
    expect(mapped(new HttpError('offline', undefined as never))).toMatchObject({ status: 503, message: 'ruta.errors.NETWORK' });
  });

  it('leaves errors that are not about the API alone (bugs stay visible)', () => {
    const bug = new TypeError('x is undefined');
    expect(toHttpError(bug, false)).toBe(bug);
  });
});

describe('withApiErrors', () => {
  it('passes results through and rethrows failures mapped', async () => {
    await expect(withApiErrors(async () => 42, false)).resolves.toBe(42);
    await expect(withApiErrors(() => Promise.reject(apollo(apiError('UNAUTHENTICATED'))), false)).rejects.toMatchObject({
      status: 401,
      message: 'ruta.errors.UNAUTHENTICATED',
    });
  });
});
