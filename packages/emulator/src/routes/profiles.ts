import { bufferError } from '../errors.js';
import { optionalBoolean } from '../params.js';
import { DAY_NAMES, type Schedule } from '../queue/slots.js';
import { renderProfile } from '../render/json.js';
import type { ProfileRecord } from '../state/types.js';
import { ownedProfile, requireUser } from './access.js';
import type { ApiContext, Route } from './types.js';

function profileJson(ctx: ApiContext, profile: ProfileRecord) {
  return renderProfile(profile, {
    pending: ctx.store.pending(profile.id).length,
    sent: ctx.store.sent(profile.id).length,
  });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function listOf(value: unknown, what: string): string[] {
  if (value === undefined) return [];
  const items =
    typeof value === 'string' ? [value] : Array.isArray(value) ? value : Object.values(value as object);
  if (!items.every((item): item is string => typeof item === 'string'))
    throw bufferError(1006, `${what} must be a list of strings.`);
  return items;
}

/** Reads `schedules[0][days][]=mon&schedules[0][times][]=12:45…` into validated schedules. */
export function parseSchedules(value: unknown): Schedule[] {
  if (value === undefined || value === '') throw bufferError(1004, 'Required parameter missing: schedules.');
  if (typeof value !== 'object' || value === null)
    throw bufferError(1006, 'Parameter schedules must be a list like schedules[0][days][]=mon.');
  const entries = 'days' in value || 'times' in value ? [value] : Object.values(value);
  return entries.map((entry, index) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw bufferError(1006, `schedules[${index}] must be a map with days and times.`);
    for (const key of Object.keys(entry))
      if (key !== 'days' && key !== 'times')
        throw bufferError(1003, `Parameter not recognized: schedules[${index}][${key}].`);
    const record = entry as { days?: unknown; times?: unknown };
    const days = listOf(record.days, `schedules[${index}][days]`);
    const times = listOf(record.times, `schedules[${index}][times]`);
    for (const day of days)
      if (!(DAY_NAMES as readonly string[]).includes(day))
        throw bufferError(
          1006,
          `schedules[${index}][days] contains "${day}"; use mon, tue, wed, thu, fri, sat, sun.`,
        );
    for (const time of times)
      if (!TIME.test(time))
        throw bufferError(1006, `schedules[${index}][times] contains "${time}"; use HH:MM (24h).`);
    return { days: [...new Set(days)], times: [...new Set(times)] };
  });
}

export const profileRoutes: Route[] = [
  {
    method: 'GET',
    path: 'profiles',
    params: ['subprofiles'],
    auth: 'required',
    handle(ctx) {
      optionalBoolean(ctx.params, 'subprofiles');
      const user = requireUser(ctx);
      const profiles = [...ctx.store.profiles.values()].filter((p) => p.user_id === user.id);
      return { body: profiles.map((p) => profileJson(ctx, p)) };
    },
  },
  {
    method: 'GET',
    path: 'profiles/:id',
    params: [],
    auth: 'required',
    handle: (ctx, path) => ({ body: profileJson(ctx, ownedProfile(ctx, path.id ?? '')) }),
  },
  {
    method: 'GET',
    path: 'profiles/:id/schedules',
    params: [],
    auth: 'required',
    handle(ctx, path) {
      const profile = ownedProfile(ctx, path.id ?? '');
      return { body: profile.schedules.map((s) => ({ days: [...s.days], times: [...s.times] })) };
    },
  },
  {
    method: 'POST',
    path: 'profiles/:id/schedules/update',
    params: ['schedules'],
    auth: 'required',
    handle(ctx, path) {
      const profile = ownedProfile(ctx, path.id ?? '');
      const schedules = parseSchedules(ctx.params.schedules);
      const limit = ctx.configuration.services[profile.service]?.types[profile.service_type]?.schedule_limit;
      // schedule_limit is read as posting times per day (the busiest weekday counts).
      const perDay = DAY_NAMES.map(
        (day) => new Set(schedules.filter((s) => s.days.includes(day)).flatMap((s) => s.times)).size,
      );
      if (limit !== undefined && Math.max(...perDay) > limit)
        throw bufferError(1013, `Profile schedule limit reached: at most ${limit} posting times per day.`);
      profile.schedules = schedules;
      ctx.store.recompute(profile.id);
      return { body: { success: true } };
    },
  },
];
