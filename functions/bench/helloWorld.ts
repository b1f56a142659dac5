/**
 * The yardstick for cold starts (functions/bench/coldStart.ts): Apollo Server's hello world behind the same
 * Lambda integration as ours, bundled with the same esbuild options. Apollo's defaults, one field; the schema
 * is built with graphql-js and handed to Apollo, as Ruta does (the bundle options leave out graphql-tools'
 * typeDefs path, see functions/scripts/shims/graphql-tools-schema.mjs).
 */
import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { buildSchema } from 'graphql';

const schema = buildSchema('type Query { hello: String }');
schema.getQueryType()!.getFields().hello!.resolve = () => 'world';

const server = new ApolloServer({ schema });

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler());
