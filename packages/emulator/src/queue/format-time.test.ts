import { describe, expect, test } from 'vitest';
import { formatDay, formatDueTime, ordinal } from './format-time.js';

describe('day and due_time', () => {
  test('the documented due_at 1320742680 read in Europe/London', () => {
    expect(formatDay(1320742680, 'Europe/London')).toBe('Tuesday 8th November');
    expect(formatDueTime(1320742680, 'Europe/London')).toBe('08:58 am');
  });

  test('rendered in the requested zone: the same instant is another day in Tokyo', () => {
    const at = Date.UTC(2026, 2, 2, 23, 30) / 1000;
    expect(formatDay(at, 'UTC')).toBe('Monday 2nd March');
    expect(formatDueTime(at, 'UTC')).toBe('11:30 pm');
    expect(formatDay(at, 'Asia/Tokyo')).toBe('Tuesday 3rd March');
    expect(formatDueTime(at, 'Asia/Tokyo')).toBe('08:30 am');
  });

  test('noon and midnight are 12:00 pm and 12:00 am', () => {
    expect(formatDueTime(Date.UTC(2026, 0, 1, 12, 0) / 1000, 'UTC')).toBe('12:00 pm');
    expect(formatDueTime(Date.UTC(2026, 0, 1, 0, 5) / 1000, 'UTC')).toBe('12:05 am');
  });

  test('ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '31st',
    ]);
  });
});
