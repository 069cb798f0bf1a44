import { instantOf, wallTimeAt } from './zoned-time.js';

export interface Schedule {
  days: string[];
  times: string[];
}

export const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

// Two years of empty days is treated as "no slots at all" (e.g. a schedule with no times).
const MAX_DAYS_SCANNED = 800;

function timesForWeekday(schedules: readonly Schedule[], weekday: number): Array<[number, number]> {
  const name = DAY_NAMES[weekday] ?? '';
  const set = new Set<string>();
  for (const schedule of schedules)
    if (schedule.days.includes(name)) for (const t of schedule.times) set.add(t);
  return [...set]
    .map((t): [number, number] => [Number(t.slice(0, 2)), Number(t.slice(3, 5))])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * The next `count` posting slots strictly after `afterMs`, as unix seconds, from a profile's weekly
 * schedules interpreted in its time zone. Fewer are returned only when the schedule has no times.
 */
export function nextSlots(
  schedules: readonly Schedule[],
  timeZone: string,
  afterMs: number,
  count: number,
): number[] {
  const slots: number[] = [];
  if (count <= 0) return slots;
  const start = wallTimeAt(afterMs, timeZone);
  // Walk calendar days in the zone; Date.UTC normalises day overflow into the next month/year.
  for (let offset = 0; offset < MAX_DAYS_SCANNED && slots.length < count; offset++) {
    const date = new Date(Date.UTC(start.year, start.month - 1, start.day + offset));
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    for (const [hour, minute] of timesForWeekday(schedules, date.getUTCDay())) {
      const instant = instantOf(y, m, d, hour, minute, timeZone);
      if (instant > afterMs && !slots.includes(instant / 1000)) {
        slots.push(instant / 1000);
        if (slots.length === count) break;
      }
    }
  }
  return slots;
}
