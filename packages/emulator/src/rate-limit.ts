export interface RateLimitOptions {
  limit: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 60, windowMs: 60_000 };

/**
 * A rolling window per key: at most `limit` accepted requests in any `windowMs`. Rejected requests do
 * not count. `retryAfterSeconds` is when the oldest request in the window leaves it.
 */
export function createRateLimiter(options: RateLimitOptions | false) {
  const hits = new Map<string, number[]>();
  return {
    take(key: string, now: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
      if (options === false) return { ok: true };
      const recent = (hits.get(key) ?? []).filter((t) => t > now - options.windowMs);
      if (recent.length >= options.limit) {
        hits.set(key, recent);
        const oldest = recent[0] ?? now;
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil((oldest + options.windowMs - now) / 1000)),
        };
      }
      recent.push(now);
      hits.set(key, recent);
      return { ok: true };
    },
    reset(): void {
      hits.clear();
    },
  };
}
