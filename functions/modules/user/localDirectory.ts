import { randomBytes } from 'node:crypto';
import { hashPassword } from '#platform/local/passwords';
import { problem } from '@ruta/schema/zod/common';
import { badInput, conflict } from '#platform/errors';
import { step, transact } from '#platform/transact';
import { AuditEvent } from '#modules/audit/entity';
import { User, type UserRecord } from '#modules/user/entity';
import { temporaryUntil } from '#modules/user/service';
import type { DirectoryUser, UserDirectory } from '#modules/user/directory';

const toUser = (u: UserRecord): DirectoryUser => ({
  username: u.username,
  displayName: u.displayName,
  email: u.email ?? null,
  role: u.role,
  organizationId: u.organizationId ?? null,
  programIds: u.programIds ?? [],
  disabled: u.disabled ?? false,
  createdAt: u.createdAt,
});

/** A readable one-time password (no look-alike characters). */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(14), (b) => alphabet[b % alphabet.length]).join('');
}

/** Drops absent and null values: DynamoDB items leave unset attributes out. */
const clean = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as { [K in keyof T]?: NonNullable<T[K]> };

export const localDirectory: UserDirectory = {
  async list(limit, cursor) {
    const { data, cursor: next } = await User.query.all({}).go({ limit, cursor });
    return { users: data.map(toUser), cursor: next };
  },
  async get(username) {
    const { data } = await User.get({ username }).go();
    return data ? toUser(data) : null;
  },
  async create(user, audit) {
    const password = temporaryPassword();
    const record = {
      ...clean({ email: user.email, organizationId: user.organizationId }),
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      programIds: user.programIds,
      disabled: false,
      passwordHash: await hashPassword(password),
      temporaryUntil: temporaryUntil(new Date(audit.at)),
      createdAt: audit.at,
    };
    await transact([
      step(User.create(record).commit(), badInput([problem('input.username', 'validation.username_taken')])),
      step(AuditEvent.create(audit).commit()),
    ]);
    return password;
  },
  async update(username, changes, audit) {
    const set = clean(changes);
    const remove = Object.entries(changes)
      .filter(([, v]) => v === null)
      .map(([k]) => k);
    await transact([
      step(
        User.patch({ username })
          .set(set)
          .remove(remove as never)
          .commit(),
        conflict(`The account ${username} was removed meanwhile`),
      ),
      step(AuditEvent.create(audit).commit()),
    ]);
  },
  async setDisabled(username, disabled, audit) {
    await transact([step(User.patch({ username }).set({ disabled }).commit()), step(AuditEvent.create(audit).commit())]);
  },
  async resetPassword(username, audit) {
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    await transact([
      step(
        User.patch({ username })
          .set({ passwordHash, temporaryUntil: temporaryUntil(new Date(audit.at)) })
          .commit(),
      ),
      step(AuditEvent.create(audit).commit()),
    ]);
    return password;
  },
};
