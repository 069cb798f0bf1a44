export interface RetryOptions {
  /** Total attempts including the first. Default 3. */
  attempts?: number;
  /** Backoff ceiling for the first retry; doubles each retry. Default 300. */
  baseDelayMs?: number;
  /** Largest backoff ceiling. Default 10_000. */
  maxDelayMs?: number;
  /** A longer `Retry-After` is not slept through: it surfaces as RateLimitError. Default 60_000. */
  maxRetryAfterMs?: number;
  /** Statuses retried for idempotent requests (non-idempotent ones: only 429). */
  statuses?: readonly number[];
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const DEFAULT_RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

export const NO_RETRY: ResolvedRetryOptions = {
  attempts: 1,
  baseDelayMs: 0,
  maxDelayMs: 0,
  maxRetryAfterMs: 0,
  statuses: [],
};

function check(name: string, value: number, integer: boolean, min: number): number {
  if (
    typeof value !== 'number' ||
    Number.isNaN(value) ||
    value < min ||
    (integer && !Number.isInteger(value))
  ) {
    throw new RangeError(
      `retry.${name} must be ${integer ? 'an integer' : 'a number'} ≥ ${min}, got ${String(value)}`,
    );
  }
  return value;
}

export function resolveRetryOptions(options: RetryOptions | false | undefined): ResolvedRetryOptions {
  if (options === false) return NO_RETRY;
  const o = options ?? {};
  const baseDelayMs = check('baseDelayMs', o.baseDelayMs ?? 300, false, 0);
  return {
    attempts: check('attempts', o.attempts ?? 3, true, 1),
    baseDelayMs,
    maxDelayMs: check('maxDelayMs', o.maxDelayMs ?? Math.max(10_000, baseDelayMs), false, 0),
    maxRetryAfterMs: check('maxRetryAfterMs', o.maxRetryAfterMs ?? 60_000, false, 0),
    statuses: [...(o.statuses ?? DEFAULT_RETRY_STATUSES)],
  };
}
