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
    TABLE_NAME: table,
    DYNAMODB_ENDPOINT: inject('dynamoEndpoint'),
    JWT_ISSUER: issuer.issuer,
    JWT_AUDIENCE: issuer.audience,
    JWT_JWKS: JSON.stringify(issuer.jwks),
    RUTA_STAGE: 'local',
  });
  ({ handler } = await import('#handlers/graphql'));
});

function event(
  body: unknown,
  token?: string,
  method = 'POST',
  headers: Record<string, string> = { 'content-type': 'application/json' },
  rawQueryString = '',
): APIGatewayProxyEventV2 {
  const now = Date.now();
  return {
    version: '2.0',
    routeKey: `${method} /graphql`,
    rawPath: '/graphql',
    rawQueryString,
    ...(rawQueryString ? { queryStringParameters: Object.fromEntries(new URLSearchParams(rawQueryString)) } : {}),
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'api.test',
      domainPrefix: 'api',
      requestId: randomUUID(),
      routeKey: `${method} /graphql`,
      stage: '$default',
      time: new Date(now).toISOString(),
      timeEpoch: now,
      http: { method, path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    isBase64Encoded: false,
  };
}
const context = { awsRequestId: randomUUID(), getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
const call = async (body: unknown, token?: string, method = 'POST', headers?: Record<string, string>, query = '') => {
  const r = await handler(event(body, token, method, headers, query), context);
  let json: any;
  try {
    json = JSON.parse(r.body ?? '{}');
  } catch {
    json = { unparsed: r.body };
  }
  return { status: r.statusCode ?? 200, json, headers: r.headers ?? {} };
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
    ['too many tokens', `{ me { ${'u '.repeat(4000)} } }`],
    ['too many characters', `{ me { username } } ${'#'.repeat(30_000)}`],
    ['an unknown field', '{ me { password } }'],
  ])('rejects a query with %s as a typed 400, never a 500', async (_, query) => {
    const r = await call({ query }, await token());
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toMatch(/^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT|BAD_REQUEST)$/);
    expect(JSON.stringify(r.json)).not.toMatch(/stacktrace|at Object|node_modules/);
  });

  it('answers introspection locally, for the API explorer', async () => {
    const r = await call({ query: '{ __schema { queryType { name } } }' }, await token());
    expect(r.json.data.__schema.queryType.name).toBe('Query');
  });
});

// Issue 8.5 / 8.10 and the HTTP half of the general proof: whatever a careless or hostile client sends,
// the answer is a typed 4xx with a code, never a 500 and never internals.
const TYPED_4XX =
  /^(BAD_USER_INPUT|BAD_REQUEST|GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|OPERATION_RESOLUTION_FAILURE|UNAUTHENTICATED|PERSISTED_QUERY_NOT_SUPPORTED|PERSISTED_QUERY_NOT_FOUND)$/;
function expectTyped4xx(r: Awaited<ReturnType<typeof call>>) {
  expect(r.status, JSON.stringify(r.json)).toBeGreaterThanOrEqual(400);
  expect(r.status, JSON.stringify(r.json)).toBeLessThan(500);
  expect(r.json.errors?.[0]?.extensions?.code, JSON.stringify(r.json)).toMatch(TYPED_4XX);
  expect(JSON.stringify(r.json)).not.toMatch(/stacktrace|at Object|node_modules|Internal server error/);
}

describe('Lambda handler: operation kinds and limits (issue 8.5, 8.10)', () => {
  it.each([
    ['a subscription', { query: 'subscription { me { username } }' }],
    [
      'a subscription by name among others',
      { query: 'query A { me { username } } subscription B { me { username } }', operationName: 'B' },
    ],
    ['an unknown operation name', { query: 'query A { me { username } }', operationName: 'Nope' }],
    ['two operations and no name', { query: 'query A { me { username } } query B { me { role } }' }],
    ['an operation name that is not a string', { query: '{ me { username } }', operationName: 42 }],
    ['no query', { variables: {} }],
    ['an empty query', { query: '' }],
    ['a query that is not a string', { query: { me: true } }],
    ['variables that are not an object', { query: '{ me { username } }', variables: [1, 2] }],
    ['a persisted-query hash we never stored', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }],
    ['a fragment cycle', { query: '{ me { ...A } } fragment A on User { ...B } fragment B on User { ...A }' }],
    ['a variable of the wrong type', { query: 'query($id: ID!) { organization(id: $id) { id } }', variables: { id: { x: 1 } } }],
    ['a missing required variable', { query: 'query($id: ID!) { organization(id: $id) { id } }', variables: {} }],
    ['a directive we do not know', { query: '{ me @nope { username } }' }],
    [
      'a query that is too deep',
      {
        query:
          `{ organizations { nodes { ${'id '.repeat(1)} } } ${''}}`.replace('id ', 'id') && `{ me ${'{ a '.repeat(12)}${'}'.repeat(12)} }`,
      },
    ],
  ])('%s → a typed 4xx', async (_, body) => {
    expectTyped4xx(await call(body, await token()));
  });

  it('refuses a query over the cost limit with a message that says the limit and how to stay under it, not "Syntax Error"', async () => {
    const nested = '{ nodes { id parties { id name } objectives { code } } }';
    const query = `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: partnerAgreements(first: 100) ${nested}`).join(' ')} }`;
    const r = await call({ query }, await token());
    expectTyped4xx(r);
    const message = r.json.errors[0].message as string;
    expect(message).not.toMatch(/^Syntax Error/);
    expect(message).toMatch(/cost/i);
    expect(message).toMatch(/8000/);
    expect(message).toMatch(/first/);
  });

  it('refuses too many tokens with a message that is not a bare syntax error', async () => {
    const r = await call({ query: `{ me { ${'u '.repeat(4000)} } }` }, await token());
    expectTyped4xx(r);
    expect(r.json.errors[0].message).toMatch(/^Query too long: more than 3000 tokens/);
  });
});

describe('Lambda handler: bodies, content types, methods (general proof, HTTP)', () => {
  // The integration answers a body that is not JSON with a bare-text 400; `lambdaRequestHandler()`
  // (functions/platform/apollo.ts), which the handler uses, makes it a typed one.
  it.each([
    ['invalid JSON', '{"query": "{ me { username } }"'],
    ['binary noise', '\u0000\u0001\uffff'],
  ])('POST with %s → a typed 4xx', async (_, body) => {
    expectTyped4xx(await call(body, await token()));
  });

  it('lambdaRequestHandler turns a body that is not JSON into a typed 400', async () => {
    const { lambdaRequestHandler } = await import('#platform/apollo');
    const h = lambdaRequestHandler();
    let thrown: unknown;
    try {
      h.fromEvent(event('{"query": "{ me { username } }"', undefined));
    } catch (e) {
      thrown = e;
    }
    const r = h.toErrorResult(thrown);
    expect(r.statusCode).toBe(400);
    expect(JSON.parse(r.body!)).toEqual({
      errors: [{ message: expect.stringMatching(/not valid JSON/), extensions: { code: 'BAD_REQUEST' } }],
    });
    const other = h.toErrorResult(new Error('socket hang up at /var/task/index.js'));
    expect(other.statusCode).toBe(500);
    expect(other.body).not.toMatch(/socket|var\/task/);
  });

  it.each([
    ['a JSON string', '"{ me { username } }"'],
    ['a JSON number', '42'],
    ['JSON null', 'null'],
    ['an empty array (a batch of nothing)', '[]'],
    ['a batch', JSON.stringify([{ query: '{ me { username } }' }])],
    ['no body', undefined],
    ['an empty body', ''],
    ['a huge query string', JSON.stringify({ query: `{ me { username } } ${'#'.repeat(500_000)}` })],
  ])('POST with %s → a typed 4xx', async (_, body) => {
    expectTyped4xx(await call(body, await token()));
  });

  it.each([
    ['text/plain (a CSRF-able simple request)', { 'content-type': 'text/plain' }],
    ['form data', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['no content type', {}],
  ])('POST as %s → a typed 4xx', async (_, headers) => {
    expectTyped4xx(await call({ query: '{ me { username } }' }, await token(), 'POST', headers));
  });

  it.each(['PUT', 'DELETE', 'PATCH'])('%s → a typed 4xx', async (method) => {
    expectTyped4xx(await call({ query: '{ me { username } }' }, await token(), method));
  });

  it('GET cannot run a mutation', async () => {
    const r = await call(
      undefined,
      await token(),
      'GET',
      { 'apollo-require-preflight': 'true' },
      `query=${encodeURIComponent('mutation { deleteOrganization(id: "x", version: 1) { id } }')}`,
    );
    expectTyped4xx(r);
  });
});

describe('Lambda handler: tokens (general proof, HTTP)', () => {
  const header = (authorization: string) => ({ 'content-type': 'application/json', authorization });
  it.each([
    ['an empty Bearer', 'Bearer '],
    ['Basic credentials', 'Basic c3RhZmY6cnV0YS1zdGFmZg=='],
    ['a bare token without Bearer', 'eyJhbGciOiJSUzI1NiJ9.e30.x'],
    [
      'an unsigned token (alg none)',
      `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"token_use":"id","cognito:groups":["admin"],"cognito:username":"x"}').toString('base64url')}.`,
    ],
    ['a token of thousands of characters', `Bearer ${'a'.repeat(20_000)}`],
    ['a token with unicode', 'Bearer ñ.ñ.ñ'],
  ])('%s → 401 UNAUTHENTICATED', async (_, authorization) => {
    const r = await call({ query: '{ me { username } }' }, undefined, 'POST', header(authorization));
    expect(r.status).toBe(401);
    expect(r.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a correctly signed token without a role → 401, not a 500', async () => {
    const r = await call({ query: '{ me { username } }' }, await token({ ...staff, role: 'nobody' as never }));
    expect(r.status).toBe(401);
    expect(r.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
