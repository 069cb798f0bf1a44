import { describe, expect, test } from 'vitest';
import { nextSlots } from './slots.js';

const weekdays = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: ['18:00', '12:00', '17:00'] }];
const s = (iso: string) => Date.parse(iso) / 1000;

describe('nextSlots', () => {
  test('walks the weekly schedule in the profile time zone, strictly after now, times sorted', () => {
    expect(nextSlots(weekdays, 'Europe/London', Date.UTC(2026, 2, 2, 12, 0), 4)).toEqual([
      s('2026-03-02T17:00:00Z'),
      s('2026-03-02T18:00:00Z'),
      s('2026-03-03T12:00:00Z'),
      s('2026-03-03T17:00:00Z'),
    ]);
  });

  test('skips days not in the schedule (Friday evening → Monday noon)', () => {
    expect(nextSlots(weekdays, 'Europe/London', Date.UTC(2026, 2, 6, 18, 30), 1)).toEqual([
      s('2026-03-09T12:00:00Z'),
    ]);
  });

  test('uses the local date, not the UTC date (Tokyo is already Tuesday)', () => {
    const tokyo = [{ days: ['tue'], times: ['08:30'] }];
    expect(nextSlots(tokyo, 'Asia/Tokyo', Date.UTC(2026, 2, 2, 20, 0), 1)).toEqual([
      s('2026-03-02T23:30:00Z'),
    ]);
  });

  test('across spring-forward the slot keeps its local time (12:00 GMT then 12:00 BST)', () => {
    const daily = [{ days: ['sat', 'sun', 'mon'], times: ['12:00'] }];
    expect(nextSlots(daily, 'Europe/London', Date.UTC(2026, 2, 28, 13, 0), 2)).toEqual([
      s('2026-03-29T11:00:00Z'),
      s('2026-03-30T11:00:00Z'),
    ]);
  });

  test('multiple schedules are merged and duplicate times counted once', () => {
    const two = [
      { days: ['mon'], times: ['09:00'] },
      { days: ['mon', 'tue'], times: ['09:00', '10:00'] },
    ];
    expect(nextSlots(two, 'UTC', Date.UTC(2026, 2, 2, 0, 0), 3)).toEqual([
      s('2026-03-02T09:00:00Z'),
      s('2026-03-02T10:00:00Z'),
      s('2026-03-03T09:00:00Z'),
    ]);
  });

  test('a schedule without times yields no slots', () => {
    expect(nextSlots([{ days: ['mon'], times: [] }], 'UTC', Date.UTC(2026, 2, 2), 2)).toEqual([]);
  });
});
