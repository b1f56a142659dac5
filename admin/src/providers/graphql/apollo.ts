import { ApolloClient, InMemoryCache } from '@apollo/client';
import { HttpError } from 'react-admin';
import { toHttpError } from './errors.ts';
import { createHttpLink } from './httpLink.ts';

/**
 * The console's one Apollo client: the data provider, the user screens, the framework editor and the
 * report share its link (token, typed errors). Every call passes `fetchPolicy: 'no-cache'`: screens
 * show what the server says now.
 */
export const apolloClient = new ApolloClient({ link: createHttpLink(), cache: new InMemoryCache() });

/**
 * Runs a call made with the client directly (outside ra-data-graphql), wrapping Apollo's errors the way
 * ra-data-graphql does, so errors.ts turns both into the same typed HttpErrors.
 */
export async function callApollo<T>(run: () => Promise<T>, isSave: boolean): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const error = e as { networkError?: { message?: string; statusCode?: number }; message?: string };
    const wrapped = error?.networkError
      ? new HttpError(error.networkError.message ?? 'ruta.errors.NETWORK', error.networkError.statusCode ?? 0)
      : new HttpError(error?.message ?? '', 200, error);
    throw toHttpError(wrapped, isSave);
  }
}
