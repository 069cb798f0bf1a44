import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTimeZone, normalizeNewlines, TimeZoneInputError, zonedLocalToUtc } from './time-zone.js';

describe('zonedLocalToUtc', () => {
  it('reads a wall-clock time in the given zone', () => {
    expect(zonedLocalToUtc('2026-07-01T09:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-07-01T07:30:00.000Z',
    );
    expect(zonedLocalToUtc('2026-01-15T09:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-01-15T08:30:00.000Z',
    );
    expect(zonedLocalToUtc('2026-12-31T23:59', 'America/Los_Angeles').toISOString()).toBe(
      '2027-01-01T07:59:00.000Z',
    );
    expect(zonedLocalToUtc('2026-03-01T12:00', 'Asia/Kolkata').toISOString()).toBe(
      '2026-03-01T06:30:00.000Z',
    );
    expect(zonedLocalToUtc('2026-03-01T12:00:45', 'UTC').toISOString()).toBe('2026-03-01T12:00:45.000Z');
  });

  it('moves a time skipped by a DST jump forward by the gap', () => {
    // Berlin jumps 02:00 -> 03:00 on 2026-03-29; 02:30 does not exist and becomes 03:30 CEST.
    expect(zonedLocalToUtc('2026-03-29T02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('takes the first of a repeated time', () => {
    // Berlin repeats 02:00-03:00 on 2026-10-25; the first 02:30 is CEST (UTC+2).
    expect(zonedLocalToUtc('2026-10-25T02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('refuses malformed input with a message that says what is wrong', () => {
    expect(() => zonedLocalToUtc('tomorrow', 'UTC')).toThrow(
      new TimeZoneInputError('"tomorrow" is not a date and time (expected YYYY-MM-DDTHH:MM).'),
    );
    expect(() => zonedLocalToUtc('2026-02-30T10:00', 'UTC')).toThrow(
      '"2026-02-30T10:00" is not a real date and time.',
    );
    expect(() => zonedLocalToUtc('2026-02-10T10:00', 'Mars/Olympus')).toThrow(
      '"Mars/Olympus" is not a known time zone.',
    );
  });

  it('round-trips: the instant shows the same wall clock in that zone (outside DST gaps)', () => {
    const zones = [
      'UTC',
      'Europe/London',
      'America/New_York',
      'Asia/Tel_Aviv',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2037-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (date, zone) => {
          const wall = new Intl.DateTimeFormat('sv-SE', {
            timeZone: zone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          })
            .format(date)
            .replace(' ', 'T');
          const back = zonedLocalToUtc(wall, zone);
          const shown = new Intl.DateTimeFormat('sv-SE', {
            timeZone: zone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          })
            .format(back)
            .replace(' ', 'T');
          expect(shown).toBe(wall);
          // A repeated hour resolves to its first occurrence, so never later than the original minute.
          expect(back.getTime()).toBeLessThanOrEqual(Math.floor(date.getTime() / 60_000) * 60_000);
        },
      ),
    );
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA names and refuses others', () => {
    expect(isValidTimeZone('Asia/Tel_Aviv')).toBe(true);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('Nowhere/Special')).toBe(false);
  });
});

describe('normalizeNewlines', () => {
  it('turns CRLF and lone CR into LF and leaves everything else alone', () => {
    expect(normalizeNewlines('a\r\nb\rc\nd 👋🏽 e\u2028f')).toBe('a\nb\nc\nd 👋🏽 e\u2028f');
  });

  it('is the identity on text without CR', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const noCr = s.replace(/\r/g, '');
        expect(normalizeNewlines(noCr)).toBe(noCr);
      }),
    );
  });
});
