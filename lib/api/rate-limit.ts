/**
 * A per-client token bucket, in this server's memory: each client may send `burst` requests at once
 * and `perMinute` a minute after that; past it, 429 with Retry-After. A client is the first address
 * of X-Forwarded-For (what a proxy in front of the app says), else one bucket for every direct
 * caller. A client that forges the header spreads its requests over buckets, so this is a brake on
 * floods, not a wall: the console's timeout and row cap stay the hard bounds of each query.
 */
import { AuthError } from '../auth/errors';

export interface RateLimit {
  perMinute: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Clients remembered at most; the longest idle go first. */
const MAX_CLIENTS = 10_000;

function clientKey(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0].trim() || 'direct';
}

export function rateLimiter({ perMinute, burst }: RateLimit) {
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;
  return {
    /** Takes one request from the client's bucket, or throws 429 saying when to try again. */
    take(request: Request, now = Date.now()): void {
      const key = clientKey(request);
      const bucket = buckets.get(key) ?? { tokens: burst, at: now };
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perMs);
      bucket.at = now;
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens < 1) {
        const seconds = Math.ceil((1 - bucket.tokens) / perMs / 1000);
        throw new AuthError(429, `Too many queries from this client; try again in ${seconds} s.`, seconds);
      }
      bucket.tokens -= 1;
    },
  };
}
