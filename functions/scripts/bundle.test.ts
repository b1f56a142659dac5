import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureTable } from '#platform/local/engine';
import { bundleHandler, findDuplicates, type BundleReport } from './bundle.ts';
import { handlerEntries, repoRoot } from './esbuild-options.ts';

const run = promisify(execFile);

describe('findDuplicates', () => {
  const input = (...imports: string[]) => ({
    bytes: 1,
    imports: imports.map((path) => ({ path, kind: 'import-statement' as const, original: path })),
  });

  it('reports one package bundled from its CJS and ESM builds', () => {
    const dups = findDuplicates({
      'node_modules/@apollo/server/dist/esm/ApolloServer.js': input(),
      'node_modules/@apollo/server/dist/cjs/ApolloServer.js': input(),
    });
    expect(dups).toHaveLength(1);
    expect(dups[0]).toMatch(/^@apollo\/server \(1 module from two builds/);
  });

  it('accepts an index.mjs that only re-exports index.js', () => {
    expect(
      findDuplicates({
        'node_modules/async-function/index.mjs': input('node_modules/async-function/index.js'),
        'node_modules/async-function/index.js': input(),
      }),
    ).toEqual([]);
  });

  it('reports a package bundled from two install locations', () => {
    const dups = findDuplicates({
      'node_modules/a/node_modules/b/index.js': input(),
      'node_modules/b/index.js': input(),
    });
    expect(dups).toEqual([expect.stringMatching(/^b \(2 installed copies/)]);
  });
});

describe('shims', () => {
  it("jsonschema: accepts plain objects (ElectroDB models), rejects class instances (entities), as ElectroDB's type test needs", async () => {
    const { Validator } = createRequire(import.meta.url)('./shims/jsonschema.cjs') as {
      Validator: new () => { validate(x: unknown): { errors: unknown[] } };
    };
    const v = new Validator();
    expect(v.validate({ model: { entity: 'a', version: '1', service: 's' }, attributes: {}, indexes: {} }).errors).toEqual([]);
    expect(v.validate(new (class Entity {})()).errors).toHaveLength(1);
    expect(v.validate(null).errors).toHaveLength(1);
  });
});

describe(`bundled ${handlerEntries.graphql}`, () => {
  let outdir: string;
  let report: BundleReport;

  beforeAll(async () => {
    outdir = await mkdtemp(join(tmpdir(), 'ruta-bundle-'));
    report = await bundleHandler(outdir);
  }, 60_000);
  afterAll(() => rm(outdir, { recursive: true, force: true }));

  it('starts without any domain service or entity, ElectroDB, zod or the AWS SDK: they load with the first operation that needs them', () => {
    const heavy = report.startupInputs.filter(
      (p) =>
        /node_modules\/(electrodb|zod|@aws-sdk|@smithy|@apollo\/usage-reporting-protobuf|@graphql-tools\/schema)\//.test(p) ||
        /functions\/modules\/[^/]+\/(service|entity)\.ts$/.test(p),
    );
    expect(heavy).toEqual([]);
    expect(report.startupInputs).toContain('functions/modules/organization/resolvers.ts');
  });

  it('bundles every package once (Apollo from its ES-module build, one @graphql-tools/utils)', () => {
    expect(report.duplicates).toEqual([]);
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
    // The Cognito client is imported on the first user-management request only.
    const bundled = Object.values(report.metafile.outputs).flatMap((o) => Object.keys(o.inputs)); // metafile.inputs is every file parsed, even if shaken out
    expect(bundled.some((p) => p.includes('/client-cognito-identity-provider/'))).toBe(true);
    expect(loaded.filter((p) => p.includes('/client-cognito-identity-provider/'))).toEqual([]);
    // ElectroDB's `require('@aws-sdk/lib-dynamodb')` gets the registry (shims/packages/ruta-lib-dynamodb), so
    // the DynamoDB client is tree-shaken: no aggregated client, waiters or unused commands.
    expect(report.metafile.inputs['node_modules/electrodb/src/client.js']?.imports.map((i) => i.path)).toContain(
      'functions/scripts/shims/packages/ruta-lib-dynamodb/registry.cjs',
    );
    expect(
      bundled.filter((p) =>
        /client-dynamodb\/dist-es\/(DynamoDB\.js|waiters\/|commands\/(CreateTable|DeleteTable|ExportTable)\w*Command)/.test(p),
      ),
    ).toEqual([]);
    expect(bundled).toContain('node_modules/@aws-sdk/client-dynamodb/dist-es/commands/TransactWriteItemsCommand.js');
    // Apollo's hashing goes to node:crypto through the shim, not the pure-JS sha.js package.
    expect(Object.keys(report.metafile.inputs).filter((p) => p.includes('node_modules/sha.js/'))).toEqual([]);
    expect(Object.keys(report.metafile.inputs)).toContain('functions/scripts/shims/sha.cjs');
  });

  it('imports as plain Node ESM, answers API Gateway v2 events and works against DynamoDB', async () => {
    expect(existsSync(`${report.entryFile}.map`)).toBe(true);
    // ID tokens like Cognito's, verified by the bundled handler against this key set (JWT_JWKS).
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'test', alg: 'RS256', use: 'sig' }] };
    const idToken = (username: string, role: string, organizationId: string) =>
      new SignJWT({
        token_use: 'id',
        'cognito:username': username,
        'cognito:groups': [role],
        name: username,
        'custom:organizationId': organizationId,
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'test' })
        .setIssuer('http://issuer.test')
        .setAudience('bundle-test')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
    const staff = await idToken('ana', 'staff', 'org-a');
    const partner = await idToken('pablo', 'partner', 'org-p');
    const table = `bundle-${randomUUID()}`;
    await ensureTable(inject('dynamoEndpoint'), table);

    const name = `Fundación ${randomUUID().slice(0, 8)}`;
    const create = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name kind version } }';
    const list = 'query { organizations(first: 50) { nodes { id name kind } } }';
    const requests = [
      { query: '{ me { username } }' }, // no token
      { query: '{ me { username role organizationId } }', token: staff },
      { query: create, variables: { input: { name, kind: 'NGO', country: 'EC' } }, token: staff },
      { query: list, token: staff },
      { query: create, variables: { input: { name: 'Not allowed', kind: 'NGO', country: 'EC' } }, token: partner },
    ];
    const { stdout } = await run(
      process.execPath,
      ['--enable-source-maps', join(repoRoot, 'functions/scripts/invoke-bundle.mjs'), report.entryFile, JSON.stringify(requests)],
      {
        cwd: tmpdir(), // the bundle lives outside the repository: no node_modules can be picked up, it must be self-contained
        env: {
          PATH: process.env.PATH,
          TABLE_NAME: table,
          DYNAMODB_ENDPOINT: inject('dynamoEndpoint'),
          JWT_ISSUER: 'http://issuer.test',
          JWT_AUDIENCE: 'bundle-test',
          JWT_JWKS: JSON.stringify(jwks),
          RUTA_STAGE: 'test',
          AWS_REGION: 'us-east-1',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          POWERTOOLS_LOG_LEVEL: 'SILENT',
        },
      },
    );
    const out = JSON.parse(stdout.trim().split('\n').pop()!) as { handlerType: string; results: { status: number; body: any }[] };
    expect(out.handlerType).toBe('function');
    const [anonymous, me, created, listed, forbidden] = out.results;

    // No token: the context function rejects before any DynamoDB call, as a real 401.
    expect(anonymous!.status).toBe(401);
    expect(anonymous!.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // A valid ID token runs the whole pipeline (query hashing through the sha.js shim, validation, execution).
    expect(me).toEqual({
      status: 200,
      body: { data: { me: { username: 'ana', role: 'STAFF', organizationId: 'org-a' } } },
      ms: expect.any(Number),
    });
    // A write (transaction: record, aggregates, audit) and a read through an index, in DynamoDB Local:
    // ElectroDB's commands reach it through the lib-dynamodb shim.
    expect(created!.status).toBe(200);
    expect(created!.body.errors).toBeUndefined();
    expect(created!.body.data.createOrganization).toMatchObject({ name, kind: 'NGO', version: 1 });
    expect(listed!.body.data.organizations.nodes).toContainEqual({ id: created!.body.data.createOrganization.id, name, kind: 'NGO' });
    // A partner may read but not create organizations.
    expect(forbidden!.status).toBe(200);
    expect(forbidden!.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(forbidden!.body.data).toBeNull();
  }, 30_000);
});
