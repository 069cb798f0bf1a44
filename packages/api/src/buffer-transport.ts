import {
  createTransport,
  defaultRateLimitKey,
  type Transport,
  type TransportOptions,
} from '@bufferkit/transport';

/** Buffer's documented limit: 60 authenticated requests per user per minute. */
export const BUFFER_RATE_LIMIT = { limit: 60, windowMs: 60_000 } as const;

/**
 * A transport with Buffer's policy: requests queue client-side at 60 per minute per access token (hashed,
 * whichever place the token travels in), GETs are retried on network errors and 408/429/5xx, POSTs only on
 * 429 or when the request provably never left. Pass `adapter` to use another fetch or ky.
 */
export function createBufferTransport(options: TransportOptions = {}): Transport {
  // Only `rateLimit: false` (or a limit of your own) turns Buffer's limit off: an option that is present but
  // undefined, as when options are spread from a config, must not override the default with "no limit".
  const { rateLimit, ...rest } = options ?? {};
  return createTransport({
    ...rest,
    rateLimit: rateLimit === undefined ? { ...BUFFER_RATE_LIMIT, key: defaultRateLimitKey } : rateLimit,
  });
}

let shared: Transport | undefined;

/** One default transport per process, so every client of the same user shares one rate-limit budget. */
export function defaultBufferTransport(): Transport {
  shared ??= createBufferTransport();
  return shared;
}
