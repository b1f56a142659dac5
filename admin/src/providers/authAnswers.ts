import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { type Action, canAccess, operations } from './commons/canAccess.ts';
import { isExpired, readSession, type Session } from './session.ts';

/** What getPermissions answers for a session: the user's role. */
export const permissionsOf = (session: Session | null) => session?.user.role;

/** What getIdentity answers for a session. */
export function identityOf({ user }: Session) {
  return { id: user.username, fullName: user.displayName, role: user.role, organizationId: user.organizationId };
}

const ACTIONS: readonly Action[] = ['list', 'show', 'create', 'edit', 'delete', 'export', 'clone'];

/** An answer held for the whole session: a query nobody observes is otherwise dropped after 5 minutes. */
function hold(client: QueryClient, queryKey: QueryKey, answer: unknown): void {
  client.getQueryCache().build(client, { queryKey, gcTime: Number.POSITIVE_INFINITY });
  client.setQueryData(queryKey, answer);
}

/**
 * Puts in react-admin's query cache what the auth provider would answer for this session (its query
 * keys, ra-core 5.15), before any page asks. Two reasons:
 *
 * - A page's first render already knows the role, identity and rights: asked for, they came back a
 *   moment later as an update that drew the whole console (routes, menu, app bar) a second time in
 *   one long task of every signed-in page's start (issue 14).
 * - react-admin's Create, Edit, Show and List pages show a full-page "Loading" while
 *   `useIsAuthPending` finds `['auth','canAccess',{action,resource}]` or `['auth','checkAuth',{}]`
 *   pending — read from the cache without subscribing, so nothing draws the page again when that
 *   changes. react-query builds a query in the cache while a component renders; a render React
 *   throws away (a route that suspends, an interrupted navigation) leaves it pending, never fetched,
 *   watched by nobody. A create button on a list could so leave "may create a program?" pending, and
 *   "Crear programa" then showed "Cargando" until a reload (seen on CI). A query holding an answer
 *   never becomes pending again: a cancelled refetch goes back to the answer.
 *
 * The answers are the same function of the role that `authProvider.canAccess` calls; signing out
 * clears the cache.
 */
export function seedAuthAnswers(client: QueryClient, session: Session): void {
  const role = permissionsOf(session);
  hold(client, ['auth', 'getPermissions', {}], role);
  hold(client, ['auth', 'getIdentity'], identityOf(session));
  if (!isExpired(session)) hold(client, ['auth', 'checkAuth', {}], true);
  for (const resource of Object.keys(operations)) {
    for (const action of ACTIONS) hold(client, ['auth', 'canAccess', { action, resource }], canAccess(role, { action, resource }));
  }
}

/**
 * Rights, role and identity do not change within a session (signing in seeds them again, signing
 * out clears them), so a page mounting does not ask for them again: each answer coming back, even
 * unchanged, drew every menu item and button that asked, synchronously (issue 14, TBT). Whether the
 * session still holds (`checkAuth`) is still asked on each page.
 */
const SESSION_CONSTANT: readonly QueryKey[] = [
  ['auth', 'canAccess'],
  ['auth', 'getPermissions'],
  ['auth', 'getIdentity'],
];

export function createQueryClient(): QueryClient {
  const client = new QueryClient();
  for (const queryKey of SESSION_CONSTANT) client.setQueryDefaults(queryKey, { staleTime: Number.POSITIVE_INFINITY });
  const session = readSession();
  if (session) seedAuthAnswers(client, session);
  return client;
}

/** react-admin's query cache, for the console's lifetime. */
export const queryClient = createQueryClient();
