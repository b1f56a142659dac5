import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** An API Gateway (HTTP API, payload 2.0) event as the bench hands it to the Lambda handler. */
export function apiEvent(request: {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  rawQueryString?: string;
  body?: string;
}): APIGatewayProxyEventV2 {
  const { method, path, headers, rawQueryString = '', body } = request;
  const routeKey = `${method} ${path}`;
  const now = Date.now();
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString,
    ...(rawQueryString ? { queryStringParameters: Object.fromEntries(new URLSearchParams(rawQueryString)) } : {}),
    headers,
    requestContext: {
      accountId: 'bench',
      apiId: 'bench',
      domainName: 'bench',
      domainPrefix: 'bench',
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: new Date(now).toISOString(),
      timeEpoch: now,
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
    },
    ...(body === undefined ? {} : { body }),
    isBase64Encoded: false,
  };
}
