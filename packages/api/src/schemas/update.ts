import * as z from 'zod/mini';
import { id, timestamp } from './primitives.js';

const nullableString = z.optional(z.nullable(z.string()));

export const MediaSchema = z.looseObject({
  link: nullableString,
  title: nullableString,
  description: nullableString,
  picture: nullableString,
  photo: nullableString,
  thumbnail: nullableString,
});

export const UpdateStatisticsSchema = z.looseObject({
  reach: z.optional(z.number().check(z.int())),
  clicks: z.optional(z.number().check(z.int())),
  retweets: z.optional(z.number().check(z.int())),
  favorites: z.optional(z.number().check(z.int())),
  mentions: z.optional(z.number().check(z.int())),
});

export const UpdateSchema = z.looseObject({
  _id: z.optional(id),
  id,
  profile_id: z.optional(id),
  profile_service: z.optional(z.string()),
  user_id: z.optional(id),
  client_id: z.optional(z.nullable(id)),
  status: z.optional(z.string()),
  type: z.optional(z.string()),
  text: z.optional(z.string()),
  text_formatted: z.optional(z.string()),
  text_md5: z.optional(z.string()),
  created_at: z.optional(timestamp),
  updated_at: z.optional(z.nullable(timestamp)),
  due_at: z.optional(z.nullable(timestamp)),
  due_time: nullableString,
  day: nullableString,
  sent_at: z.optional(z.nullable(timestamp)),
  scheduled_at: z.optional(z.nullable(timestamp)),
  service_update_id: z.optional(z.nullable(id)),
  statistics: z.optional(UpdateStatisticsSchema),
  media: z.optional(z.nullable(MediaSchema)),
  via: z.optional(z.string()),
  shared_now: z.optional(z.boolean()),
  pinned: z.optional(z.boolean()),
  perm_approvable: z.optional(z.boolean()),
  perm_editable: z.optional(z.boolean()),
});

export const UpdatesPageSchema = z.looseObject({
  total: z.number().check(z.int(), z.gte(0)),
  updates: z.array(UpdateSchema),
});

export const UpdatesResultSchema = z.looseObject({
  success: z.literal(true),
  updates: z.array(UpdateSchema),
});

export const CreateUpdateResultSchema = z.looseObject({
  success: z.literal(true),
  message: z.optional(z.string()),
  buffer_count: z.optional(z.number().check(z.int())),
  buffer_percentage: z.optional(z.number()),
  updates: z.array(UpdateSchema),
});

export const EditUpdateResultSchema = z.looseObject({
  success: z.literal(true),
  message: z.optional(z.string()),
  buffer_count: z.optional(z.number().check(z.int())),
  buffer_percentage: z.optional(z.number()),
  update: UpdateSchema,
});
