/**
 * Exponential backoff with full jitter (a uniformly random wait up to the exponential ceiling), so that
 * many clients failing together do not retry together. `attempt` is the 1-based attempt that just failed.
 */
export function backoffDelay(
  attempt: number,
  options: { baseDelayMs: number; maxDelayMs: number },
  random: () => number,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const fraction = Math.min(1, Math.max(0, random()));
  return Math.floor(fraction * ceiling);
}
