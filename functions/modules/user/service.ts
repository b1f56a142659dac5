import type { Identity } from '#platform/auth';
import { hashPassword, verifyPassword } from '#platform/local/passwords';
import { User, type UserRecord } from '#modules/user/entity';

/** Checks a local user's password; null for an unknown user, a wrong password or a disabled account. */
export async function authenticate(username: string, password: string): Promise<Identity | null> {
  const { data } = await User.get({ username: username.trim().toLowerCase() }).go();
  // Hash anyway when the user is unknown, so timing does not tell which usernames exist.
  const ok = await verifyPassword(password, data?.passwordHash ?? 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  if (!data || !ok || data.disabled) return null;
  return toIdentity(data);
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
    await User.create({ ...rest, ...(programIds ? { programIds: [...programIds] } : {}), passwordHash: await hashPassword(password), createdAt: new Date().toISOString() }).go();
    return true;
  } catch (e) {
    if ((e as Error).message.includes('conditional request failed')) return false;
    throw e;
  }
}
