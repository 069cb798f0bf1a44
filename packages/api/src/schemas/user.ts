import * as z from 'zod';
import { id, timestamp } from './primitives.js';

export const ProfileGroupSchema = z.looseObject({
  id,
  name: z.string(),
  profile_ids: z.array(id),
});

export const UserSchema = z.looseObject({
  _id: id.optional(),
  id,
  activity_at: timestamp.nullable().optional(),
  created_at: timestamp.optional(),
  plan: z.string().optional(),
  timezone: z.string().nullable().optional(),
  name: z.string().nullable().optional(),
  referral_link: z.string().nullable().optional(),
  referral_token: z.string().nullable().optional(),
  secret_email: z.string().nullable().optional(),
  twentyfour_hour_time: z.boolean().optional(),
  profile_groups: z.array(ProfileGroupSchema).optional(),
});
