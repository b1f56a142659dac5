import { HttpLink } from '@apollo/client';
import { signInMethod } from '../../auth/signIn.ts';
import { readSession } from '../session.ts';

/**
 * Apollo turns any non-2xx answer into a bare network error and drops the body, which holds the
 * typed GraphQL errors (UNAUTHENTICATED with HTTP 401, validation failures with 400). We hand
 * such bodies on as ordinary GraphQL results so the error codes reach errors.ts; answers that
 * are not GraphQL (a gateway's 401, a proxy's 502) stay network errors with their status.
 */
async function keepGraphQLErrors(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
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

/**
 * Same origin locally (`/graphql`); in AWS the API Gateway URL from /config.json, with an ID token
 * Amplify renews when it has expired. Signed out (no console session) means no token at all.
 */
export function createHttpLink(): HttpLink {
  return new HttpLink({
    fetch: async (_input, init) => {
      const method = await signInMethod();
      const token = readSession() ? await method.idToken() : null;
      const headers = new Headers(init?.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      return keepGraphQLErrors(method.apiUrl, { ...init, headers });
    },
  });
}
