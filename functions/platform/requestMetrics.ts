import { AsyncLocalStorage } from 'node:async_hooks';

/** DynamoDB requests made while serving one GraphQL operation, by command name. */
export interface RequestMetrics {
  dynamoRequests: number;
  byCommand: Record<string, number>;
}

const storage = new AsyncLocalStorage<RequestMetrics>();

/** Runs fn with a fresh counter; everything it awaits is attributed to it. */
export async function withRequestMetrics<T>(fn: () => Promise<T>): Promise<{ result: T; metrics: RequestMetrics }> {
  const metrics: RequestMetrics = { dynamoRequests: 0, byCommand: {} };
  const result = await storage.run(metrics, fn);
  return { result, metrics };
}

export function currentMetrics(): RequestMetrics | undefined {
  return storage.getStore();
}

export function countDynamoRequest(command: string): void {
  const m = storage.getStore();
  if (!m) return;
  m.dynamoRequests += 1;
  m.byCommand[command] = (m.byCommand[command] ?? 0) + 1;
}
