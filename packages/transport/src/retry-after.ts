const SECONDS = /^\s*(\d+)\s*$/;

/**
 * `Retry-After` in milliseconds from `now`: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * A date in the past means 0; anything unparseable means undefined (fall back to backoff).
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const seconds = SECONDS.exec(value);
  if (seconds) return Number(seconds[1]) * 1000;
  // Only HTTP-dates: Date.parse also accepts bare numbers and other shapes a server did not mean.
  if (!/^\s*[A-Za-z]{3,9},?\s/.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
