import * as z from 'zod';
import { type TimeInput, toUnixSeconds } from '../time.js';
import { day, time } from './primitives.js';

// Method inputs: camelCase, strict (an unknown option is an error, never silently dropped), and transformed
// into Buffer's field names and encodings, so the output of each schema is exactly the form to send.

/** An id that goes into a URL path: non-empty, no whitespace or control characters, not `.` or `..`. */
export const pathId = z
  .string({ error: 'must be a string id' })
  .min(1, { error: 'must not be empty' })
  .refine((value) => !/[\s\p{Cc}]/u.test(value) && value !== '.' && value !== '..', {
    error: 'must be an id without whitespace, control characters, or a bare "." / ".."',
    params: { rule: 'path_safe' },
  });

export const bodyId = z.string({ error: 'must be a string id' }).min(1, { error: 'must not be empty' });

const page = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be an integer' })
  .min(1, { error: 'must be 1 or more (pages start at 1)' });

const count = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be an integer' })
  .min(1, { error: 'must be between 1 and 100' })
  .max(100, { error: 'must be between 1 and 100' });

export const timeInput = z.custom<TimeInput>().transform((value, ctx) => {
  const result = toUnixSeconds(value);
  if (result.ok) return result.seconds;
  ctx.addIssue({ code: 'custom', message: result.message, params: { rule: result.rule } });
  return z.NEVER;
});

const nonEmptyText = z.string({ error: 'must be a string' }).refine((text) => text.trim().length > 0, {
  error: 'must not be empty',
  params: { rule: 'required' },
});

export const ListPendingInput = z
  .strictObject({
    page: page.optional(),
    count: count.optional(),
    since: timeInput.optional(),
    utc: z.boolean().optional(),
  })
  .optional()
  .transform((o = {}) => ({ page: o.page, count: o.count, since: o.since, utc: o.utc }));

export const ListSentInput = z
  .strictObject({
    page: page.optional(),
    count: count.optional(),
    since: timeInput.optional(),
    utc: z.boolean().optional(),
    filter: z.enum(['default', 'all'], { error: 'must be "default" or "all"' }).optional(),
  })
  .optional()
  .transform((o = {}) => ({ page: o.page, count: o.count, since: o.since, utc: o.utc, filter: o.filter }));

export const ListInteractionsInput = z
  .strictObject({
    event: z.string({ error: 'is required (e.g. "retweet", "like", "comment", "mention")' }).min(1, {
      error: 'must not be empty',
    }),
    page: page.optional(),
    count: count.optional(),
  })
  .transform((o) => ({ event: o.event, page: o.page, count: o.count }));

export const GetUpdateInput = z
  .strictObject({ utc: z.boolean().optional() })
  .optional()
  .transform((o = {}) => ({ utc: o.utc }));

export const ScheduleInput = z.strictObject({
  days: z
    .array(day, { error: 'must be an array of mon…sun' })
    .min(1, { error: 'must list at least one day' }),
  times: z
    .array(time, { error: 'must be an array of HH:MM times' })
    .min(1, { error: 'must list at least one time' }),
});

export const UpdateSchedulesInput = z
  .array(ScheduleInput, { error: 'must be an array of { days, times }' })
  .min(1, { error: 'must contain at least one schedule' })
  .transform((schedules) => ({ schedules: schedules.map((s) => ({ days: s.days, times: s.times })) }));

export const ReorderInput = z
  .strictObject({
    order: z.array(bodyId, { error: 'must be an array of update ids' }).min(1, {
      error: 'must list at least one update id',
    }),
    offset: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be an integer' })
      .min(0, { error: 'must be 0 or more' })
      .optional(),
    utc: z.boolean().optional(),
  })
  .transform((o) => ({ order: o.order, offset: o.offset, utc: o.utc }));

export const ShuffleInput = z
  .strictObject({ count: count.optional(), utc: z.boolean().optional() })
  .optional()
  .transform((o = {}) => ({ count: o.count, utc: o.utc }));

export const MediaInput = z.strictObject({
  link: z.string().optional(),
  description: z.string().optional(),
  title: z.string().optional(),
  picture: z.string().optional(),
  photo: z.string().optional(),
  thumbnail: z.string().optional(),
});

export const CreateUpdateInput = z
  .strictObject({
    profileIds: z.array(bodyId, { error: 'must be an array of profile ids' }).min(1, {
      error: 'must list at least one profile id',
    }),
    text: z.string({ error: 'must be a string' }).optional(),
    shorten: z.boolean().optional(),
    now: z.boolean().optional(),
    top: z.boolean().optional(),
    media: MediaInput.optional(),
    attachment: z.boolean().optional(),
    scheduledAt: timeInput.optional(),
    retweet: z.strictObject({ tweetId: bodyId, comment: z.string().optional() }).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.retweet === undefined && (o.text === undefined || o.text.trim().length === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'is required unless retweet is given',
        params: { rule: 'required' },
      });
    }
  })
  .transform((o) => ({
    profile_ids: o.profileIds,
    text: o.text,
    shorten: o.shorten,
    now: o.now,
    top: o.top,
    media: o.media,
    attachment: o.attachment,
    scheduled_at: o.scheduledAt,
    retweet: o.retweet && { tweet_id: o.retweet.tweetId, comment: o.retweet.comment },
  }));

export const EditUpdateInput = z
  .strictObject({
    text: nonEmptyText,
    now: z.boolean().optional(),
    media: MediaInput.optional(),
    utc: z.boolean().optional(),
    scheduledAt: timeInput.optional(),
  })
  .transform((o) => ({ text: o.text, now: o.now, media: o.media, utc: o.utc, scheduled_at: o.scheduledAt }));

export const LinkSharesInput = z.string({ error: 'must be a string URL' }).refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  },
  { error: 'must be an absolute http(s) URL', params: { rule: 'format' } },
);

export type ListPendingOptions = z.input<typeof ListPendingInput>;
export type ListSentOptions = z.input<typeof ListSentInput>;
export type ListInteractionsOptions = z.input<typeof ListInteractionsInput>;
export type GetUpdateOptions = z.input<typeof GetUpdateInput>;
export type ScheduleInputValue = z.input<typeof ScheduleInput>;
export type ReorderOptions = z.input<typeof ReorderInput>;
export type ShuffleOptions = z.input<typeof ShuffleInput>;
export type MediaOptions = z.input<typeof MediaInput>;
export type CreateUpdateOptions = z.input<typeof CreateUpdateInput>;
export type EditUpdateOptions = z.input<typeof EditUpdateInput>;
