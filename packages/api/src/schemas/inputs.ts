import * as z from 'zod/mini';
import type { CallOptions } from '../call-options.js';
import { type TimeInput, toUnixSeconds } from '../time.js';
import { day, time } from './primitives.js';

// Method inputs: camelCase, strict (an unknown option is an error, never silently dropped), and transformed
// into Buffer's field names and encodings, so the output of each schema is exactly the form to send.

/** An id that goes into a URL path: non-empty, no whitespace or control characters, not `.` or `..`. */
export const pathId = z.string({ error: 'must be a string id' }).check(
  z.minLength(1, { error: 'must not be empty' }),
  z.refine((value) => !/[\s\p{Cc}]/u.test(value) && value !== '.' && value !== '..', {
    error: 'must be an id without whitespace, control characters, or a bare "." / ".."',
    params: { rule: 'path_safe' },
  }),
);

export const bodyId = z
  .string({ error: 'must be a string id' })
  .check(z.minLength(1, { error: 'must not be empty' }));

const page = z
  .number({ error: 'must be a number' })
  .check(z.int({ error: 'must be an integer' }), z.gte(1, { error: 'must be 1 or more (pages start at 1)' }));

const count = z
  .number({ error: 'must be a number' })
  .check(
    z.int({ error: 'must be an integer' }),
    z.gte(1, { error: 'must be between 1 and 100' }),
    z.lte(100, { error: 'must be between 1 and 100' }),
  );

export const timeInput = z.pipe(
  z.custom<TimeInput>(),
  z.transform((value, ctx) => {
    const result = toUnixSeconds(value);
    if (result.ok) return result.seconds;
    // zod/mini's transform context has no addIssue; this is the issue classic zod's addIssue would record.
    ctx.issues.push({ code: 'custom', message: result.message, params: { rule: result.rule }, input: value });
    return z.NEVER;
  }),
);

const nonEmptyText = z.string({ error: 'must be a string' }).check(
  z.refine((text) => text.trim().length > 0, {
    error: 'must not be empty',
    params: { rule: 'required' },
  }),
);

const optionalBoolean = () => z.optional(z.boolean());

// pending and sent take the same paging parameters; sent adds `filter`.
const listFields = {
  page: z.optional(page),
  count: z.optional(count),
  since: z.optional(timeInput),
  utc: optionalBoolean(),
};

export const ListPendingInput = z.pipe(
  z.optional(z.strictObject(listFields)),
  z.transform((o = {}) => ({ page: o.page, count: o.count, since: o.since, utc: o.utc })),
);

export const ListSentInput = z.pipe(
  z.optional(
    z.strictObject({
      ...listFields,
      filter: z.optional(z.enum(['default', 'all'], { error: 'must be "default" or "all"' })),
    }),
  ),
  z.transform((o = {}) => ({ page: o.page, count: o.count, since: o.since, utc: o.utc, filter: o.filter })),
);

export const ListInteractionsInput = z.pipe(
  z.strictObject({
    event: z
      .string({ error: 'is required (e.g. "retweet", "like", "comment", "mention")' })
      .check(z.minLength(1, { error: 'must not be empty' })),
    page: z.optional(page),
    count: z.optional(count),
  }),
  z.transform((o) => ({ event: o.event, page: o.page, count: o.count })),
);

export const GetUpdateInput = z.pipe(
  z.optional(z.strictObject({ utc: optionalBoolean() })),
  z.transform((o = {}) => ({ utc: o.utc })),
);

export const ScheduleInput = z.strictObject({
  days: z
    .array(day, { error: 'must be an array of mon…sun' })
    .check(z.minLength(1, { error: 'must list at least one day' })),
  times: z
    .array(time, { error: 'must be an array of HH:MM times' })
    .check(z.minLength(1, { error: 'must list at least one time' })),
});

export const UpdateSchedulesInput = z.pipe(
  z
    .array(ScheduleInput, { error: 'must be an array of { days, times }' })
    .check(z.minLength(1, { error: 'must contain at least one schedule' })),
  z.transform((schedules) => ({ schedules: schedules.map((s) => ({ days: s.days, times: s.times })) })),
);

export const ReorderInput = z.pipe(
  z.strictObject({
    order: z
      .array(bodyId, { error: 'must be an array of update ids' })
      .check(z.minLength(1, { error: 'must list at least one update id' })),
    offset: z.optional(
      z
        .number({ error: 'must be a number' })
        .check(z.int({ error: 'must be an integer' }), z.gte(0, { error: 'must be 0 or more' })),
    ),
    utc: optionalBoolean(),
  }),
  z.transform((o) => ({ order: o.order, offset: o.offset, utc: o.utc })),
);

export const ShuffleInput = z.pipe(
  z.optional(z.strictObject({ count: z.optional(count), utc: optionalBoolean() })),
  z.transform((o = {}) => ({ count: o.count, utc: o.utc })),
);

export const MediaInput = z.strictObject({
  link: z.optional(z.string()),
  description: z.optional(z.string()),
  title: z.optional(z.string()),
  picture: z.optional(z.string()),
  photo: z.optional(z.string()),
  thumbnail: z.optional(z.string()),
});

export const CreateUpdateInput = z.pipe(
  z
    .strictObject({
      profileIds: z
        .array(bodyId, { error: 'must be an array of profile ids' })
        .check(z.minLength(1, { error: 'must list at least one profile id' })),
      text: z.optional(z.string({ error: 'must be a string' })),
      shorten: optionalBoolean(),
      now: optionalBoolean(),
      top: optionalBoolean(),
      media: z.optional(MediaInput),
      attachment: optionalBoolean(),
      scheduledAt: z.optional(timeInput),
      retweet: z.optional(z.strictObject({ tweetId: bodyId, comment: z.optional(z.string()) })),
    })
    .check(
      z.superRefine((o, ctx) => {
        if (o.retweet === undefined && (o.text === undefined || o.text.trim().length === 0)) {
          ctx.addIssue({
            code: 'custom',
            path: ['text'],
            message: 'is required unless retweet is given',
            params: { rule: 'required' },
          });
        }
      }),
    ),
  z.transform((o) => ({
    profile_ids: o.profileIds,
    text: o.text,
    shorten: o.shorten,
    now: o.now,
    top: o.top,
    media: o.media,
    attachment: o.attachment,
    scheduled_at: o.scheduledAt,
    retweet: o.retweet && { tweet_id: o.retweet.tweetId, comment: o.retweet.comment },
  })),
);

export const EditUpdateInput = z.pipe(
  z.strictObject({
    text: nonEmptyText,
    now: optionalBoolean(),
    media: z.optional(MediaInput),
    utc: optionalBoolean(),
    scheduledAt: z.optional(timeInput),
  }),
  z.transform((o) => ({ text: o.text, now: o.now, media: o.media, utc: o.utc, scheduled_at: o.scheduledAt })),
);

export const LinkSharesInput = z.string({ error: 'must be a string URL' }).check(
  z.refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: 'must be an absolute http(s) URL', params: { rule: 'format' } },
  ),
);

// What each input schema reads: Buffer's parameters only, for the request builders.
export type ListPendingParams = z.input<typeof ListPendingInput>;
export type ListSentParams = z.input<typeof ListSentInput>;
export type ListInteractionsParams = z.input<typeof ListInteractionsInput>;
export type GetUpdateParams = z.input<typeof GetUpdateInput>;
export type ReorderParams = z.input<typeof ReorderInput>;
export type ShuffleParams = z.input<typeof ShuffleInput>;
export type CreateUpdateParams = z.input<typeof CreateUpdateInput>;
export type EditUpdateParams = z.input<typeof EditUpdateInput>;

// What each method takes: the parameters plus the call's own options (`signal`), which never go on the wire.
export type ListPendingOptions = NonNullable<ListPendingParams> & CallOptions;
export type ListSentOptions = NonNullable<ListSentParams> & CallOptions;
export type ListInteractionsOptions = ListInteractionsParams & CallOptions;
export type GetUpdateOptions = NonNullable<GetUpdateParams> & CallOptions;
export type ReorderOptions = ReorderParams & CallOptions;
export type ShuffleOptions = NonNullable<ShuffleParams> & CallOptions;
export type CreateUpdateOptions = CreateUpdateParams & CallOptions;
export type EditUpdateOptions = EditUpdateParams & CallOptions;
export type ScheduleInputValue = z.input<typeof ScheduleInput>;
export type MediaOptions = z.input<typeof MediaInput>;
