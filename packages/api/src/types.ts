import type * as z from 'zod/mini';
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

/** The keys an object type names, without its `[key: string]` index signature. */
type NamedKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: unknown;
};

/**
 * A response type with the documented fields only. Unknown fields are still kept at runtime (Buffer adds
 * fields over time), but a misspelt field (`update.stauts`) is a compile error instead of `unknown`.
 * Pure maps (`services`, `types`, `icons`) keep their index signature: their keys are the data.
 */
export type Documented<T> = T extends readonly (infer Item)[]
  ? Documented<Item>[]
  : T extends object
    ? [NamedKeys<T>] extends [never]
      ? { [K in keyof T]: Documented<T[K]> }
      : { [K in keyof T as string extends K ? never : number extends K ? never : K]: Documented<T[K]> }
    : T;

// Response types: Buffer's own field names, as validated (ids always strings). The type tests prove the
// schemas behind them equal the types generated from openapi/buffer-v1.yaml.
export type User = Documented<z.output<typeof UserSchema>>;
export type Profile = Documented<z.output<typeof ProfileSchema>>;
export type Schedule = Documented<z.output<typeof ScheduleSchema>>;
export type Update = Documented<z.output<typeof UpdateSchema>>;
export type Media = Documented<z.output<typeof MediaSchema>>;
export type UpdatesPage = Documented<z.output<typeof UpdatesPageSchema>>;
export type UpdatesResult = Documented<z.output<typeof UpdatesResultSchema>>;
export type CreateUpdateResult = Documented<z.output<typeof CreateUpdateResultSchema>>;
export type EditUpdateResult = Documented<z.output<typeof EditUpdateResultSchema>>;
export type Interaction = Documented<z.output<typeof InteractionSchema>>;
export type InteractionsPage = Documented<z.output<typeof InteractionsPageSchema>>;
export type Configuration = Documented<z.output<typeof ConfigurationSchema>>;
export type LinkShares = Documented<z.output<typeof LinkSharesSchema>>;
export type Success = Documented<z.output<typeof SuccessSchema>>;
