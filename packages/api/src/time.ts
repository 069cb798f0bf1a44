/**
 * Times accepted from callers: a `Date`, Unix seconds, or an ISO 8601 string that states its offset
 * (`Z`, `+02:00`, `+0200`). Buffer reads an ISO string without an offset as UTC, which silently shifts a
 * local time, so such strings are refused. Everything is sent as Unix seconds, the one unambiguous form.
 */
export type TimeInput = Date | number | string;

/** Largest plausible Unix seconds; bigger numbers are almost certainly milliseconds (year 5138+). */
const MAX_UNIX_SECONDS = 99_999_999_999;

const ISO_WITH_ZONE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

export type TimeResult = { ok: true; seconds: number } | { ok: false; rule: string; message: string };

function fromIso(text: string): TimeResult {
  const match = ISO_WITH_ZONE.exec(text);
  if (!match) {
    const zoneless = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(text);
    return zoneless
      ? {
          ok: false,
          rule: 'time_zone',
          message: `"${text}" has no time zone; add Z or an offset such as +02:00 (Buffer would guess UTC)`,
        }
      : {
          ok: false,
          rule: 'format',
          message: `"${text}" is not an ISO 8601 date-time such as 2030-01-31T09:30:00Z`,
        };
  }
  const [, y, mo, d, h, mi, s = '0', fraction = '', zone = 'Z'] = match;
  const fields = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  const [year, month, day, hour, minute, second] = fields;
  const utcMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utcMs);
  if (
    month < 1 ||
    month > 12 ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    check.getUTCDate() !== day ||
    check.getUTCMonth() !== month - 1
  ) {
    return { ok: false, rule: 'format', message: `"${text}" is not a real calendar date and time` };
  }
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2) || '0');
    if (oh > 23 || om > 59) return { ok: false, rule: 'format', message: `"${text}" has an invalid offset` };
    offsetMinutes = sign * (oh * 60 + om);
  }
  const ms = utcMs - offsetMinutes * 60_000 + (fraction ? Number(`0.${fraction}`) * 1000 : 0);
  return { ok: true, seconds: Math.floor(ms / 1000) };
}

export function toUnixSeconds(value: unknown): TimeResult {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms)
      ? { ok: false, rule: 'format', message: 'is an invalid Date' }
      : { ok: true, seconds: Math.floor(ms / 1000) };
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) {
      return {
        ok: false,
        rule: 'unix_seconds',
        message: 'must be whole Unix seconds (a non-negative integer)',
      };
    }
    if (value > MAX_UNIX_SECONDS) {
      return {
        ok: false,
        rule: 'unix_seconds',
        message: 'looks like milliseconds; pass Unix seconds (Math.floor(ms / 1000)) or a Date',
      };
    }
    return { ok: true, seconds: value };
  }
  if (typeof value === 'string') return fromIso(value.trim());
  return {
    ok: false,
    rule: 'type',
    message: 'must be a Date, Unix seconds, or an ISO 8601 string with an offset',
  };
}
