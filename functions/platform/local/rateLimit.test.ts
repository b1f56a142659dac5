import type { IncomingMessage } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { createRateLimiter } from '#platform/local/rateLimit';

const request = (ip: string, authorization?: string) =>
  ({ headers: authorization ? { authorization } : {}, socket: { remoteAddress: ip } }) as unknown as IncomingMessage;

describe('local rate limiter of anonymous requests', () => {
  it('lets a burst through per address, then asks to wait until a token is back', () => {
    const limiter = createRateLimiter(6, 3);
    const t0 = 1_000_000;
    expect([0, 1, 2].map(() => limiter.take('a', t0))).toEqual([0, 0, 0]);
    expect(limiter.take('a', t0)).toBe(10); // 6 a minute: one every 10 s
    expect(limiter.take('b', t0)).toBe(0); // another address has its own bucket
    expect(limiter.take('a', t0 + 9_000)).toBeGreaterThan(0);
    expect(limiter.take('a', t0 + 10_000)).toBe(0);
  });

  it('answers an anonymous request over the limit 429 RATE_LIMITED with Retry-After, and never limits a signed-in one', async () => {
    vi.stubEnv('RUTA_PUBLIC_RATE_PER_MINUTE', '2');
    vi.resetModules();
    const { publicRateLimit } = await import('#platform/local/rateLimit');
    expect(publicRateLimit(request('10.0.0.1'))).toBeNull();
    expect(publicRateLimit(request('10.0.0.1'))).toBeNull();
    const refused = publicRateLimit(request('10.0.0.1'));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(refused!.body).errors[0].extensions.code).toBe('RATE_LIMITED');
    for (let i = 0; i < 5; i++) expect(publicRateLimit(request('10.0.0.1', 'Bearer x'))).toBeNull();
    expect(publicRateLimit(request('10.0.0.2'))).toBeNull();
    vi.unstubAllEnvs();
  });
});
