import type { AuthProvider } from 'react-admin';
import { canAccess } from './commons/canAccess.ts';
import { forgetCursors } from './graphql/cursors.ts';
import { clearSession, isExpired, readSession, writeSession, type Session } from './session.ts';

/**
 * Sign-in against the local token issuer (`POST /auth/login`); the ID token then rides on every
 * GraphQL request. The server is the judge of a token: any 401 ends the session.
 */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    let response: Response;
    try {
      response = await fetch('/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
    } catch {
      throw new Error('ruta.errors.NETWORK');
    }
    if (response.status === 401) throw new Error('ruta.auth.invalid_credentials');
    if (!response.ok) throw new Error('ruta.auth.login_failed');
    const session = (await response.json()) as Session;
    writeSession(session);
    forgetCursors();
  },

  async logout() {
    clearSession();
    forgetCursors();
  },

  async checkAuth() {
    const session = readSession();
    // Never signed in: the login page says enough, no notification (`message: false`).
    if (!session) throw { message: false };
    if (isExpired(session)) {
      clearSession();
      throw { message: 'ruta.auth.session_expired' };
    }
  },

  async checkError(error: { status?: number }) {
    // react-admin then logs out (clearing the session); it notifies only while checkAuth still
    // passes, so the session must not be cleared here.
    if (error?.status === 401) throw { message: 'ruta.auth.session_expired' };
    // 403 and the rest are errors of one request, not of the session: stay signed in.
  },

  async getPermissions() {
    return readSession()?.user.role;
  },

  async getIdentity() {
    const session = readSession();
    if (!session) throw new Error('ruta.auth.session_expired');
    const { username, displayName, role, organizationId } = session.user;
    return { id: username, fullName: displayName, role, organizationId };
  },

  async canAccess(params) {
    return canAccess(readSession()?.user.role, params);
  },
};
