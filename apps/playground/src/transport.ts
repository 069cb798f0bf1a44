import { createBufferTransport } from '@bufferkit/api';
import type { Transport } from './buffer.js';

type BufferTransportOptions = NonNullable<Parameters<typeof createBufferTransport>[0]>;

/** Statuses a GET is retried on: the SDK's defaults without 429. */
const RETRY_STATUSES = [408, 500, 502, 503, 504] as const;

/**
 * How the playground reaches Buffer when no transport is given. A page is answered while a person waits, so
 * Buffer's rate limit must surface at once as its 429 (shown with the code), never as a page that hangs:
 * no client-side queue (the SDK's default waits up to a minute for a slot) and no sleeping through
 * `Retry-After` (a 429 is not retried). Network failures and 5xx on reads are still retried briefly.
 */
export function createPlaygroundTransport(
  options: Pick<BufferTransportOptions, 'adapter' | 'sleep' | 'now' | 'random'> = {},
): Transport {
  return createBufferTransport({
    ...options,
    rateLimit: false,
    retry: { statuses: [...RETRY_STATUSES] },
  });
}
