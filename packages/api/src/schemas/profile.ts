import * as z from 'zod';
import { day, id, time, timestamp } from './primitives.js';

export const ScheduleSchema = z.looseObject({
  days: z.array(day),
  times: z.array(time),
});

export const ProfileStatisticsSchema = z.looseObject({
  followers: z.number().int().optional(),
  connections: z.number().int().optional(),
});

export const ProfileCountsSchema = z.looseObject({
  pending: z.number().int().optional(),
  sent: z.number().int().optional(),
  drafts: z.number().int().optional(),
  daily_suggestions: z.number().int().optional(),
});

export const ProfileSchema = z.looseObject({
  _id: id.optional(),
  id,
  user_id: id.optional(),
  service: z.string(),
  service_id: id.optional(),
  service_type: z.string().optional(),
  service_username: z.string().nullable().optional(),
  formatted_service: z.string().optional(),
  formatted_username: z.string().nullable().optional(),
  avatar: z.string().nullable().optional(),
  avatar_https: z.string().nullable().optional(),
  cover_photo: z.string().nullable().optional(),
  created_at: timestamp.optional(),
  default: z.boolean().optional(),
  disabled: z.boolean().optional(),
  disconnected: z.boolean().optional(),
  schedules: z.array(ScheduleSchema).optional(),
  statistics: ProfileStatisticsSchema.optional(),
  counts: ProfileCountsSchema.optional(),
  team_members: z.array(id).optional(),
  timezone: z.string().nullable().optional(),
  verb: z.string().optional(),
});

export const ProfileListSchema = z.array(ProfileSchema);
export const ScheduleListSchema = z.array(ScheduleSchema);
