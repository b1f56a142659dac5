import { describe, expect, it } from 'vitest';
import { typeDefs } from '@ruta/schema/generated/typeDefs';
import { createApolloServer } from '#platform/apollo';
import { createContext } from '#platform/context';
import { buildSchema } from '#platform/schema';
import { owners } from '#modules/index';

const staff = createContext({ username: 's', displayName: 's', role: 'staff', organizationId: null, programIds: [] }, 'r');

async function run(deployed: boolean, query: string, resolvers: object[] = []) {
  const server = createApolloServer(buildSchema(typeDefs, resolvers, owners), { deployed });
  await server.start();
  const res = await server.executeOperation({ query }, { contextValue: staff });
  await server.stop();
  if (res.body.kind !== 'single') throw new Error('unexpected');
  return res.body.singleResult;
}

describe('Apollo server settings', () => {
  it('turns introspection off when deployed', async () => {
    const r = await run(true, '{ __schema { queryType { name } } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('hides field suggestions when deployed, so the schema cannot be guessed', async () => {
    const r = await run(true, '{ organizationz { nodes { id } } }');
    expect(r.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('masks unexpected errors: no message, stack or internals reach the client', async () => {
    const boom = {
      Query: {
        me: () => {
          throw new Error('ConditionalCheckFailed on table ruta-prod pk=ORG#123');
        },
      },
    };
    const r = await run(false, '{ me { username } }', [boom]);
    expect(r.errors).toEqual([{ message: 'Internal server error', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  });
});
