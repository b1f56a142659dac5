import { describe, expect, it } from 'vitest';
import { fetchRuntimeConfig } from './runtimeConfig.ts';

const aws = {
  apiUrl: 'https://abc123def4.execute-api.us-east-1.amazonaws.com/graphql',
  region: 'us-east-1',
  userPoolId: 'us-east-1_AbCdEfGhI',
  userPoolClientId: '1example23456789abcdefghij',
  stage: 'prod',
};
const answer = (body: string, status = 200, type = 'application/json') =>
  (async () => new Response(body, { status, headers: { 'content-type': type } })) as unknown as typeof fetch;

describe('runtime config detection', () => {
  it('uses Cognito when config.json names a user pool (AWS)', async () => {
    expect(await fetchRuntimeConfig(answer(JSON.stringify(aws)))).toEqual({ mode: 'cognito', ...aws });
  });

  it.each([
    ['the local server marker', answer('{"mode":"local"}')],
    ['an SPA fallback answering index.html', answer('<!doctype html><html></html>', 200, 'text/html')],
    ['a missing file', answer('not found', 404, 'text/plain')],
    ['a config without a pool', answer(JSON.stringify({ ...aws, userPoolId: '' }))],
  ])('uses the local issuer for %s', async (_, fetchFn) => {
    expect(await fetchRuntimeConfig(fetchFn)).toEqual({ mode: 'local' });
  });

  it('fails rather than guess when the server cannot be reached', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(fetchRuntimeConfig(offline)).rejects.toThrow('ruta.errors.NETWORK');
    await expect(fetchRuntimeConfig(answer('bad gateway', 502, 'text/plain'))).rejects.toThrow('ruta.errors.NETWORK');
  });
});
