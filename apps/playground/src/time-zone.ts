/** Reading a browser's `datetime-local` value in a named IANA time zone, with no dependency. */

export class TimeZoneInputError extends Error {
  override readonly name = 'TimeZoneInputError';
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds to add to UTC to get the wall clock in `timeZone` at instant `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `local` (`YYYY-MM-DDTHH:mm[:ss]`).
 * A time skipped by a daylight-saving jump moves forward by the gap; a repeated time resolves to its
 * first occurrence.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) throw new TimeZoneInputError(`"${local}" is not a date and time (expected YYYY-MM-DDTHH:MM).`);
  if (!isValidTimeZone(timeZone)) throw new TimeZoneInputError(`"${timeZone}" is not a known time zone.`);
  const [, y, mo, d, h, mi, s] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'));
  const check = new Date(wall);
  if (
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59
  ) {
    throw new TimeZoneInputError(`"${local}" is not a real date and time.`);
  }
  const candidates = [
    offsetAt(wall, timeZone),
    offsetAt(wall - 86_400_000, timeZone),
    offsetAt(wall + 86_400_000, timeZone),
  ]
    .map((offset) => wall - offset)
    .filter((t) => t + offsetAt(t, timeZone) === wall)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return new Date(first);
  // Skipped by a DST jump: read it with the offset in force before the jump, which moves it forward by the
  // length of the gap (02:30 in a 02:00→03:00 jump becomes 03:30), as Temporal's 'compatible' does.
  return new Date(wall - offsetAt(wall - 86_400_000, timeZone));
}

/** Browsers submit textarea newlines as CRLF; Buffer's own composer sends LF, so that is what Buffer gets. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
