import type * as z from 'zod';
import type { LinkSharesSchema, SuccessSchema } from './schemas/common.js';
import type { ConfigurationSchema } from './schemas/configuration.js';
import type { InteractionSchema, InteractionsPageSchema } from './schemas/interaction.js';
import type { ProfileSchema, ScheduleSchema } from './schemas/profile.js';
import type {
  CreateUpdateResultSchema,
  EditUpdateResultSchema,
  MediaSchema,
  UpdateSchema,
  UpdatesPageSchema,
  UpdatesResultSchema,
} from './schemas/update.js';
import type { UserSchema } from './schemas/user.js';

// Response types: Buffer's own field names, as validated (ids always strings, unknown fields kept).
// The type tests prove each equals the type generated from openapi/buffer-v1.yaml.
export type User = z.output<typeof UserSchema>;
export type Profile = z.output<typeof ProfileSchema>;
export type Schedule = z.output<typeof ScheduleSchema>;
export type Update = z.output<typeof UpdateSchema>;
export type Media = z.output<typeof MediaSchema>;
export type UpdatesPage = z.output<typeof UpdatesPageSchema>;
export type UpdatesResult = z.output<typeof UpdatesResultSchema>;
export type CreateUpdateResult = z.output<typeof CreateUpdateResultSchema>;
export type EditUpdateResult = z.output<typeof EditUpdateResultSchema>;
export type Interaction = z.output<typeof InteractionSchema>;
export type InteractionsPage = z.output<typeof InteractionsPageSchema>;
export type Configuration = z.output<typeof ConfigurationSchema>;
export type LinkShares = z.output<typeof LinkSharesSchema>;
export type Success = z.output<typeof SuccessSchema>;
