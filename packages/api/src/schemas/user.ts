import * as z from 'zod/mini';
import { id, timestamp } from './primitives.js';

export const ProfileGroupSchema = z.looseObject({
  id,
  name: z.string(),
  profile_ids: z.array(id),
});

export const UserSchema = z.looseObject({
  _id: z.optional(id),
  id,
  activity_at: z.optional(z.nullable(timestamp)),
  created_at: z.optional(timestamp),
  plan: z.optional(z.string()),
  timezone: z.optional(z.nullable(z.string())),
  name: z.optional(z.nullable(z.string())),
  referral_link: z.optional(z.nullable(z.string())),
  referral_token: z.optional(z.nullable(z.string())),
  secret_email: z.optional(z.nullable(z.string())),
  twentyfour_hour_time: z.optional(z.boolean()),
  profile_groups: z.optional(z.array(ProfileGroupSchema)),
});
