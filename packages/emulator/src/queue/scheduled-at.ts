const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parses a `scheduled_at` value into unix seconds: integer unix seconds, or ISO 8601 with `Z`, `+hh:mm`,
 * `+hhmm` (PHP's DateTime::ISO8601) or no offset at all, which Buffer documents as UTC.
 * Returns undefined for anything else.
 */
export function parseScheduledAt(value: string): number | undefined {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
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
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
  }
  return Math.floor((wall - offsetMinutes * 60_000) / 1000);
}
