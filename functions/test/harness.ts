import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { Role } from '@ruta/schema/policy';
import { typeDefs } from '@ruta/schema/generated/typeDefs';
import { createApolloServer } from '#platform/apollo';
import type { Identity } from '#platform/auth';
import { createContext } from '#platform/context';
import { createDocumentClient } from '#platform/dynamo';
import { ensureTable } from '#platform/local/engine';
import { withRequestMetrics } from '#platform/requestMetrics';
import { buildSchema } from '#platform/schema';
import { connectTable } from '#platform/store';
import { moduleResolvers, owners } from '#modules/index';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, any> }[];
  /** DynamoDB requests the operation made. */
  requests: number;
}

export function identity(role: Role, organizationId: string | null = null, username: string = role): Identity {
  return { username, displayName: username, role, organizationId, programIds: [] };
}

/**
 * Connected-test harness: a fresh table in the run's DynamoDB Local and the real schema, policy and
 * Apollo server, called in-process (the HTTP/Lambda layer has its own tests).
 */
export async function connectedApi() {
  const endpoint = inject('dynamoEndpoint');
  const table = `test-${randomUUID()}`;
  await ensureTable(endpoint, table);
  const client = createDocumentClient({ region: 'us-east-1', endpoint });
  connectTable(client, table);
  const server = createApolloServer(buildSchema(typeDefs, moduleResolvers, owners), { deployed: false });
  await server.start();

  async function gql<T = Record<string, any>>(
    who: Identity,
    query: string,
    variables?: Record<string, unknown>,
    now?: Date,
  ): Promise<GqlResult<T>> {
    const { result, metrics } = await withRequestMetrics(() =>
      server.executeOperation({ query, variables }, { contextValue: createContext(who, randomUUID(), now) }),
    );
    if (result.body.kind !== 'single') throw new Error('unexpected incremental result');
    const { data, errors } = result.body.singleResult;
    return { data: data as T, errors: errors as GqlResult['errors'], requests: metrics.dynamoRequests };
  }

  return { gql, client, table, endpoint, stop: () => server.stop() };
}

/** The single error of a result, failing loudly when there is none. */
export function onlyError(r: GqlResult) {
  if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  return r.errors[0]!;
}
