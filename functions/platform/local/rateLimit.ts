import type { IncomingMessage } from 'node:http';

/**
 * The local server's stand-in for API Gateway's throttling of the public route (infra/lib: the API's
 * route throttling and the CDN's cache): requests WITHOUT a token — the only ones that can reach
 * `publicStatistics` — are limited per client address by a token bucket, so one address cannot make
 * the anonymous API do unbounded work. Signed-in requests are not limited here (each caller is known
 * and audited; API Gateway's account limits apply in AWS).
 */
export interface RateLimiter {
  /** Seconds to wait before the next request is accepted, or 0 to accept it now (and take a token). */
  take(key: string, now?: number): number;
}

export function createRateLimiter(perMinute: number, burst = perMinute): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const rate = perMinute / 60_000;
  return {
    take(key, now = Date.now()) {
      const b = buckets.get(key) ?? { tokens: burst, at: now };
      b.tokens = Math.min(burst, b.tokens + (now - b.at) * rate);
      b.at = now;
      // A forgotten bucket is a full one: keep the map small when many addresses pass by.
      if (buckets.size > 10_000) buckets.clear();
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - b.tokens) / rate / 1000);
    },
  };
}

/** Anonymous requests per minute and address; RUTA_PUBLIC_RATE_PER_MINUTE overrides (the tests lower it). */
const limiter = createRateLimiter(Number(process.env.RUTA_PUBLIC_RATE_PER_MINUTE ?? 60));

/**
 * The 429 to send instead of handling an anonymous request over the limit, or null to handle it:
 * GraphQL-shaped (`RATE_LIMITED`) with Retry-After, as API Gateway's throttling is a 429 too.
 */
export function publicRateLimit(req: IncomingMessage): { status: 429; body: string; headers: Record<string, string> } | null {
  if (req.headers.authorization) return null;
  const wait = limiter.take(req.socket.remoteAddress ?? 'unknown');
  if (!wait) return null;
  const body = JSON.stringify({
    errors: [{ message: 'Too many requests; try again in a moment', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: wait } }],
  });
  return { status: 429, body, headers: { 'content-type': 'application/json', 'retry-after': String(wait) } };
}
