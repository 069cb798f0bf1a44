import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { instantOf, offsetAt, wallTimeAt } from './zoned-time.js';

describe('instantOf', () => {
  test('an ordinary wall time maps to the instant with the zone offset', () => {
    expect(instantOf(2026, 3, 2, 12, 0, 'Europe/London')).toBe(Date.UTC(2026, 2, 2, 12, 0));
    expect(instantOf(2026, 7, 1, 12, 0, 'Europe/London')).toBe(Date.UTC(2026, 6, 1, 11, 0));
    expect(instantOf(2026, 3, 3, 8, 30, 'Asia/Tokyo')).toBe(Date.UTC(2026, 2, 2, 23, 30));
  });

  test('a time skipped by spring-forward moves forward by the gap (London 29 March 2026 01:30)', () => {
    expect(instantOf(2026, 3, 29, 1, 30, 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(wallTimeAt(Date.UTC(2026, 2, 29, 1, 30), 'Europe/London')).toMatchObject({ hour: 2, minute: 30 });
  });

  test('a time repeated by fall-back resolves to its first occurrence (London 25 October 2026 01:30)', () => {
    expect(instantOf(2026, 10, 25, 1, 30, 'Europe/London')).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  test('New York spring-forward gap 02:30 on 8 March 2026 becomes 03:30 EDT', () => {
    expect(instantOf(2026, 3, 8, 2, 30, 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30));
  });

  test('property: a non-gap wall time round-trips through wallTimeAt', () => {
    const zones = ['Europe/London', 'America/New_York', 'Asia/Tokyo', 'Asia/Tel_Aviv', 'Australia/Sydney'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        (zone, epoch) => {
          const minute = Math.floor(epoch / 60_000) * 60_000;
          const w = wallTimeAt(minute, zone);
          const back = instantOf(w.year, w.month, w.day, w.hour, w.minute, zone);
          // An ambiguous wall time maps to its first occurrence, never later than the original.
          expect(back <= minute).toBe(true);
          expect(wallTimeAt(back, zone)).toEqual(w);
          expect(
            minute - back === 0 || minute - back === Math.abs(offsetAt(back, zone) - offsetAt(minute, zone)),
          ).toBe(true);
        },
      ),
    );
  });
});
