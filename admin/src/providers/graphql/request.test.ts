import { HttpError } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportProgramQuery } from '../report/documents.ts';
import { runMutation, runQuery } from './request.ts';

vi.mock('../../auth/signIn.ts', () => ({
  signInMethod: async () => ({ apiUrl: '/graphql', idToken: async () => 'token' }),
}));

const programQuery = reportProgramQuery;
const fetchAnswers = (response: Response | Error) =>
  vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const failure = async (run: Promise<unknown>) => {
  const e = await run.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(HttpError);
  const { message, status, body } = e as HttpError;
  return { message, status, body };
};

describe('typed operations with plain fetch', () => {
  afterEach(() => vi.restoreAllMocks());

  it('posts the printed document and its variables, and answers the data', async () => {
    const fetch = fetchAnswers(json(200, { data: { program: { id: 'p1' } } }));
    await expect(runQuery(programQuery, { id: 'p1' })).resolves.toEqual({ program: { id: 'p1' } });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(JSON.parse(String(init?.body))).toEqual({ query: expect.stringContaining('program(id: $id)'), variables: { id: 'p1' } });
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
  });

  it('hands the API’s typed errors to errors.ts, with the HTTP status', async () => {
    const invalid = {
      message: 'bad',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.name', key: 'validation.required' }] },
    };
    fetchAnswers(json(400, { errors: [invalid] }));
    expect(await failure(runMutation(programQuery, { id: 'p1' }))).toMatchObject({
      status: 400,
      body: { errors: { name: 'validation.required' } },
    });
    fetchAnswers(json(401, { errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }));
    expect(await failure(runQuery(programQuery, { id: 'p1' }))).toMatchObject({ message: 'ruta.errors.UNAUTHENTICATED', status: 401 });
  });

  it('an answer that is not GraphQL, or no answer at all, is a network error with its status', async () => {
    fetchAnswers(new Response('Unauthorized', { status: 401 }));
    expect(await failure(runQuery(programQuery, { id: 'p1' }))).toMatchObject({ message: 'ruta.errors.UNAUTHENTICATED', status: 401 });
    fetchAnswers(new Response('Bad gateway', { status: 502 }));
    expect(await failure(runQuery(programQuery, { id: 'p1' }))).toMatchObject({ message: 'ruta.errors.NETWORK', status: 502 });
    fetchAnswers(new TypeError('Failed to fetch'));
    expect(await failure(runQuery(programQuery, { id: 'p1' }))).toMatchObject({ message: 'ruta.errors.NETWORK', status: 503 });
  });
});
