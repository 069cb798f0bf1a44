import { expect, test } from 'vitest';
import { parseScheduledAt } from './scheduled-at.js';

const at = Date.UTC(2030, 0, 31, 9, 0, 0) / 1000;

test.each([
  [String(at), at],
  ['2030-01-31T09:00:00Z', at],
  ['2030-01-31T09:00:00.000Z', at],
  ['2030-01-31T11:00:00+02:00', at],
  ['2030-01-31T11:00:00+0200', at],
  ['2030-01-31T04:00:00-0500', at],
  ['2030-01-31T09:00:00', at],
  ['2030-01-31T09:00', at],
  ['2030-01-31T09:00:00+23:59', at - (23 * 3600 + 59 * 60)],
  ['253402300799', 253402300799],
])('parses %s', (input, expected) => {
  expect(parseScheduledAt(input)).toBe(expected);
});

test.each([
  'tomorrow',
  '2030-02-30T09:00:00Z',
  '2030-01-31T25:00:00Z',
  '',
  '12.5',
  '2030-01-31',
  // A millisecond timestamp (Date.now()) is not seconds: year 61970 is refused, not pinned.
  String(at * 1000),
  '253402300800',
  // Offsets that no clock has.
  '2030-01-31T09:00:00+25:00',
  '2030-01-31T09:00:00+0099',
  '2030-01-31T09:00:00-24',
])('rejects %s', (input) => {
  expect(parseScheduledAt(input)).toBeUndefined();
});
