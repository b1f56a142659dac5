import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { ensureTable } from '#platform/local/engine';
import { createIssuer, type LocalIssuer } from '#platform/local/issuer';
import type { Identity } from '#platform/auth';

// The Lambda entry point exactly as AWS calls it: API Gateway v2 events in, structured results out.
let handler: (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyStructuredResultV2>;
let issuer: LocalIssuer;
const staff: Identity = { username: 'staff', displayName: 'Staff', role: 'staff', organizationId: 'org-iom', programIds: [] };

beforeAll(async () => {
  const table = `handler-${randomUUID()}`;
  await ensureTable(inject('dynamoEndpoint'), table);
  issuer = await createIssuer('http://issuer.test/auth');
  Object.assign(process.env, {
    TABLE_NAME: table, DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), JWT_ISSUER: issuer.issuer,
    JWT_AUDIENCE: issuer.audience, JWT_JWKS: JSON.stringify(issuer.jwks), RUTA_STAGE: 'local',
  });
  ({ handler } = await import('#handlers/graphql'));
});

function event(body: unknown, token?: string, method = 'POST'): APIGatewayProxyEventV2 {
  const now = Date.now();
  return {
    version: '2.0', routeKey: `${method} /graphql`, rawPath: '/graphql', rawQueryString: '',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    requestContext: {
      accountId: 'test', apiId: 'test', domainName: 'api.test', domainPrefix: 'api', requestId: randomUUID(),
      routeKey: `${method} /graphql`, stage: '$default', time: new Date(now).toISOString(), timeEpoch: now,
      http: { method, path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    isBase64Encoded: false,
  };
}
const context = { awsRequestId: randomUUID(), getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
const call = async (body: unknown, token?: string) => {
  const r = await handler(event(body, token), context);
  return { status: r.statusCode, json: JSON.parse(r.body ?? '{}'), headers: r.headers ?? {} };
};
const token = async (who = staff, ttl?: number) => (await issuer.sign(who, ttl)).token;

describe('Lambda handler', () => {
  it('answers a signed-in user', async () => {
    const r = await call({ query: '{ me { username role organizationId } }' }, await token());
    expect(r.status).toBe(200);
    expect(r.json.data.me).toEqual({ username: 'staff', role: 'STAFF', organizationId: 'org-iom' });
    expect(r.headers['x-ruta-dynamo-requests']).toBe('0');
  });

  it.each([
    ['no token', async () => undefined],
    ['an expired token', async () => token(staff, -60)],
    ['a token from another issuer key', async () => (await (await createIssuer('http://issuer.test/auth')).sign(staff)).token],
    ['garbage', async () => 'not.a.jwt'],
  ])('answers %s with HTTP 401 UNAUTHENTICATED and touches no data', async (_, make) => {
    const r = await call({ query: '{ organizations { nodes { id } } }' }, await make());
    expect(r.status).toBe(401);
    expect(r.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(r.headers['x-ruta-dynamo-requests']).toBe('0');
  });

  it('refuses batched requests', async () => {
    const r = await call([{ query: '{ me { username } }' }, { query: '{ me { role } }' }], await token());
    expect(r.status).toBe(400);
  });

  it.each([
    ['a syntax error', '{ me { '],
    ['too many aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { username }`).join(' ')} }`],
    ['too many tokens', `{ me { ${'username '.repeat(4000)} } }`],
    ['an unknown field', '{ me { password } }'],
  ])('rejects a query with %s as a typed 400, never a 500', async (_, query) => {
    const r = await call({ query }, await token());
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toMatch(/^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
    expect(JSON.stringify(r.json)).not.toMatch(/stacktrace|at Object|node_modules/);
  });

  it('answers introspection locally, for the API explorer', async () => {
    const r = await call({ query: '{ __schema { queryType { name } } }' }, await token());
    expect(r.json.data.__schema.queryType.name).toBe('Query');
  });
});
