import { raceSignal } from './signals.js';

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Hands a request's slot back once its answer (or failure) has arrived; calling it again does nothing. */
export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
  aborted: boolean;
  /** Set once the waiter was given a slot, so an abort racing the grant still hands it back. */
  release?: Release;
}

interface Bucket {
  /** Requests given a slot whose answer has not arrived yet: each holds its slot. */
  inFlight: number;
  /** When the answers of finished requests arrived, oldest first: each holds its slot for windowMs. */
  ends: number[];
  queue: Waiter[];
  pumping: boolean;
}

export interface RateLimiter {
  /**
   * Resolves with a `release` when a request for `key` may start; waits (FIFO) while the window is full.
   * Call `release` when the request's answer or failure arrives.
   */
  acquire(
    key: string,
    signal: AbortSignal | undefined,
    toError: (reason: unknown) => Error,
  ): Promise<Release>;
  /** How many keys are remembered now (idle ones are forgotten within two windows). */
  trackedKeys(): number;
}

/**
 * A sliding-window limiter: at most `limit` requests per `windowMs`, per key. A request holds its slot while in
 * flight and for `windowMs` after its answer arrives. Counting from the answer, not from the start, is what keeps
 * the server's count (which it takes when requests arrive) within the limit even when an early request is slow
 * to get there. Requests over the limit wait their turn in arrival order instead of failing; an aborted waiter
 * leaves the queue at once.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs, now, sleep } = options;
  const buckets = new Map<string, Bucket>();

  function prune(bucket: Bucket, at: number): void {
    while (bucket.ends.length > 0 && bucket.ends[0]! <= at - windowMs) bucket.ends.shift();
  }

  // Sweeping every key on every request would cost O(users) per request for an app serving many users, so
  // idle buckets are swept at most once per window: a key is forgotten within two windows of its last answer.
  let lastSweep = Number.NEGATIVE_INFINITY;

  function forgetIdle(at: number): void {
    if (at - lastSweep < windowMs) return;
    lastSweep = at;
    for (const [key, bucket] of buckets) {
      prune(bucket, at);
      const idle = !bucket.pumping && bucket.queue.length === 0 && bucket.inFlight === 0;
      if (idle && bucket.ends.length === 0) buckets.delete(key);
    }
  }

  function releaseFor(bucket: Bucket): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      bucket.inFlight -= 1;
      const at = now();
      // Answers may arrive out of order on an unusual clock; keep `ends` sorted so pruning stays correct.
      let index = bucket.ends.length;
      while (index > 0 && bucket.ends[index - 1]! > at) index -= 1;
      bucket.ends.splice(index, 0, at);
      if (!bucket.pumping && bucket.queue.length > 0) void pump(bucket);
    };
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
        if (bucket.inFlight + bucket.ends.length < limit) {
          bucket.queue.shift();
          bucket.inFlight += 1;
          waiter.release = releaseFor(bucket);
          waiter.grant(waiter.release);
          continue;
        }
        // Every slot is held by a request still in flight: its release pumps again.
        if (bucket.ends.length === 0) return;
        await sleep(Math.max(0, bucket.ends[0]! + windowMs - at));
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
        bucket = { inFlight: 0, ends: [], queue: [], pumping: false };
        buckets.set(key, bucket);
      }
      const waiter: Waiter = { grant: () => {}, aborted: false };
      const turn = new Promise<Release>((resolve) => {
        waiter.grant = resolve;
      });
      bucket.queue.push(waiter);
      if (!bucket.pumping) void pump(bucket);
      return raceSignal(turn, signal, (reason) => {
        waiter.aborted = true;
        // Granted a slot in the same tick as the abort: nobody will use it, so hand it back.
        waiter.release?.();
        return toError(reason);
      });
    },
  };
}
