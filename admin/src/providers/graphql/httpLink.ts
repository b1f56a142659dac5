import { HttpLink } from '@apollo/client';
import { authorizedFetch } from './authorizedFetch.ts';

/**
 * Apollo turns any non-2xx answer into a bare network error and drops the body, which holds the
 * typed GraphQL errors (UNAUTHENTICATED with HTTP 401, validation failures with 400). We hand
 * such bodies on as ordinary GraphQL results so the error codes reach errors.ts; answers that
 * are not GraphQL (a gateway's 401, a proxy's 502) stay network errors with their status.
 */
async function keepGraphQLErrors(init: RequestInit): Promise<Response> {
  const response = await authorizedFetch(init);
  if (response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return response;
  const text = await response.text();
  let body: { errors?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    return new Response(text, { status: response.status, headers: response.headers });
  }
  if (!Array.isArray(body?.errors)) return new Response(text, { status: response.status, headers: response.headers });
  const errors = body.errors.map((e: { extensions?: Record<string, unknown> }) => ({
    ...e,
    extensions: { ...e.extensions, httpStatus: response.status },
  }));
  return new Response(JSON.stringify({ ...body, errors }), { status: 200, headers: { 'content-type': 'application/json' } });
}

/** ra-data-graphql's link (react-admin's CRUD): the API's endpoint and token (authorizedFetch.ts). */
export function createHttpLink(): HttpLink {
  return new HttpLink({ fetch: (_input, init) => keepGraphQLErrors(init ?? {}) });
}
