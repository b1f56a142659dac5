import { problem } from '@ruta/schema/zod/common';
import { createUserInput, updateUserInput, usernameInput } from '@ruta/schema/zod/user';
import { fromApiRole } from '@ruta/schema/roles';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput } from '#platform/errors';
import { openCursor } from '#platform/cursor';
import { pageSize, sealedPage } from '#platform/paging';
import { auditRecord } from '#modules/audit/service';
import type { DirectoryUser, UserChanges, UserDirectory } from '#modules/user/directory';
import { localDirectory } from '#modules/user/localDirectory';

const TYPE = 'User';
let directory: Promise<UserDirectory> | undefined;

/**
 * Cognito when the deployment names a user pool, the local issuer's table otherwise. The Cognito client
 * is imported on first use (a lazy chunk in the Lambda bundle): only user-management requests need it,
 * so it stays out of every cold start.
 */
export function userDirectory(): Promise<UserDirectory> {
  const userPoolId = process.env.USER_POOL_ID;
  directory ??= userPoolId
    ? import('#modules/user/cognitoDirectory').then(({ cognitoDirectory }) => cognitoDirectory(userPoolId))
    : Promise.resolve(localDirectory);
  return directory;
}

export async function listUsers(ctx: RequestContext, first: number | null | undefined, after: string | null | undefined) {
  const limit = pageSize(first);
  const { users, cursor } = await (await userDirectory()).list(limit, openCursor(ctx, 'users', after));
  return sealedPage(ctx, 'users', users, cursor);
}

export async function getUser(username: string): Promise<DirectoryUser> {
  const user = await (await userDirectory()).get(parseInput(usernameInput, username, ['username']));
  if (!user) throw notFound(TYPE, username);
  return user;
}

export async function createUser(ctx: RequestContext, raw: unknown) {
  const input = parseInput(createUserInput, raw);
  const user: DirectoryUser = {
    username: input.username,
    displayName: input.displayName,
    email: input.email ?? null,
    role: fromApiRole(input.role),
    organizationId: input.organizationId ?? null,
    programIds: input.programIds ?? [],
    disabled: false,
    createdAt: ctx.now.toISOString(),
  };
  const temporaryPassword = await (await userDirectory()).create(user, auditRecord(ctx, 'CREATE', TYPE, user.username, {}));
  return { user, temporaryPassword };
}

export async function updateUser(ctx: RequestContext, raw: unknown): Promise<DirectoryUser> {
  const { username, role, ...rest } = parseInput(updateUserInput, raw);
  const current = await getUser(username);
  const changes = { ...rest, ...(role ? { role: fromApiRole(role) } : {}) };
  const next = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as DirectoryUser;
  if ((next.role === 'partner' || next.role === 'donor') && (!next.organizationId || !next.programIds.length)) {
    throw badInput([problem(next.organizationId ? 'input.programIds' : 'input.organizationId', 'validation.required')]);
  }
  await (await userDirectory()).update(username, changes as UserChanges, auditRecord(ctx, 'UPDATE', TYPE, username, {}));
  return next;
}

export async function setUserDisabled(ctx: RequestContext, username: string, disabled: boolean): Promise<DirectoryUser> {
  const user = await getUser(username);
  if (disabled && user.username === ctx.identity.username) throw badInput([problem('username', 'validation.own_account')]);
  await (await userDirectory()).setDisabled(
    user.username,
    disabled,
    auditRecord(ctx, disabled ? 'DISABLE' : 'ENABLE', TYPE, user.username, {}),
  );
  return { ...user, disabled };
}

export async function resetUserPassword(ctx: RequestContext, username: string) {
  const user = await getUser(username);
  const temporaryPassword = await (await userDirectory()).resetPassword(
    user.username,
    auditRecord(ctx, 'RESET_PASSWORD', TYPE, user.username, {}),
  );
  return { user, temporaryPassword };
}
