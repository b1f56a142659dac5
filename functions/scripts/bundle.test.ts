import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleHandler, findDuplicates, type BundleReport } from './bundle.ts';
import { handlerEntries, repoRoot } from './esbuild-options.ts';

const run = promisify(execFile);
const entryExists = existsSync(join(repoRoot, handlerEntries.graphql));
if (!entryExists) console.warn(`bundle.test: skipped — ${handlerEntries.graphql} does not exist yet`);

describe('findDuplicates', () => {
  const input = (...imports: string[]) => ({ bytes: 1, imports: imports.map((path) => ({ path, kind: 'import-statement' as const, original: path })) });

  it('reports one package bundled from its CJS and ESM builds', () => {
    const dups = findDuplicates({
      'node_modules/@apollo/server/dist/esm/ApolloServer.js': input(),
      'node_modules/@apollo/server/dist/cjs/ApolloServer.js': input(),
    });
    expect(dups).toHaveLength(1);
    expect(dups[0]).toMatch(/^@apollo\/server \(1 module from two builds/);
  });

  it('accepts an index.mjs that only re-exports index.js', () => {
    expect(findDuplicates({
      'node_modules/async-function/index.mjs': input('node_modules/async-function/index.js'),
      'node_modules/async-function/index.js': input(),
    })).toEqual([]);
  });

  it('reports a package bundled from two install locations', () => {
    const dups = findDuplicates({
      'node_modules/a/node_modules/b/index.js': input(),
      'node_modules/b/index.js': input(),
    });
    expect(dups).toEqual([expect.stringMatching(/^b \(2 installed copies/)]);
  });
});

describe.skipIf(!entryExists)(`bundled ${handlerEntries.graphql}`, () => {
  let outdir: string;
  let report: BundleReport;

  beforeAll(async () => {
    outdir = await mkdtemp(join(tmpdir(), 'ruta-bundle-'));
    report = await bundleHandler(outdir);
  }, 60_000);
  afterAll(() => rm(outdir, { recursive: true, force: true }));

  it('bundles Apollo once, from its ES-module build', () => {
    expect(report.duplicates.filter((d) => d.startsWith('@apollo/'))).toEqual([]);
    const apollo = Object.keys(report.metafile.inputs).filter((p) => p.includes('node_modules/@apollo/server/'));
    expect(apollo.length).toBeGreaterThan(0);
    expect(apollo.filter((p) => !p.includes('/dist/esm/'))).toEqual([]);
  });

  it('keeps what only some requests need out of the cold start', () => {
    expect(report.entryBytes).toBeGreaterThan(0);
    expect(report.startupBytes).toBeGreaterThanOrEqual(report.entryBytes);
    expect(report.totalBytes).toBeGreaterThan(report.startupBytes);
    // Apollo's usage reporting (protobuf) is a default plugin we never enable: it must sit in a lazy chunk.
    const startup = new Set<string>();
    const visit = (p: string) => {
      if (startup.has(p)) return;
      startup.add(p);
      for (const i of report.metafile.outputs[p]?.imports ?? []) if (!i.external && i.kind === 'import-statement') visit(i.path);
    };
    visit(Object.keys(report.metafile.outputs).find((p) => p.endsWith('/index.mjs'))!);
    const loaded = [...startup].flatMap((p) => Object.keys(report.metafile.outputs[p]!.inputs));
    expect(loaded.filter((p) => p.includes('usage-reporting-protobuf'))).toEqual([]);
    // Apollo's hashing goes to node:crypto through the shim, not the pure-JS sha.js package.
    expect(Object.keys(report.metafile.inputs).filter((p) => p.includes('node_modules/sha.js/'))).toEqual([]);
    expect(Object.keys(report.metafile.inputs)).toContain('functions/scripts/shims/sha.cjs');
  });

  it('imports as plain Node ESM and exports a working handler', async () => {
    expect(existsSync(`${report.entryFile}.map`)).toBe(true);
    // A signed ID token like Cognito's, verified by the bundled handler against this JWKS.
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'test', alg: 'RS256', use: 'sig' }] };
    const token = await new SignJWT({ token_use: 'id', 'cognito:username': 'ana', 'cognito:groups': ['staff'], name: 'Ana' })
      .setProtectedHeader({ alg: 'RS256', kid: 'test' }).setIssuer('http://issuer.test').setAudience('bundle-test')
      .setIssuedAt().setExpirationTime('5m').sign(privateKey);
    const probe = `
      const mod = await import(${JSON.stringify(pathToFileURL(report.entryFile).href)});
      const call = (headers) => mod.handler({ version: '2.0', routeKey: 'POST /graphql', rawPath: '/graphql', rawQueryString: '',
        isBase64Encoded: false, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ __typename }' }),
        requestContext: { requestId: 'r', routeKey: 'POST /graphql', stage: '$default',
          http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' } } },
        { awsRequestId: 'r', getRemainingTimeInMillis: () => 3000 });
      const anonymous = await call({});
      const signed = await call({ authorization: 'Bearer ${token}' });
      console.log(JSON.stringify({ type: typeof mod.handler,
        anonymous: { status: anonymous.statusCode, body: JSON.parse(anonymous.body) },
        signed: { status: signed.statusCode, body: JSON.parse(signed.body) } }));`;
    const { stdout } = await run(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', probe], {
      cwd: tmpdir(), // the bundle lives outside the repository: no node_modules can be picked up, it must be self-contained
      env: {
        PATH: process.env.PATH, TABLE_NAME: 'bundle-test', JWT_ISSUER: 'http://issuer.test', JWT_AUDIENCE: 'bundle-test',
        JWT_JWKS: JSON.stringify(jwks), RUTA_STAGE: 'test', AWS_REGION: 'us-east-1',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'SILENT',
      },
    });
    const out = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(out.type).toBe('function');
    // No token: the context function rejects before any DynamoDB call, as a real 401.
    expect(out.anonymous.status).toBe(401);
    expect(out.anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // A valid token runs the whole pipeline (query hashing through the sha.js shim, validation, execution).
    expect(out.signed).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  }, 30_000);
});
