/**
 * The yardstick for cold starts (functions/bench/coldStart.ts): Apollo Server's hello world behind the same
 * Lambda integration as ours, bundled with the same esbuild options. Apollo's defaults, one field.
 */
import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';

const server = new ApolloServer({
  typeDefs: 'type Query { hello: String }',
  resolvers: { Query: { hello: () => 'world' } },
});

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler());
