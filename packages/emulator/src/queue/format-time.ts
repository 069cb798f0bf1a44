import { wallTimeAt } from './zoned-time.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${n % 10 > 3 ? 'th' : suffix}`;
}

/**
 * Buffer's `day` string, always in the absolute form of the documented example ("Monday 7th November");
 * the relative "Today"/"Tomorrow" seen in some real responses is deliberately not produced.
 */
export function formatDay(unixSeconds: number, timeZone: string): string {
  const w = wallTimeAt(unixSeconds * 1000, timeZone);
  return `${WEEKDAYS[w.weekday]} ${ordinal(w.day)} ${MONTHS[w.month - 1]}`;
}

/** Buffer's `due_time`: 12-hour clock, zero-padded hour as in the docs ("07:01 pm", "10:09 pm"). */
export function formatDueTime(unixSeconds: number, timeZone: string): string {
  const w = wallTimeAt(unixSeconds * 1000, timeZone);
  const hour12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hour12)}:${pad(w.minute)} ${w.hour < 12 ? 'am' : 'pm'}`;
}
