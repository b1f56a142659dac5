import { randomBytes } from 'node:crypto';
import { hashPassword } from '#platform/local/passwords';
import { problem } from '@ruta/schema/zod/common';
import { badInput, conflict } from '#platform/errors';
import { failedCondition } from '#platform/transact';
import { store } from '#modules/store';
import { User, type UserRecord } from '#modules/user/entity';
import { temporaryUntil } from '#modules/user/service';
import type { DirectoryUser, UserDirectory } from '#modules/user/directory';

const toUser = (u: UserRecord): DirectoryUser => ({
  username: u.username, displayName: u.displayName, email: u.email ?? null, role: u.role,
  organizationId: u.organizationId ?? null, programIds: u.programIds ?? [], disabled: u.disabled ?? false, createdAt: u.createdAt,
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
      username: user.username, displayName: user.displayName, role: user.role, programIds: user.programIds,
      disabled: false, passwordHash: await hashPassword(password), temporaryUntil: temporaryUntil(new Date(audit.at)), createdAt: audit.at,
    };
    const result = await store.transaction.write(({ user: u, audit: a }) => [u.create(record).commit(), a.create(audit).commit()]).go();
    if (failedCondition(result) !== undefined) throw badInput([problem('input.username', 'validation.username_taken')]);
    return password;
  },
  async update(username, changes, audit) {
    const set = clean(changes);
    const remove = Object.entries(changes).filter(([, v]) => v === null).map(([k]) => k);
    const result = await store.transaction.write(({ user, audit: a }) => [
      user.patch({ username }).set(set).remove(remove as never).commit(),
      a.create(audit).commit(),
    ]).go();
    if (failedCondition(result) !== undefined) throw conflict(`The account ${username} was removed meanwhile`);
  },
  async setDisabled(username, disabled, audit) {
    await store.transaction.write(({ user, audit: a }) => [user.patch({ username }).set({ disabled }).commit(), a.create(audit).commit()]).go();
  },
  async resetPassword(username, audit) {
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    await store.transaction.write(({ user, audit: a }) => [user.patch({ username }).set({ passwordHash, temporaryUntil: temporaryUntil(new Date(audit.at)) }).commit(), a.create(audit).commit()]).go();
    return password;
  },
};
