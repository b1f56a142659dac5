import { ApolloClient, InMemoryCache, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { withApiErrors } from './errors.ts';
import { createHttpLink } from './httpLink.ts';
import { stripTypename } from './stripTypename.ts';

/**
 * The console's one Apollo client: ra-data-graphql's CRUD and the custom data-provider methods
 * (users, framework, report) share its link (token, typed errors). Every call passes
 * `fetchPolicy: 'no-cache'`: screens show what the server says now.
 */
export const apolloClient = new ApolloClient({ link: createHttpLink(), cache: new InMemoryCache() });

/** A typed query (a generated `graphql()` document), its errors mapped by errors.ts. */
export function runQuery<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  return withApiErrors(
    () => apolloClient.query({ query: document, variables, fetchPolicy: 'no-cache' }).then((r) => stripTypename(r.data)),
    false,
  );
}

/**
 * A typed mutation. A save's BAD_USER_INPUT comes back as field errors of the form that sent it;
 * an action's (`isSave: false`, e.g. disabling an account) as one message.
 */
export function runMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  { isSave = true } = {},
): Promise<TData> {
  return withApiErrors(async () => {
    const { data } = await apolloClient.mutate({ mutation: document, variables, fetchPolicy: 'no-cache' });
    // Apollo types `data` as possibly empty; with errors it throws instead (errorPolicy 'none').
    if (!data) throw new Error(`No data from ${document.definitions.map((d) => ('name' in d ? d.name?.value : '')).join()}`);
    return stripTypename(data);
  }, isSave);
}
