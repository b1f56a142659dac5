import type { DocumentNode } from '@apollo/client';
import {
  type CreateParams, type DataProvider, type GetListParams, type GetManyParams, type GetOneParams,
  type RaRecord, type UpdateParams,
} from 'react-admin';
import { cursorFor, rememberCursor, type ListQuery } from '../graphql/cursors.ts';
import { apolloClient, callApollo as call } from '../graphql/apollo.ts';
import { stripTypename } from '../graphql/stripTypename.ts';
import {
  AUDIT_EVENTS, CREATE_USER, RESET_USER_PASSWORD, SET_USER_DISABLED, UPDATE_USER, USER_BY_NAME, USERS,
} from './queries.ts';

export const USER_RESOURCE = 'User';

interface ApiUser {
  username: string;
  displayName: string;
  email: string | null;
  role: string;
  organizationId: string | null;
  programIds: string[];
  disabled: boolean;
  createdAt: string | null;
}

/** react-admin needs an `id`: a user's is its username. */
export type UserRecord = ApiUser & { id: string };
/** What creating or resetting an account hands over once (null in AWS: Cognito e-mails it). */
export interface Credentials {
  user: UserRecord;
  temporaryPassword: string | null;
}
export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  actorRole: string;
  action: string;
}

const EDITABLE = ['displayName', 'email', 'role', 'organizationId', 'programIds'] as const;
const toRecord = (u: ApiUser): UserRecord => ({ ...stripTypename(u), id: u.username });
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const blankToNull = (v: unknown) => (v === '' || (Array.isArray(v) && v.length === 0) ? null : v ?? null);

/** `input` of createUser: only what the form filled in. */
function createInput(data: Record<string, unknown>) {
  const input: Record<string, unknown> = {};
  for (const k of ['username', ...EDITABLE]) {
    const v = blankToNull(data[k]);
    if (v !== null) input[k] = v;
  }
  return input;
}

/** `input` of updateUser: the username and what changed; a cleared field is sent as null. */
function updateInput(data: Record<string, unknown>, previous: Record<string, unknown>) {
  const input: Record<string, unknown> = { username: previous.username ?? data.username };
  for (const k of EDITABLE) if (!same(blankToNull(data[k]), blankToNull(previous[k]))) input[k] = blankToNull(data[k]);
  return input;
}

/** The users part of the data provider, plus the account actions react-admin has no verb for. */
export function userProvider(client = apolloClient) {
  const query = <T>(document: DocumentNode, variables: Record<string, unknown>) =>
    client.query<T>({ query: document, variables, fetchPolicy: 'no-cache' }).then((r) => r.data);
  const mutate = <T>(document: DocumentNode, variables: Record<string, unknown>) =>
    client.mutate<T>({ mutation: document, variables, fetchPolicy: 'no-cache' }).then((r) => r.data as T);
  const one = (username: string) => query<{ user: ApiUser }>(USER_BY_NAME, { username }).then((d) => toRecord(d.user));

  return {
    async getList(params: GetListParams) {
      const page = params.pagination?.page ?? 1;
      const perPage = params.pagination?.perPage ?? 25;
      // Cognito and the local table both list by username only: no filter, no other order.
      const key: ListQuery = { filter: {}, sort: null, perPage };
      const after = cursorFor(USER_RESOURCE, key, page);
      if (after === undefined) return { data: [], pageInfo: { hasNextPage: false, hasPreviousPage: page > 1 } };
      const { users } = await call(() => query<{ users: { nodes: ApiUser[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
        USERS, { first: perPage, after }), false);
      rememberCursor(USER_RESOURCE, key, page, users.pageInfo.endCursor);
      const hasNextPage = users.pageInfo.hasNextPage;
      return {
        data: users.nodes.map(toRecord),
        ...(hasNextPage ? {} : { total: (page - 1) * perPage + users.nodes.length }),
        pageInfo: { hasNextPage, hasPreviousPage: page > 1 },
      };
    },
    getOne: (params: GetOneParams) => call(async () => ({ data: await one(String(params.id)) }), false),
    getMany: (params: GetManyParams) => call(async () => ({ data: await Promise.all(params.ids.map((id) => one(String(id)))) }), false),
    async create(params: CreateParams) {
      const { createUser } = await call(() => mutate<{ createUser: { user: ApiUser; temporaryPassword: string | null } }>(
        CREATE_USER, { input: createInput(params.data) }), true);
      return { data: { ...toRecord(createUser.user), temporaryPassword: createUser.temporaryPassword } };
    },
    async update(params: UpdateParams) {
      const { updateUser } = await call(() => mutate<{ updateUser: ApiUser }>(
        UPDATE_USER, { input: updateInput(params.data, params.previousData ?? {}) }), true);
      return { data: toRecord(updateUser) };
    },
    async setUserDisabled(username: string, disabled: boolean): Promise<UserRecord> {
      const data = await call(() => mutate<{ setUserDisabled: ApiUser }>(SET_USER_DISABLED, { username, disabled }), false);
      return toRecord(data.setUserDisabled);
    },
    async resetUserPassword(username: string): Promise<Credentials> {
      const data = await call(() => mutate<{ resetUserPassword: { user: ApiUser; temporaryPassword: string | null } }>(
        RESET_USER_PASSWORD, { username }), false);
      return { user: toRecord(data.resetUserPassword.user), temporaryPassword: data.resetUserPassword.temporaryPassword };
    },
    async auditTrail(username: string): Promise<AuditEntry[]> {
      const data = await call(() => query<{ auditEvents: { nodes: AuditEntry[] } }>(
        AUDIT_EVENTS, { entityType: USER_RESOURCE, entityId: username, first: 50 }), false);
      return stripTypename(data.auditEvents.nodes);
    },
  };
}

export type UserActions = Pick<ReturnType<typeof userProvider>, 'setUserDisabled' | 'resetUserPassword' | 'auditTrail'>;

/** The generic provider for every resource but User, which goes to userProvider. */
export function withUsers(base: DataProvider): DataProvider & UserActions {
  const users = userProvider();
  const unsupported = (method: string) => () => Promise.reject(new Error(`${method} is not supported for users`));
  const route = <K extends keyof DataProvider>(method: K, own: ((params: any) => Promise<any>) | undefined) =>
    ((resource: string, params: unknown) =>
      resource === USER_RESOURCE ? (own ?? unsupported(String(method)))(params) : (base[method] as any)(resource, params)) as DataProvider[K];
  return {
    ...base,
    getList: route('getList', users.getList),
    getOne: route('getOne', users.getOne),
    getMany: route('getMany', users.getMany),
    getManyReference: route('getManyReference', undefined),
    create: route('create', users.create),
    update: route('update', users.update),
    delete: route('delete', undefined),
    updateMany: route('updateMany', undefined),
    deleteMany: route('deleteMany', undefined),
    setUserDisabled: users.setUserDisabled,
    resetUserPassword: users.resetUserPassword,
    auditTrail: users.auditTrail,
  };
}
