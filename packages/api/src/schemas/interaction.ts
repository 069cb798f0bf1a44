import * as z from 'zod/mini';
import { id, timestamp } from './primitives.js';

export const InteractionUserSchema = z.looseObject({
  username: z.optional(z.string()),
  followers: z.optional(z.number().check(z.int())),
  avatar: z.optional(z.nullable(z.string())),
  avatar_https: z.optional(z.nullable(z.string())),
  twitter_id: z.optional(id),
});

export const InteractionSchema = z.looseObject({
  _id: z.optional(id),
  id,
  update_id: z.optional(id),
  event: z.string(),
  interaction_id: z.optional(id),
  created_at: z.optional(timestamp),
  user: z.optional(InteractionUserSchema),
});

export const InteractionsPageSchema = z.looseObject({
  total: z.number().check(z.int(), z.gte(0)),
  interactions: z.array(InteractionSchema),
});
