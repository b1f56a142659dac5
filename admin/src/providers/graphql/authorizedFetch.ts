import { signInMethod } from '../../auth/signIn.ts';
import { readSession } from '../session.ts';

/**
 * A request to the API: same origin locally (`/graphql`); in AWS the API URL from /config.json, with
 * an ID token Amplify renews when it has expired. Signed out (no console session) means no token.
 */
export async function authorizedFetch(init: RequestInit): Promise<Response> {
  const method = await signInMethod();
  const token = readSession() ? await method.idToken() : null;
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(method.apiUrl, { ...init, headers });
}
