import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toUnixSeconds } from './time.js';

const ok = (seconds: number) => ({ ok: true, seconds });

describe('toUnixSeconds', () => {
  test.each([
    ['2030-01-31T09:30:00Z', Date.UTC(2030, 0, 31, 9, 30) / 1000],
    ['2030-01-31T09:30Z', Date.UTC(2030, 0, 31, 9, 30) / 1000],
    ['2030-01-31T11:30:00+02:00', Date.UTC(2030, 0, 31, 9, 30) / 1000],
    ['2030-01-31T11:30:00+0200', Date.UTC(2030, 0, 31, 9, 30) / 1000],
    ['2030-01-31T04:00:00-05:30', Date.UTC(2030, 0, 31, 9, 30) / 1000],
    ['2030-01-31T09:30:00.999Z', Date.UTC(2030, 0, 31, 9, 30) / 1000],
    ['2013-12-23T12:03:23+0000', Date.UTC(2013, 11, 23, 12, 3, 23) / 1000],
  ])('%s', (input, seconds) => {
    expect(toUnixSeconds(input)).toEqual(ok(seconds));
  });

  test.each([
    ['2030-01-31T09:30:00', 'time_zone'],
    ['2030-01-31', 'time_zone'],
    ['2030-02-30T09:30:00Z', 'format'],
    ['2030-01-31T24:00:00Z', 'format'],
    ['next tuesday', 'format'],
    ['1896166800', 'format'],
  ])('refuses %s (%s)', (input, rule) => {
    expect(toUnixSeconds(input)).toMatchObject({ ok: false, rule });
  });

  test('numbers: whole non-negative seconds only; milliseconds are caught', () => {
    expect(toUnixSeconds(1_896_166_800)).toEqual(ok(1_896_166_800));
    expect(toUnixSeconds(1.5)).toMatchObject({ ok: false, rule: 'unix_seconds' });
    expect(toUnixSeconds(-1)).toMatchObject({ ok: false, rule: 'unix_seconds' });
    expect(toUnixSeconds(1_896_166_800_000)).toMatchObject({
      ok: false,
      rule: 'unix_seconds',
      message: expect.stringMatching(/milliseconds/),
    });
  });

  test('any instant written with any offset reads back as that instant', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1971-01-01T00:00:00Z'),
          max: new Date('2999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc.boolean(),
        (date, offsetMinutes, colon) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const hh = String(Math.floor(abs / 60)).padStart(2, '0');
          const mm = String(abs % 60).padStart(2, '0');
          const text = `${local.toISOString().slice(0, 23)}${sign}${hh}${colon ? ':' : ''}${mm}`;
          expect(toUnixSeconds(text)).toEqual(ok(Math.floor(date.getTime() / 1000)));
          expect(toUnixSeconds(date)).toEqual(ok(Math.floor(date.getTime() / 1000)));
        },
      ),
    );
  });
});
