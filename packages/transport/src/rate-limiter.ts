import { raceSignal } from './signals.js';

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

interface Waiter {
  resolve: () => void;
  aborted: boolean;
}

interface Bucket {
  /** Start times of the requests inside the current window, oldest first. */
  starts: number[];
  queue: Waiter[];
  pumping: boolean;
}

export interface RateLimiter {
  /** Resolves when a request for `key` may start; waits (FIFO) while the window is full. */
  acquire(key: string, signal: AbortSignal | undefined, toError: (reason: unknown) => Error): Promise<void>;
  /** How many keys are remembered now (idle ones are forgotten within two windows). */
  trackedKeys(): number;
}

/**
 * A sliding-window limiter: at most `limit` starts in any `windowMs` span, per key. Requests over the limit
 * wait their turn in arrival order instead of failing; an aborted waiter leaves the queue at once.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs, now, sleep } = options;
  const buckets = new Map<string, Bucket>();

  function prune(bucket: Bucket, at: number): void {
    while (bucket.starts.length > 0 && bucket.starts[0]! <= at - windowMs) bucket.starts.shift();
  }

  // Sweeping every key on every request would cost O(users) per request for an app serving many users, so
  // idle buckets are swept at most once per window: a key is forgotten within two windows of its last request.
  let lastSweep = Number.NEGATIVE_INFINITY;

  function forgetIdle(at: number): void {
    if (at - lastSweep < windowMs) return;
    lastSweep = at;
    for (const [key, bucket] of buckets) {
      prune(bucket, at);
      if (!bucket.pumping && bucket.queue.length === 0 && bucket.starts.length === 0) buckets.delete(key);
    }
  }

  async function pump(bucket: Bucket): Promise<void> {
    bucket.pumping = true;
    try {
      while (bucket.queue.length > 0) {
        const waiter = bucket.queue[0]!;
        if (waiter.aborted) {
          bucket.queue.shift();
          continue;
        }
        const at = now();
        prune(bucket, at);
        if (bucket.starts.length < limit) {
          bucket.queue.shift();
          bucket.starts.push(at);
          waiter.resolve();
          continue;
        }
        await sleep(Math.max(0, bucket.starts[0]! + windowMs - at));
      }
    } finally {
      bucket.pumping = false;
    }
  }

  return {
    trackedKeys: () => buckets.size,
    acquire(key, signal, toError) {
      forgetIdle(now());
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = { starts: [], queue: [], pumping: false };
        buckets.set(key, bucket);
      }
      const waiter: Waiter = { resolve: () => {}, aborted: false };
      const turn = new Promise<void>((resolve) => {
        waiter.resolve = resolve;
      });
      bucket.queue.push(waiter);
      if (!bucket.pumping) void pump(bucket);
      return raceSignal(turn, signal, (reason) => {
        waiter.aborted = true;
        return toError(reason);
      });
    },
  };
}
