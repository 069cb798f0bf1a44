import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';
import { parseRetryAfter } from './retry-after.js';

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['2', 2000],
    [' 120 ', 120_000],
    // Always delta-seconds (RFC 9110), even when it looks like a timestamp: surfaces as RateLimitError.
    ['1735732830', 1_735_732_830_000],
    ['Wed, 01 Jan 2025 12:00:30 GMT', 30_000],
    ['Wednesday, 01-Jan-25 12:00:30 GMT', 30_000],
    ['Wed Jan  1 12:00:30 2025', 30_000],
    ['Wed, 01 Jan 2025 11:00:00 GMT', 0],
  ])('%s → %i ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it.each([[null], [undefined], [''], ['soon'], ['-1'], ['1.5'], ['2025-01-01T12:00:30Z']])(
    '%s → undefined (back off instead)',
    (value) => {
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
    },
  );
});

describe('backoffDelay', () => {
  it('stays within [0, min(maxDelayMs, baseDelayMs · 2^(attempt-1))] (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempt, baseDelayMs, maxDelayMs, r) => {
          const delay = backoffDelay(attempt, { baseDelayMs, maxDelayMs }, () => r);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
          expect(Number.isInteger(delay)).toBe(true);
        },
      ),
    );
  });

  it('is full jitter: random 0 waits nothing, random 1 waits the ceiling', () => {
    const o = { baseDelayMs: 100, maxDelayMs: 10_000 };
    expect(backoffDelay(3, o, () => 0)).toBe(0);
    expect(backoffDelay(3, o, () => 1)).toBe(400);
    expect(backoffDelay(20, o, () => 1)).toBe(10_000);
  });
});
