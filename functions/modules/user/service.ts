import { newPasswordInput } from '@ruta/schema/zod/user';
import { problem } from '@ruta/schema/zod/common';
import type { Identity } from '#platform/auth';
import { badInput, parseInput } from '#platform/errors';
import { hashPassword, verifyPassword } from '#platform/local/passwords';
import { User, type UserRecord } from '#modules/user/entity';

/** How long an administrator's temporary password works: Cognito's `tempPasswordValidity`. */
export const TEMPORARY_PASSWORD_DAYS = 3;
export const temporaryUntil = (from: Date) => new Date(from.getTime() + TEMPORARY_PASSWORD_DAYS * 86_400_000).toISOString();

const UNKNOWN_HASH = 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

async function check(username: string, password: string): Promise<UserRecord | null> {
  const { data } = await User.get({ username: username.trim().toLowerCase() }).go();
  // Hash anyway when the user is unknown, so timing does not tell which usernames exist.
  const ok = await verifyPassword(password, data?.passwordHash ?? UNKNOWN_HASH);
  return data && ok && !data.disabled ? data : null;
}

/** Checks a local user's password; null for an unknown user, a wrong password or a disabled account. */
export async function authenticate(username: string, password: string): Promise<Identity | null> {
  const data = await check(username, password);
  return data ? toIdentity(data) : null;
}

export type SignInResult =
  | { identity: Identity }
  | { challenge: 'NEW_PASSWORD_REQUIRED' }
  | { refused: 'invalid_credentials' | 'temporary_password_expired' };

/**
 * The local issuer's sign-in, with Cognito's first step for accounts an administrator created or reset:
 * the temporary password only lets its owner choose a new one (so the administrator never knows it),
 * and expires after TEMPORARY_PASSWORD_DAYS.
 */
export async function signIn(username: string, password: string, newPassword?: string, now = new Date()): Promise<SignInResult> {
  const data = await check(username, password);
  if (!data) return { refused: 'invalid_credentials' };
  if (!data.temporaryUntil) return { identity: toIdentity(data) };
  if (data.temporaryUntil < now.toISOString()) return { refused: 'temporary_password_expired' };
  if (newPassword === undefined) return { challenge: 'NEW_PASSWORD_REQUIRED' };
  const chosen = parseInput(newPasswordInput, newPassword, ['newPassword']);
  if (chosen === password) throw badInput([problem('newPassword', 'validation.password_unchanged')]);
  await User.patch({ username: data.username })
    .set({ passwordHash: await hashPassword(chosen) })
    .remove(['temporaryUntil'])
    .go();
  return { identity: toIdentity(data) };
}

export function toIdentity(u: UserRecord): Identity {
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    organizationId: u.organizationId ?? null,
    programIds: u.programIds ?? [],
  };
}

export interface NewUser {
  username: string;
  displayName: string;
  role: UserRecord['role'];
  organizationId?: string;
  programIds?: readonly string[];
  password: string;
}

/** Creates a local user unless it exists (idempotent, so seeding twice changes nothing). */
export async function ensureUser(u: NewUser): Promise<boolean> {
  const { password, programIds, ...rest } = u;
  try {
    await User.create({
      ...rest,
      ...(programIds ? { programIds: [...programIds] } : {}),
      passwordHash: await hashPassword(password),
      createdAt: new Date().toISOString(),
    }).go();
    return true;
  } catch (e) {
    if ((e as Error).message.includes('conditional request failed')) return false;
    throw e;
  }
}
