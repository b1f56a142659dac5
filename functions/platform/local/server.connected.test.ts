import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { createVerifier } from '#platform/auth';
import { createIssuer, type LocalIssuer } from '#platform/local/issuer';
import { createLocalServer } from '#platform/local/server';
import { connectedApi } from '#test/harness';
import { ensureUser, signIn } from '#modules/user/service';
import { User } from '#modules/user/entity';
import { statFootprint } from '#modules/publicStats/cells';
import { publicStatFootprintSteps } from '#modules/publicStats/entity';
import { transact } from '#platform/transact';

let base: string;
let tableName: string;
let issuer: LocalIssuer;
let close: () => void;
const adminDir = mkdtempSync(join(tmpdir(), 'ruta-admin-'));
writeFileSync(join(adminDir, 'index.html'), '<html><body>admin</body></html>');
mkdirSync(join(adminDir, 'assets'));
const script = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `palabra-${i % 50}`))};`;
writeFileSync(join(adminDir, 'assets/index-abc123.js'), script);
/** An API answer large enough to be worth compressing. */
const bigAnswer = JSON.stringify({ data: { nodes: Array.from({ length: 200 }, (_, i) => ({ id: `org-${i}`, name: 'Fundación' })) } });

beforeAll(async () => {
  tableName = (await connectedApi()).table; // a table for the users
  await ensureUser({ username: 'partner', displayName: 'Paula', role: 'partner', organizationId: 'org-fnj', password: 'secret-pass' });
  issuer = await createIssuer('http://localhost/auth');
  const handler = async (event: { rawQueryString: string }) => ({
    statusCode: 200,
    body: event.rawQueryString === 'big' ? bigAnswer : '{"data":{}}',
    headers: { 'Content-Type': 'application/json' },
  });
  const server = createLocalServer({ handler, issuer, login: signIn, adminDir });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

const login = (body: unknown) =>
  fetch(`${base}/auth/login`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

describe('local server', () => {
  it('logs a user in with a Cognito-shaped ID token the handler verifier accepts', async () => {
    const r = await login({ username: 'Partner', password: 'secret-pass' });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { token: string; user: unknown };
    expect(body.user).toEqual({ username: 'partner', displayName: 'Paula', role: 'partner', organizationId: 'org-fnj' });
    expect(decodeJwt(body.token)).toMatchObject({ token_use: 'id', 'cognito:groups': ['partner'], 'custom:organizationId': 'org-fnj' });
    const jwks = await (await fetch(`${base}/auth/jwks.json`)).text();
    const verify = createVerifier({ issuer: issuer.issuer, audience: issuer.audience, jwksJson: jwks });
    expect((await verify(body.token)).role).toBe('partner');
  });

  it('stores passwords only as hashes', async () => {
    const { data } = await User.get({ username: 'partner' }).go();
    expect(data!.passwordHash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(data)).not.toContain('secret-pass');
  });

  it.each([[{ username: 'partner', password: 'wrong' }], [{ username: 'nobody', password: 'secret-pass' }], [{ username: 'partner' }]])(
    'refuses %j with 401',
    async (body) => {
      const r = await login(body);
      expect(r.status).toBe(401);
      expect(((await r.json()) as { error: string }).error).toBe('invalid_credentials');
    },
  );

  // Issue 8.2 and the general proof at the HTTP edge: garbage in → a typed 4xx, never a plain 500.
  it.each([
    ['a username of thousands of characters', { username: 'a'.repeat(5000), password: 'secret-pass' }],
    ['a username with NUL and a direction override', { username: 'part\u0000ner\u202E', password: 'secret-pass' }],
    ['a password of a megabyte minus a little', { username: 'partner', password: 'p'.repeat(900_000) }],
    ['a number as username', { username: 42, password: 'secret-pass' }],
    ['an object as password', { username: 'partner', password: { $ne: '' } }],
  ])('refuses %s as 401 invalid_credentials', async (_, body) => {
    const r = await login(body);
    expect(r.status).toBe(401);
    expect(((await r.json()) as { error: string }).error).toBe('invalid_credentials');
  });

  it.each([
    ['invalid JSON', '{"username": "partner"'],
    ['JSON null', 'null'],
    ['an array', '[{"username": "partner", "password": "secret-pass"}]'],
    ['a string', '"partner"'],
    ['a number', '42'],
    ['an empty body', ''],
    ['a new password that is not text', '{"username": "partner", "password": "secret-pass", "newPassword": ["x"]}'],
  ])('refuses a login body that is %s as 400 bad_request', async (_, body) => {
    const r = await fetch(`${base}/auth/login`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: string }).error).toBe('bad_request');
  });

  it('refuses a login body over 1 MB with 413', async () => {
    const r = await login({ username: 'partner', password: 'p'.repeat(1_100_000) });
    expect(r.status).toBe(413);
  });

  it('refuses a disabled account', async () => {
    await ensureUser({ username: 'gone', displayName: 'Gone', role: 'staff', password: 'secret-pass' });
    await User.patch({ username: 'gone' }).set({ disabled: true }).go();
    expect((await login({ username: 'gone', password: 'secret-pass' })).status).toBe(401);
  });

  it('makes a temporary password choose a new one first, like Cognito, and expires it after three days', async () => {
    await ensureUser({ username: 'newbie', displayName: 'New', role: 'staff', password: 'temp-pass-123' });
    await User.patch({ username: 'newbie' })
      .set({ temporaryUntil: new Date(Date.now() + 86_400_000).toISOString() })
      .go();
    const first = await login({ username: 'newbie', password: 'temp-pass-123' });
    expect([first.status, ((await first.json()) as { error: string }).error]).toEqual([409, 'new_password_required']);
    for (const weak of ['short1A!', 'alllowercaseletters1!', 'temp-pass-123']) {
      const r = await login({ username: 'newbie', password: 'temp-pass-123', newPassword: weak });
      expect(r.status).toBe(400);
    }
    const chosen = await login({ username: 'newbie', password: 'temp-pass-123', newPassword: 'Chosen-Pass-2026' });
    expect(chosen.status).toBe(200);
    expect((await login({ username: 'newbie', password: 'temp-pass-123' })).status).toBe(401);
    expect((await login({ username: 'newbie', password: 'Chosen-Pass-2026' })).status).toBe(200);

    await User.patch({ username: 'newbie' }).set({ temporaryUntil: '2020-01-01T00:00:00.000Z' }).go();
    const expired = await login({ username: 'newbie', password: 'Chosen-Pass-2026', newPassword: 'Another-Pass-2026' });
    expect([expired.status, ((await expired.json()) as { error: string }).error]).toEqual([401, 'temporary_password_expired']);
  });

  it('serves the admin for any path (client-side routes) with security headers', async () => {
    const r = await fetch(`${base}/PartnerAgreement/123/show`);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('admin');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
  });

  it('tells the admin to use the local issuer (no Cognito settings in config.json)', async () => {
    const r = await fetch(`${base}/config.json`);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(await r.json()).toEqual({ mode: 'local' });
  });

  it('compresses static files and API answers as CloudFront does, and caches hashed assets for good', async () => {
    const asset = (encoding: string) => fetch(`${base}/assets/index-abc123.js`, { headers: { 'accept-encoding': encoding } });
    const br = await asset('gzip, deflate, br');
    expect([br.headers.get('content-encoding'), br.headers.get('cache-control')]).toEqual(['br', 'public, max-age=31536000, immutable']);
    expect(Number(br.headers.get('content-length'))).toBeLessThan(script.length / 10);
    expect(await br.text()).toBe(script);
    const gzip = await asset('gzip');
    expect([gzip.headers.get('content-encoding'), await gzip.text()]).toEqual(['gzip', script]);
    const plain = await asset('identity');
    expect([plain.headers.get('content-encoding'), plain.headers.get('content-length')]).toEqual([null, String(script.length)]);
    expect((await fetch(`${base}/`, { headers: { 'accept-encoding': 'br' } })).headers.get('cache-control')).toBe('no-cache');

    const api = await fetch(`${base}/graphql?big`, { method: 'POST', body: '{}', headers: { 'accept-encoding': 'br' } });
    expect([api.headers.get('content-encoding'), api.headers.get('vary')]).toEqual(['br', 'accept-encoding']);
    expect(await api.text()).toBe(bigAnswer);
    const small = await fetch(`${base}/graphql`, { method: 'POST', body: '{}', headers: { 'accept-encoding': 'br' } });
    expect(small.headers.get('content-encoding')).toBeNull(); // not worth it under 1 KiB
  });

  it('does not serve files outside the admin folder', async () => {
    const r = await fetch(`${base}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(await r.text()).not.toContain('root:');
  });

  it('refuses bodies over 1 MB', async () => {
    const r = await fetch(`${base}/graphql`, { method: 'POST', body: 'x'.repeat(1_100_000) });
    expect(r.status).toBe(413);
  });
});

describe('local server: the public route with the real handler', () => {
  let publicBase: string;
  let closePublic: () => void;
  let signed: string;
  const STATS = `query publicStatistics($dimensions: [StatDimension!]!) {
  publicStatistics(dimensions: $dimensions) { dimensions total { count suppressed } }
}`;
  const get = (
    path: string,
    query: string,
    variables?: unknown,
    headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
  ) => {
    const qs = new URLSearchParams({ query, ...(variables ? { variables: JSON.stringify(variables) } : {}) });
    return fetch(`${publicBase}${path}?${qs}`, { headers });
  };

  beforeAll(async () => {
    // 12 identified, consenting women in 2021: one year of data, a total over k.
    const one = {
      dateIdentified: '2021-03-01',
      sex: 'FEMALE',
      ageBand: 'AGE_18_24',
      nationality: 'EC',
      provinceIdentified: '17',
      exploitationTypes: ['SEXUAL'],
    };
    for (let i = 0; i < 12; i++) await transact(publicStatFootprintSteps(null, statFootprint(one, true)));
    const local = await createIssuer('http://issuer.test/auth');
    Object.assign(process.env, {
      TABLE_NAME: tableName,
      JWT_ISSUER: local.issuer,
      JWT_AUDIENCE: local.audience,
      JWT_JWKS: JSON.stringify(local.jwks),
      RUTA_STAGE: 'local',
    });
    const { handler } = await import('#handlers/graphql');
    signed = (await local.sign({ username: 'staff', displayName: 'Staff', role: 'staff', organizationId: 'org-iom', programIds: [] }))
      .token;
    const server = createLocalServer({ handler, issuer: local, login: signIn, adminDir });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    publicBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    closePublic = () => server.close();
  });
  afterAll(() => closePublic());

  it('answers an anonymous GET of publicStatistics on /public/graphql, cacheable for 5 minutes', async () => {
    const r = await get('/public/graphql', STATS, { dimensions: ['SEX'] });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('public, max-age=300');
    const body = (await r.json()) as { data: { publicStatistics: { dimensions: string[]; total: { count: number } } } };
    expect(body.data.publicStatistics).toMatchObject({ dimensions: ['SEX'], total: { count: 12, suppressed: false } });
    // The same handler behind /graphql: same answer, same header.
    expect((await get('/graphql', STATS, { dimensions: ['SEX'] })).headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('keeps everything else out of caches: a signed-in GET, a POST, an error', async () => {
    const mine = await get(
      '/public/graphql',
      STATS,
      { dimensions: ['SEX'] },
      { 'apollo-require-preflight': 'true', authorization: `Bearer ${signed}` },
    );
    expect([mine.status, mine.headers.get('cache-control')]).toEqual([200, 'no-store']);
    const post = await fetch(`${publicBase}/public/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: STATS, variables: { dimensions: ['SEX'] } }),
    });
    expect([post.status, post.headers.get('cache-control')]).toEqual([200, 'no-store']);
    const bad = await get('/public/graphql', STATS, { dimensions: ['SEX', 'YEAR', 'PROVINCE'] });
    const badBody = (await bad.json()) as { errors: { extensions: { code: string } }[] };
    expect([bad.headers.get('cache-control'), badBody.errors[0]!.extensions.code]).toEqual(['no-store', 'BAD_USER_INPUT']);
  });

  it('refuses a GET without a preflight-forcing header (CSRF) and a mutation over GET, neither cacheable', async () => {
    const csrf = await get('/public/graphql', STATS, { dimensions: ['SEX'] }, {});
    expect([csrf.status, csrf.headers.get('cache-control')]).toEqual([400, 'no-store']);
    const mutation = await get('/public/graphql', 'mutation { __typename }');
    expect([mutation.status, mutation.headers.get('cache-control')]).toEqual([405, 'no-store']);
    const refused = (await mutation.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect([refused.data, refused.errors[0]!.extensions.code, refused.errors[0]!.message]).toEqual([
      undefined,
      'BAD_REQUEST',
      'GET requests only support query operations, not mutation operations',
    ]);
  });

  it('answers an anonymous GET of any other operation UNAUTHENTICATED, not cacheable', async () => {
    const r = await get('/public/graphql', '{ me { username } }');
    const body = (await r.json()) as { data: unknown; errors: { extensions: { code: string } }[] };
    expect([r.status, r.headers.get('cache-control'), body.errors[0]!.extensions.code]).toEqual([401, 'no-store', 'UNAUTHENTICATED']);
    // Asking for it beside the public statistics does not make it public either.
    const both = await get('/public/graphql', `{ __typename me { username } }`);
    expect([both.status, both.headers.get('cache-control')]).toEqual([401, 'no-store']);
  });
});
