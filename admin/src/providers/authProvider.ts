import type { AuthProvider } from 'react-admin';
import type { LoginParams } from '../auth/signInMethod.ts';
import { signInMethod } from '../auth/signIn.ts';
import { identityOf, permissionsOf, queryClient, seedAuthAnswers } from './authAnswers.ts';
import { canAccess } from './commons/canAccess.ts';
import { forgetCursors } from './graphql/cursors.ts';
import { clearSession, isExpired, readSession, writeSession } from './session.ts';

/**
 * Sign-in through the local token issuer or Cognito (auth/signIn.ts picks one); the ID token then
 * rides on every GraphQL request. The server is the judge of a token: any 401 ends the session.
 * The session is kept in one localStorage entry that the API explorer (graphiql.html) reads too.
 */
export const authProvider: AuthProvider = {
  async login(params: LoginParams) {
    const session = await (await signInMethod()).login(params);
    writeSession(session);
    seedAuthAnswers(queryClient, session);
    forgetCursors();
  },

  async logout() {
    clearSession();
    forgetCursors();
    // Cognito also revokes the refresh token; signing out must not fail when that cannot be done.
    await signInMethod()
      .then((m) => m.logout())
      .catch(() => undefined);
  },

  async checkAuth() {
    const session = readSession();
    // Never signed in: the login page says enough, no notification (`message: false`).
    if (!session) throw { message: false };
    if (!isExpired(session)) return;
    // Cognito's ID tokens last an hour; its refresh token renews them for the working day.
    const renewed = await (await signInMethod()).renew();
    if (renewed) return writeSession(renewed);
    clearSession();
    throw { message: 'ruta.auth.session_expired' };
  },

  async checkError(error: { status?: number }) {
    // react-admin then logs out (clearing the session); it notifies only while checkAuth still
    // passes, so the session must not be cleared here.
    if (error?.status === 401) throw { message: 'ruta.auth.session_expired' };
    // 403 and the rest are errors of one request, not of the session: stay signed in.
  },

  async getPermissions() {
    return permissionsOf(readSession());
  },

  async getIdentity() {
    const session = readSession();
    if (!session) throw new Error('ruta.auth.session_expired');
    return identityOf(session);
  },

  async canAccess(params) {
    return canAccess(readSession()?.user.role, params);
  },
};
