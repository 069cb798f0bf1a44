import * as z from 'zod';
import { id, timestamp } from './primitives.js';

export const InteractionUserSchema = z.looseObject({
  username: z.string().optional(),
  followers: z.number().int().optional(),
  avatar: z.string().nullable().optional(),
  avatar_https: z.string().nullable().optional(),
  twitter_id: id.optional(),
});

export const InteractionSchema = z.looseObject({
  _id: id.optional(),
  id,
  update_id: id.optional(),
  event: z.string(),
  interaction_id: id.optional(),
  created_at: timestamp.optional(),
  user: InteractionUserSchema.optional(),
});

export const InteractionsPageSchema = z.looseObject({
  total: z.number().int().min(0),
  interactions: z.array(InteractionSchema),
});
