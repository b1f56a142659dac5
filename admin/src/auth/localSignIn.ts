import { readSession, type Session } from '../providers/session.ts';
import { LoginRestart, LoginStepRequired, type LoginParams, type SignInMethod } from './signInMethod.ts';

/** What the issuer's refusals mean on the login page. */
const REFUSALS: Record<string, string> = {
  invalid_credentials: 'ruta.auth.invalid_credentials',
  temporary_password_expired: 'ruta.login.temporary_expired',
};

// Between the password and the new-password step: the issuer is stateless, so the password is sent again.
let pending: { username: string; password: string } | null = null;

async function post(body: Record<string, string>): Promise<Session> {
  let response: Response;
  try {
    response = await fetch('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new Error('ruta.errors.NETWORK');
  }
  const answer = (await response.json().catch(() => ({}))) as { error?: string; fields?: { key?: string }[] };
  if (response.status === 409 && answer.error === 'new_password_required') throw new LoginStepRequired({ kind: 'newPassword' });
  if (response.status === 400 && answer.error === 'weak_password') {
    throw new Error(
      answer.fields?.some((f) => f.key === 'validation.password_unchanged') ? 'ruta.login.password_unchanged' : 'ruta.login.weak_password',
    );
  }
  if (response.status === 401) throw new Error(REFUSALS[answer.error ?? ''] ?? 'ruta.auth.invalid_credentials');
  if (!response.ok) throw new Error('ruta.auth.login_failed');
  return answer as unknown as Session;
}

/**
 * The local token issuer (`POST /auth/login`, functions/platform/local/server.ts). Like Cognito, an
 * account an administrator created or reset must choose its own password at first sign-in.
 */
export const localSignIn: SignInMethod = {
  apiUrl: '/graphql',

  async login(params: LoginParams) {
    if ('username' in params) {
      pending = { username: params.username, password: params.password };
      const session = await post(pending);
      pending = null;
      return session;
    }
    if (params.step !== 'newPassword' || !pending) throw new LoginRestart();
    const session = await post({ ...pending, newPassword: params.newPassword });
    pending = null;
    return session;
  },

  async logout() {
    pending = null;
  },

  async renew() {
    return null;
  },

  async idToken() {
    return readSession()?.token ?? null;
  },
};
