import type { DataProvider, GetListParams, GetListResult } from 'react-admin';
import { runMutation, runQuery } from '../graphql/request.ts';
import { cursorFor, rememberCursor, type ListQuery } from '../graphql/cursors.ts';
import type { CreateUserInput, UpdateUserInput, UserFieldsFragment } from '../../graphql/generated/graphql.ts';
import {
  createUserMutation,
  resetUserPasswordMutation,
  setUserDisabledMutation,
  updateUserMutation,
  userQuery,
  usersQuery,
} from './documents.ts';

export const USER_RESOURCE = 'User';

/** react-admin needs an `id`: a user's is its username. */
export type UserRecord = UserFieldsFragment & { id: string };
/** What creating or resetting an account hands over once (null in AWS: Cognito e-mails it). */
export interface Credentials {
  user: UserRecord;
  temporaryPassword: string | null;
}

const EDITABLE = ['displayName', 'email', 'role', 'organizationId', 'programIds'] as const;
const toRecord = (u: UserFieldsFragment): UserRecord => ({ ...u, id: u.username });
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const blankToNull = (v: unknown) => (v === '' || (Array.isArray(v) && v.length === 0) ? null : (v ?? null));

/** `input` of createUser: only what the form filled in (the form's zod schema checked the types). */
function createInput(data: Record<string, unknown>): CreateUserInput {
  const input: Record<string, unknown> = {};
  for (const k of ['username', ...EDITABLE]) {
    const v = blankToNull(data[k]);
    if (v !== null) input[k] = v;
  }
  return input as CreateUserInput;
}

/** `input` of updateUser: the username and what changed; a cleared field is sent as null. */
function updateInput(data: Record<string, unknown>, previous: Record<string, unknown>): UpdateUserInput {
  const input: Record<string, unknown> = { username: previous.username ?? data.username };
  for (const k of EDITABLE) if (!same(blankToNull(data[k]), blankToNull(previous[k]))) input[k] = blankToNull(data[k]);
  return input as UpdateUserInput;
}

const one = (username: string) => runQuery(userQuery, { username }).then((d) => toRecord(d.user));

async function getList(_resource: string, params: GetListParams): Promise<GetListResult<UserRecord>> {
  const page = params.pagination?.page ?? 1;
  const perPage = params.pagination?.perPage ?? 25;
  // Cognito and the local table both list by username only: no filter, no other order.
  const key: ListQuery = { filter: {}, sort: null, perPage };
  const after = cursorFor(USER_RESOURCE, key, page);
  if (after === undefined) return { data: [], pageInfo: { hasNextPage: false, hasPreviousPage: page > 1 } };
  const { users } = await runQuery(usersQuery, { first: perPage, after });
  rememberCursor(USER_RESOURCE, key, page, users.pageInfo.endCursor);
  const hasNextPage = users.pageInfo.hasNextPage;
  return {
    data: users.nodes.map(toRecord),
    ...(hasNextPage ? {} : { total: (page - 1) * perPage + users.nodes.length }),
    pageInfo: { hasNextPage, hasPreviousPage: page > 1 },
  };
}

const unsupported = (method: string) => () => Promise.reject(new Error(`${method} is not supported for users`));

/** The User resource: accounts are listed, read, created and edited, never deleted (disabled instead). */
export const userProvider = {
  getList,
  getOne: async (_resource, params) => ({ data: await one(String(params.id)) }),
  getMany: async (_resource, params) => ({ data: await Promise.all(params.ids.map((id) => one(String(id)))) }),
  getManyReference: unsupported('getManyReference'),
  async create(_resource, params) {
    const { createUser } = await runMutation(createUserMutation, { input: createInput(params.data) });
    return { data: { ...toRecord(createUser.user), temporaryPassword: createUser.temporaryPassword } };
  },
  async update(_resource, params) {
    const { updateUser } = await runMutation(updateUserMutation, { input: updateInput(params.data, params.previousData ?? {}) });
    return { data: toRecord(updateUser) };
  },
  delete: unsupported('delete'),
  updateMany: unsupported('updateMany'),
  deleteMany: unsupported('deleteMany'),
} as DataProvider;

/** The account actions react-admin has no verb for: custom data-provider methods, answering `{ data }` (see dataProvider.ts). */
export const userActions = {
  async setUserDisabled(username: string, disabled: boolean): Promise<{ data: UserRecord }> {
    const { setUserDisabled } = await runMutation(setUserDisabledMutation, { username, disabled }, { isSave: false });
    return { data: toRecord(setUserDisabled) };
  },
  async resetUserPassword(username: string): Promise<{ data: Credentials }> {
    const { resetUserPassword } = await runMutation(resetUserPasswordMutation, { username }, { isSave: false });
    return { data: { user: toRecord(resetUserPassword.user), temporaryPassword: resetUserPassword.temporaryPassword } };
  },
};

export type UserActions = typeof userActions;
