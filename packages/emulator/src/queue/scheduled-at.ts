const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The last second of year 9999: a larger unix value is not seconds (most often it is milliseconds). */
export const MAX_UNIX_SECONDS = 253_402_300_799;

/**
 * Parses a `scheduled_at` value into unix seconds: integer unix seconds (at most year 9999, so a
 * millisecond timestamp is refused rather than read as a date 50 000 years away), or ISO 8601 with `Z`,
 * `+hh:mm`, `+hhmm` (PHP's DateTime::ISO8601) or no offset at all, which Buffer documents as UTC.
 * Offsets must be real ones (hours 00–23, minutes 00–59). Returns undefined for anything else.
 */
export function parseScheduledAt(value: string): number | undefined {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    const seconds = Number(trimmed);
    return seconds <= MAX_UNIX_SECONDS ? seconds : undefined;
  }
  const m = ISO.exec(trimmed);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, , zone] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? '0');
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const wall = Date.UTC(Number(y), month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCDate() !== day) return undefined; // e.g. 2024-02-30
  let offsetMinutes = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMins = Number(digits.slice(2, 4) || '0');
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = sign * (offsetHours * 60 + offsetMins);
  }
  return Math.floor((wall - offsetMinutes * 60_000) / 1000);
}
