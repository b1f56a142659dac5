import type { Role } from '@ruta/schema/policy';

/**
 * The signed-in session as the local issuer (or Cognito, later) hands it over. Kept in
 * localStorage under one key that the console and the API explorer (graphiql.html) both read.
 */
export interface SessionUser {
  username: string;
  displayName: string;
  role: Role;
  organizationId: string | null;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

export const SESSION_KEY = 'ruta.session';

export function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return session?.token && session.user ? session : null;
  } catch {
    return null;
  }
}

export function writeSession(session: Session): void {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(SESSION_KEY);
}

/** Expired by the clock; the server stays the judge (a 401 logs out too). */
export function isExpired(session: Session, now = Date.now()): boolean {
  const at = Date.parse(session.expiresAt);
  return Number.isFinite(at) && at <= now;
}
