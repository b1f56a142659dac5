import { startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { compactSchema } from '@ruta/schema/generated/compactSchema';
import { createApolloServer, lambdaRequestHandler } from '#platform/apollo';
import { anonymousIdentity, bearerToken, createVerifier } from '#platform/auth';
import { readConfig } from '#platform/config';
import { createContext } from '#platform/context';
import { withRequestMetrics } from '#platform/requestMetrics';
import { buildSchema } from '#platform/schema';
import { configureTable } from '#platform/table';
import { moduleResolvers, owners } from '#modules/index';

// Built once per cold start: config, schema and server live at module scope. The DynamoDB client and
// each domain's code load with the first operation that needs them (docs/conventions.md).
const config = readConfig();
configureTable({ tableName: config.tableName, region: config.region, endpoint: config.dynamoEndpoint });
const verify = createVerifier(config.jwt);
// The SDL with descriptions (for introspection and GraphiQL) only where introspection is on; deployed,
// the compact description, which builds without parsing.
const source = config.deployed ? compactSchema : (await import('@ruta/schema/generated/typeDefs')).typeDefs;
const server = createApolloServer(buildSchema(source, moduleResolvers, owners), { deployed: config.deployed });

const apolloHandler = startServerAndCreateLambdaHandler(server, lambdaRequestHandler(), {
  context: async ({ event, context }) => {
    const token = bearerToken(event.headers);
    // Without a token the caller is anonymous: the policy answers it UNAUTHENTICATED but for the public operations.
    return createContext(token ? await verify(token) : anonymousIdentity(), context.awsRequestId);
  },
});

/** The Lambda entry point; the local server calls this same function. */
export async function handler(event: APIGatewayProxyEventV2, context: Context): Promise<APIGatewayProxyStructuredResultV2> {
  const { result, metrics } = await withRequestMetrics(
    () => apolloHandler(event, context, () => undefined) as Promise<APIGatewayProxyStructuredResultV2>,
  );
  return { ...result, headers: { ...result.headers, 'x-ruta-dynamo-requests': String(metrics.dynamoRequests) } };
}
