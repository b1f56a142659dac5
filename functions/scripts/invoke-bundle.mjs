// Invokes a bundled Lambda handler in this (fresh) Node process the way API Gateway's HTTP API does:
// payload format 2.0 events for `POST /graphql`, each carrying its bearer token and, as the JWT
// authorizer passes them on, the token's claims in `requestContext.authorizer.jwt`. Prints one JSON
// line: how long `import()` took, then per request its status, body and duration.
//
//   node functions/scripts/invoke-bundle.mjs <bundle entry file> '<[{ "query", "variables"?, "token"? }, …]>'
//
// Plain JavaScript that imports nothing but Node built-ins and the bundle: it runs from any directory,
// so the bundle proves it is self-contained. Used by functions/scripts/bundle.test.ts and the cold-start
// figures of `npm run bench` (functions/bench/coldStart.ts).
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const [entry, requestsJson = '[]'] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node invoke-bundle.mjs <bundle entry file> <requests JSON>');
  process.exit(2);
}
const requests = JSON.parse(requestsJson);

/** The claims API Gateway's JWT authorizer hands to the integration: the token's payload, unverified here. */
function claimsOf(token) {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    // HTTP APIs pass every claim as a string; arrays look like `[a b]`.
    return Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, Array.isArray(v) ? `[${v.join(' ')}]` : String(v)]));
  } catch {
    return {};
  }
}

function event({ query, variables, token }) {
  const now = new Date();
  const requestId = randomUUID();
  return {
    version: '2.0',
    routeKey: 'POST /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      host: 'abc123.execute-api.us-east-1.amazonaws.com',
      'user-agent': 'invoke-bundle',
      'x-forwarded-proto': 'https',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.us-east-1.amazonaws.com',
      domainPrefix: 'abc123',
      requestId,
      routeKey: 'POST /graphql',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'invoke-bundle' },
      ...(token ? { authorizer: { jwt: { claims: claimsOf(token), scopes: null } } } : {}),
    },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
    isBase64Encoded: false,
  };
}

function context(awsRequestId) {
  return {
    awsRequestId,
    functionName: 'ruta-graphql',
    functionVersion: '$LATEST',
    memoryLimitInMB: '1024',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 10_000,
  };
}

const t0 = performance.now();
const mod = await import(pathToFileURL(entry).href);
const importMs = performance.now() - t0;
const results = [];
for (const request of requests) {
  const e = event(request);
  const t = performance.now();
  const r = await mod.handler(e, context(e.requestContext.requestId));
  let body = r.body;
  try {
    body = JSON.parse(r.body);
  } catch {
    /* not JSON: keep the text */
  }
  results.push({ status: r.statusCode, body, ms: performance.now() - t });
}
console.log(JSON.stringify({ handlerType: typeof mod.handler, importMs, results }));
// Open sockets (the SDK's keep-alive agent) would keep a fresh process alive: we are done.
process.exit(0);
