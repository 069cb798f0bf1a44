import * as z from 'zod';
import { id, timestamp } from './primitives.js';

const nullableString = z.string().nullable().optional();

export const MediaSchema = z.looseObject({
  link: nullableString,
  title: nullableString,
  description: nullableString,
  picture: nullableString,
  photo: nullableString,
  thumbnail: nullableString,
});

export const UpdateStatisticsSchema = z.looseObject({
  reach: z.number().int().optional(),
  clicks: z.number().int().optional(),
  retweets: z.number().int().optional(),
  favorites: z.number().int().optional(),
  mentions: z.number().int().optional(),
});

export const UpdateSchema = z.looseObject({
  _id: id.optional(),
  id,
  profile_id: id.optional(),
  profile_service: z.string().optional(),
  user_id: id.optional(),
  client_id: id.nullable().optional(),
  status: z.string().optional(),
  type: z.string().optional(),
  text: z.string().optional(),
  text_formatted: z.string().optional(),
  text_md5: z.string().optional(),
  created_at: timestamp.optional(),
  updated_at: timestamp.nullable().optional(),
  due_at: timestamp.nullable().optional(),
  due_time: nullableString,
  day: nullableString,
  sent_at: timestamp.nullable().optional(),
  scheduled_at: timestamp.nullable().optional(),
  service_update_id: id.nullable().optional(),
  statistics: UpdateStatisticsSchema.optional(),
  media: MediaSchema.nullable().optional(),
  via: z.string().optional(),
  shared_now: z.boolean().optional(),
  pinned: z.boolean().optional(),
  perm_approvable: z.boolean().optional(),
  perm_editable: z.boolean().optional(),
});

export const UpdatesPageSchema = z.looseObject({
  total: z.number().int().min(0),
  updates: z.array(UpdateSchema),
});

export const UpdatesResultSchema = z.looseObject({
  success: z.literal(true),
  updates: z.array(UpdateSchema),
});

export const CreateUpdateResultSchema = z.looseObject({
  success: z.literal(true),
  message: z.string().optional(),
  buffer_count: z.number().int().optional(),
  buffer_percentage: z.number().optional(),
  updates: z.array(UpdateSchema),
});

export const EditUpdateResultSchema = z.looseObject({
  success: z.literal(true),
  message: z.string().optional(),
  buffer_count: z.number().int().optional(),
  buffer_percentage: z.number().optional(),
  update: UpdateSchema,
});
