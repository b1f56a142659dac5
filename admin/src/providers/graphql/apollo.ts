import { ApolloClient, InMemoryCache } from '@apollo/client';
import { createHttpLink } from './httpLink.ts';

/**
 * The Apollo client ra-data-graphql needs for react-admin's CRUD (crudProvider.ts). Every call
 * passes `fetchPolicy: 'no-cache'`: screens show what the server says now. The console's typed
 * operations go through request.ts instead.
 */
export const apolloClient = new ApolloClient({ link: createHttpLink(), cache: new InMemoryCache() });
