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
])('parses %s', (input, expected) => {
  expect(parseScheduledAt(input)).toBe(expected);
});

test.each(['tomorrow', '2030-02-30T09:00:00Z', '2030-01-31T25:00:00Z', '', '12.5', '2030-01-31'])(
  'rejects %s',
  (input) => {
    expect(parseScheduledAt(input)).toBeUndefined();
  },
);
