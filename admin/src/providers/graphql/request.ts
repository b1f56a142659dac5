import { type DocumentNode, print } from 'graphql';
import type { TypedDocumentNode } from '@apollo/client';
import { authorizedFetch } from './authorizedFetch.ts';
import { withApiErrors } from './errors.ts';

type Variables = Record<string, unknown>;

/** Each document is printed once: the generated documents are syntax trees. */
const printed = new WeakMap<DocumentNode, string>();
function textOf(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/**
 * One GraphQL request with plain `fetch`: the typed operations (framework, report, users, cases…)
 * need no Apollo client, so a page that only runs them — the framework page, the report — does not
 * load and start Apollo, ra-data-graphql and the 258 kB introspection that react-admin's CRUD needs
 * (~100 ms of main thread on a desktop, issue 14). Failures take the shape errors.ts reads from
 * Apollo: the API's errors in `graphQLErrors` (with the HTTP status), anything else a `networkError`.
 */
async function request<TData>(document: DocumentNode, variables: Variables): Promise<TData> {
  let response: Response;
  try {
    response = await authorizedFetch({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: textOf(document), variables }),
    });
  } catch {
    throw { networkError: {} };
  }
  const body = (await response.json().catch(() => null)) as { data?: TData; errors?: { extensions?: object }[] } | null;
  if (Array.isArray(body?.errors) && body.errors.length) {
    throw { graphQLErrors: body.errors.map((e) => ({ ...e, extensions: { ...e.extensions, httpStatus: response.status } })) };
  }
  if (!response.ok || !body?.data) throw { networkError: { statusCode: response.status } };
  return body.data;
}

/** A typed query (a generated `graphql()` document), its errors mapped by errors.ts. */
export function runQuery<TData, TVariables extends Variables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  return withApiErrors(() => request<TData>(document, variables), false);
}

/**
 * A typed mutation. A save's BAD_USER_INPUT comes back as field errors of the form that sent it;
 * an action's (`isSave: false`, e.g. disabling an account) as one message.
 */
export function runMutation<TData, TVariables extends Variables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  { isSave = true } = {},
): Promise<TData> {
  return withApiErrors(() => request<TData>(document, variables), isSave);
}
