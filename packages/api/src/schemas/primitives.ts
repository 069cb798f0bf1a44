import * as z from 'zod/mini';

/** Buffer ids are strings; some clients saw numbers. Accept both, always hand out strings. */
export const id = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value) => String(value)),
);

/** Unix seconds. */
export const timestamp = z.number().check(z.int());

export const day = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** 24-hour `HH:MM`. */
export const time = z.string().check(z.regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be 24-hour HH:MM'));
