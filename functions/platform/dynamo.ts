import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { countDynamoRequest } from '#platform/requestMetrics';

export interface DynamoOptions {
  region: string;
  endpoint?: string;
}

/**
 * The one DynamoDB client of a process. A middleware counts every request sent (retries included,
 * since each costs) against the GraphQL operation being served, so tests and the bench can assert
 * what an operation costs.
 */
export function createDocumentClient({ region, endpoint }: DynamoOptions): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region,
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 3,
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      countDynamoRequest(String(context.commandName ?? 'unknown').replace(/Command$/, ''));
      return next(args);
    },
    { step: 'finalizeRequest', name: 'rutaRequestCounter', priority: 'low' },
  );
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}
