import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Identity } from '#platform/auth';
import type { LocalIssuer } from '#platform/local/issuer';
import { publicRateLimit } from '#platform/local/rateLimit';

/**
 * A small HTTP adapter for local use: turns requests into the API Gateway v2 events the Lambda
 * handler gets in AWS, serves the built admin, and plays the part of Cognito (login + JWKS).
 */
export interface LocalServerOptions {
  handler: (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
  issuer: LocalIssuer;
  /** Cognito's sign-in in miniature: a temporary password only lets its owner choose a new one. */
  login: (
    username: string,
    password: string,
    newPassword?: string,
  ) => Promise<
    { identity: Identity } | { challenge: 'NEW_PASSWORD_REQUIRED' } | { refused: 'invalid_credentials' | 'temporary_password_expired' }
  >;
  adminDir: string;
}

const MAX_BODY = 1024 * 1024;
const GRAPHQL_PATHS = new Set(['/graphql', '/public/graphql']);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain',
};
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw Object.assign(new Error('Request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Usernames as the user schema allows them (schema/zod/user.ts), and the pool's longest password. */
const USERNAME = /^[a-z0-9._-]{3,40}$/;
const MAX_PASSWORD = 256;

/** `{username, password, newPassword?}`, or null when the body is not a JSON object (or newPassword is not text). */
function loginBody(raw: string): { username: string; password: string; newPassword?: string } | null {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { username, password, newPassword } = body as Record<string, unknown>;
  if (newPassword !== undefined && newPassword !== null && typeof newPassword !== 'string') return null;
  // A missing or non-string username or password is wrong credentials (401), as before.
  return {
    username: typeof username === 'string' ? username : '',
    password: typeof password === 'string' ? password : '',
    ...(typeof newPassword === 'string' ? { newPassword } : {}),
  };
}

/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg)/;
/** Below this a compressed body saves less than the header costs. */
const MIN_COMPRESS = 1024;

type Encoding = 'br' | 'gzip';

/** The encoding CloudFront would pick for this client: brotli, else gzip, else none. */
function encodingFor(req: IncomingMessage): Encoding | null {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

function compress(body: Buffer, encoding: Encoding, quality: number): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body, { level: Math.min(9, quality) });
}

/** Sends `body` compressed when the client takes it and it is worth it (API responses: fast settings). */
function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}, req?: IncomingMessage) {
  let bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const type = headers['content-type'] ?? '';
  const encoding = req && bytes.length >= MIN_COMPRESS && COMPRESSIBLE.test(type) ? encodingFor(req) : null;
  const extra: Record<string, string> = COMPRESSIBLE.test(type) ? { vary: 'accept-encoding' } : {};
  if (encoding) {
    bytes = compress(bytes, encoding, 4);
    extra['content-encoding'] = encoding;
  }
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, ...extra, 'content-length': String(bytes.length) });
  res.end(req?.method === 'HEAD' ? undefined : bytes);
}

const json = (res: ServerResponse, status: number, value: unknown, req?: IncomingMessage) =>
  send(res, status, JSON.stringify(value), { 'content-type': 'application/json' }, req);

function toEvent(req: IncomingMessage, url: URL, body: string): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
  const now = Date.now();
  return {
    version: '2.0',
    routeKey: `${req.method} ${url.pathname}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : undefined,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: url.host,
      domainPrefix: 'local',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: req.socket.remoteAddress ?? '',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: `${req.method} ${url.pathname}`,
      stage: '$default',
      time: new Date(now).toISOString(),
      timeEpoch: now,
    },
    body: body || undefined,
    isBase64Encoded: false,
  };
}

function lambdaContext(requestId: string): Context {
  return {
    awsRequestId: requestId,
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'ruta-graphql-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:ruta-graphql-local',
    logGroupName: 'local',
    logStreamName: 'local',
    memoryLimitInMB: '1024',
    getRemainingTimeInMillis: () => 30_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

/**
 * Static files compressed once (brotli 9: 11 is ten times slower for 8 % less) and kept (the build is a few MiB), as CloudFront
 * caches its compressed copies; a rebuild changes the mtime and so the entry.
 */
const compressedFiles = new Map<string, { mtimeMs: number; bodies: Partial<Record<Encoding | 'identity', Buffer>> }>();

function fileBody(file: string, encoding: Encoding | null): Buffer {
  const { mtimeMs } = statSync(file);
  let entry = compressedFiles.get(file);
  if (!entry || entry.mtimeMs !== mtimeMs) {
    entry = { mtimeMs, bodies: { identity: readFileSync(file) } };
    compressedFiles.set(file, entry);
  }
  const key = encoding ?? 'identity';
  entry.bodies[key] ??= compress(entry.bodies.identity ?? readFileSync(file), encoding as Encoding, 9);
  return entry.bodies[key];
}

function serveFile(req: IncomingMessage, res: ServerResponse, file: string, cache: boolean) {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const encoding = COMPRESSIBLE.test(type) && statSync(file).size >= MIN_COMPRESS ? encodingFor(req) : null;
  const body = fileBody(file, encoding);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': type,
    // Hashed assets never change under their name; everything else is revalidated.
    'cache-control': cache ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(COMPRESSIBLE.test(type) ? { vary: 'accept-encoding' } : {}),
    ...(encoding ? { 'content-encoding': encoding } : {}),
    'content-length': String(body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function serveAdmin(req: IncomingMessage, res: ServerResponse, adminDir: string, pathname: string) {
  const page = pathname === '/graphiql' ? 'graphiql.html' : 'index.html';
  const candidate = normalize(join(adminDir, decodeURIComponent(pathname)));
  if (candidate.startsWith(adminDir) && existsSync(candidate) && statSync(candidate).isFile()) {
    return serveFile(req, res, candidate, pathname.startsWith('/assets/'));
  }
  const html = join(adminDir, page);
  if (!existsSync(html))
    return send(res, 503, 'The admin console is not built yet: run `npm run build:admin`.', { 'content-type': 'text/plain' });
  return serveFile(req, res, html, false);
}

export function createLocalServer(opts: LocalServerOptions): Server {
  const adminDir = normalize(opts.adminDir);
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    try {
      // `/public/graphql` is the public statistics' route (in AWS: no authorizer, its own throttle, and
      // CloudFront's cache for GET); locally both paths are the same handler, GET or POST, and the
      // handler's Cache-Control passes through.
      if (GRAPHQL_PATHS.has(url.pathname)) {
        const limited = publicRateLimit(req);
        if (limited) return send(res, limited.status, limited.body, limited.headers);
        const event = toEvent(req, url, req.method === 'POST' ? await readBody(req) : '');
        const result = await opts.handler(event, lambdaContext(event.requestContext.requestId));
        const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
        return send(res, result.statusCode ?? 200, result.body ?? '', headers, req);
      }
      if (url.pathname === '/auth/login' && req.method === 'POST') {
        const creds = loginBody(await readBody(req));
        if (!creds) return json(res, 400, { error: 'bad_request', message: 'Send JSON {username, password, newPassword?}' });
        // Checked here, at the edge, before any lookup: a username that cannot exist is simply wrong credentials.
        if (!USERNAME.test(creds.username.trim().toLowerCase()) || !creds.password || creds.password.length > MAX_PASSWORD) {
          return json(res, 401, { error: 'invalid_credentials', message: 'Wrong username or password' });
        }
        let result: Awaited<ReturnType<LocalServerOptions['login']>>;
        try {
          result = await opts.login(creds.username, creds.password, creds.newPassword);
        } catch (e) {
          const fields = (e as { extensions?: { code?: string; fields?: unknown } }).extensions;
          if (fields?.code !== 'BAD_USER_INPUT') throw e;
          return json(res, 400, { error: 'weak_password', message: (e as Error).message, fields: fields.fields });
        }
        if ('refused' in result) {
          const message =
            result.refused === 'invalid_credentials'
              ? 'Wrong username or password'
              : 'The temporary password has expired: ask an administrator to reset it';
          return json(res, 401, { error: result.refused, message });
        }
        if ('challenge' in result) return json(res, 409, { error: 'new_password_required', message: 'Choose a new password' });
        const { identity } = result;
        const { token, expiresAt } = await opts.issuer.sign(identity);
        const { programIds: _p, ...user } = identity;
        return json(res, 200, { token, expiresAt, user });
      }
      // The admin reads its runtime config here; in AWS the same path holds the Cognito settings.
      if (url.pathname === '/config.json') return json(res, 200, { mode: 'local' });
      if (url.pathname === '/auth/jwks.json' || url.pathname === '/auth/.well-known/jwks.json') {
        return json(res, 200, opts.issuer.jwks);
      }
      if (req.method === 'GET' || req.method === 'HEAD') return serveAdmin(req, res, adminDir, url.pathname);
      return json(res, 405, { error: 'method_not_allowed' });
    } catch (e) {
      const status = (e as { status?: number }).status ?? 500;
      return json(res, status, { error: status === 413 ? 'too_large' : 'internal_error' });
    }
  });
}
