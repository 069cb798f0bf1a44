import * as z from 'zod/mini';
import { day, id, time, timestamp } from './primitives.js';

export const ScheduleSchema = z.looseObject({
  days: z.array(day),
  times: z.array(time),
});

export const ProfileStatisticsSchema = z.looseObject({
  followers: z.optional(z.number().check(z.int())),
  connections: z.optional(z.number().check(z.int())),
});

export const ProfileCountsSchema = z.looseObject({
  pending: z.optional(z.number().check(z.int())),
  sent: z.optional(z.number().check(z.int())),
  drafts: z.optional(z.number().check(z.int())),
  daily_suggestions: z.optional(z.number().check(z.int())),
});

export const ProfileSchema = z.looseObject({
  _id: z.optional(id),
  id,
  user_id: z.optional(id),
  service: z.string(),
  service_id: z.optional(id),
  service_type: z.optional(z.string()),
  service_username: z.optional(z.nullable(z.string())),
  formatted_service: z.optional(z.string()),
  formatted_username: z.optional(z.nullable(z.string())),
  avatar: z.optional(z.nullable(z.string())),
  avatar_https: z.optional(z.nullable(z.string())),
  cover_photo: z.optional(z.nullable(z.string())),
  created_at: z.optional(timestamp),
  default: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
  disconnected: z.optional(z.boolean()),
  schedules: z.optional(z.array(ScheduleSchema)),
  statistics: z.optional(ProfileStatisticsSchema),
  counts: z.optional(ProfileCountsSchema),
  team_members: z.optional(z.array(id)),
  timezone: z.optional(z.nullable(z.string())),
  verb: z.optional(z.string()),
});

export const ProfileListSchema = z.array(ProfileSchema);
export const ScheduleListSchema = z.array(ScheduleSchema);
