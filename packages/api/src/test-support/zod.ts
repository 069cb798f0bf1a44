// The schemas are built with zod/mini; this names their base type `ZodType`, as zod classic does, for tests.
export type { ZodMiniType as ZodType } from 'zod/mini';
