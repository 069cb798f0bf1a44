import { bufferError } from '../errors.js';
import { optionalBoolean, optionalList, optionalMap, optionalString, requiredString } from '../params.js';
import { queueLimit } from '../state/store.js';
import type { ProfileRecord, UpdateRecord } from '../state/types.js';
import { bufferFill, ownedUpdate, render, requireUser } from './access.js';
import type { ApiContext, Route } from './types.js';
import {
  assertNotAcrossTwitterAccounts,
  assertNotDuplicate,
  autoAttachment,
  mediaType,
  RETWEET_KEYS,
  readMedia,
  readScheduledAt,
} from './update-input.js';

/** Parameters Buffer's own clients send that the emulator accepts and keeps (reference §3.13). */
const UNDOCUMENTED_CREATE_PARAMS = [
  'subprofile_ids',
  'source_url',
  'service_geolocation_id',
  'service_geolocation_name',
  'is_draft',
  'pinned',
  'fb_text',
  'entities',
  'service_user_tags',
  'campaign_id',
  'is_native_retweet',
  'retweeted_tweet_id',
  'comment_enabled',
  'comment_text',
  'link',
  'extra_media',
  'via',
  'source',
  'version',
  'import_item_id',
] as const;

function extras(ctx: ApiContext, names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) if (ctx.params[name] !== undefined) out[name] = ctx.params[name];
  return out;
}

/** Resolves `profile_ids`: unknown and foreign ids are silently dropped, as Buffer documents. */
function targetProfiles(ctx: ApiContext): ProfileRecord[] {
  const ids = optionalList(ctx.params, 'profile_ids');
  if (!ids || ids.length === 0 || ids.every((id) => id === ''))
    throw bufferError(1004, 'Required parameter missing: profile_ids (send profile_ids[]=<id>).');
  const user = requireUser(ctx);
  const profiles: ProfileRecord[] = [];
  let foreign = false;
  for (const id of new Set(ids)) {
    const profile = ctx.store.profiles.get(id);
    if (profile?.user_id === user.id) profiles.push(profile);
    else if (profile) foreign = true;
  }
  // With nothing valid left there is nothing to create: say why, instead of an empty success.
  if (profiles.length === 0) throw foreign ? bufferError(1011) : bufferError(1010);
  return profiles;
}

function create(ctx: ApiContext) {
  const user = requireUser(ctx);
  const profiles = targetProfiles(ctx);
  const text = optionalString(ctx.params, 'text') ?? '';
  optionalBoolean(ctx.params, 'shorten');
  const now = optionalBoolean(ctx.params, 'now') ?? false;
  const top = optionalBoolean(ctx.params, 'top') ?? false;
  const attachment = optionalBoolean(ctx.params, 'attachment');
  const utc = optionalBoolean(ctx.params, 'utc') ?? false;
  const media = readMedia(ctx.params);
  const retweetInput = optionalMap(ctx.params, 'retweet', RETWEET_KEYS);
  if (retweetInput && !retweetInput.tweet_id)
    throw bufferError(1004, 'Required parameter missing: retweet[tweet_id].');
  const scheduledAt = readScheduledAt(ctx);
  const nowSeconds = Math.floor(ctx.nowMs / 1000);

  // Validate every profile before touching any queue, so a rejected request changes nothing.
  if (!retweetInput) assertNotAcrossTwitterAccounts(profiles, text);
  for (const profile of profiles) {
    const retweet = profile.service === 'twitter' ? retweetInput : undefined;
    if (text.trim() === '' && !retweet) throw bufferError(1004, 'Required parameter missing: text.');
    if (!retweet) assertNotDuplicate(ctx, profile.id, text);
    const sendsNow = now && scheduledAt === undefined;
    if (!sendsNow && ctx.store.pending(profile.id).length >= queueLimit(user.plan))
      throw bufferError(
        1023,
        `Update limit for profile has been reached: the ${user.plan} plan holds ${queueLimit(user.plan)} pending updates.`,
      );
  }

  const created: UpdateRecord[] = [];
  for (const profile of profiles) {
    const retweet = profile.service === 'twitter' && retweetInput ? retweetInput : undefined;
    const updateMedia = media ?? autoAttachment(ctx, profile, text, attachment);
    const update: UpdateRecord = {
      id: ctx.store.newId(ctx.nowMs),
      profile_id: profile.id,
      user_id: user.id,
      client_id: ctx.clientId ?? null,
      created_at: nowSeconds,
      updated_at: nowSeconds,
      status: 'buffer',
      text,
      ...(updateMedia ? { media: updateMedia } : {}),
      ...(retweet
        ? {
            retweet: {
              tweet_id: retweet.tweet_id ?? '',
              ...(retweet.comment !== undefined ? { comment: retweet.comment } : {}),
            },
          }
        : {}),
      via: 'api',
      type: retweet && text === '' ? 'retweet' : mediaType(updateMedia),
      due_at: null,
      custom_scheduled: false,
      shared_now: false,
      interactions: [],
      extras: extras(ctx, UNDOCUMENTED_CREATE_PARAMS),
    };
    ctx.store.updates.set(update.id, update);
    // scheduled_at overrides now and top (reference §3.13).
    if (scheduledAt !== undefined) {
      update.custom_scheduled = true;
      update.due_at = scheduledAt;
    } else if (now) {
      ctx.store.markSent(update, nowSeconds, true);
    } else if (top) {
      ctx.store.queue(profile.id).unshift(update.id);
    } else {
      ctx.store.queue(profile.id).push(update.id);
    }
    ctx.store.recompute(profile.id);
    created.push(update);
  }
  const first = profiles[0] as ProfileRecord;
  return {
    body: {
      success: true,
      ...bufferFill(ctx, first.id),
      updates: created.map((u) => render(ctx, u, utc)),
    },
  };
}

function edit(ctx: ApiContext, id: string) {
  const { update, profile } = ownedUpdate(ctx, id);
  if (update.status !== 'buffer')
    throw bufferError(1022, 'Only pending updates can be edited; this one was sent.');
  const text = requiredString(ctx.params, 'text');
  const now = optionalBoolean(ctx.params, 'now') ?? false;
  const utc = optionalBoolean(ctx.params, 'utc') ?? false;
  optionalBoolean(ctx.params, 'shorten');
  const attachment = optionalBoolean(ctx.params, 'attachment');
  const media = readMedia(ctx.params);
  const retweet = optionalMap(ctx.params, 'retweet', RETWEET_KEYS);
  const scheduledAt = readScheduledAt(ctx);
  assertNotDuplicate(ctx, profile.id, text, update.id);
  const nowSeconds = Math.floor(ctx.nowMs / 1000);

  update.text = text;
  update.updated_at = nowSeconds;
  if (media) {
    update.media = media;
  } else if (update.media === undefined) {
    const auto = autoAttachment(ctx, profile, text, attachment);
    if (auto) update.media = auto;
  }
  if (retweet?.tweet_id && profile.service === 'twitter') update.retweet = { tweet_id: retweet.tweet_id };
  update.type = update.retweet && text === '' ? 'retweet' : mediaType(update.media);
  Object.assign(update.extras, extras(ctx, ['subprofile_id']));
  const queue = ctx.store.queue(profile.id);
  if (scheduledAt !== undefined) {
    const index = queue.indexOf(update.id);
    if (index >= 0) queue.splice(index, 1);
    update.custom_scheduled = true;
    update.due_at = scheduledAt;
  } else if (now) {
    ctx.store.markSent(update, nowSeconds, true);
  }
  ctx.store.recompute(profile.id);
  return { body: { success: true, ...bufferFill(ctx, profile.id), update: render(ctx, update, utc) } };
}

export const updateWriteRoutes: Route[] = [
  {
    method: 'POST',
    path: 'updates/create',
    params: [
      'profile_ids',
      'text',
      'shorten',
      'now',
      'top',
      'media',
      'attachment',
      'scheduled_at',
      'retweet',
      'utc',
      ...UNDOCUMENTED_CREATE_PARAMS,
    ],
    auth: 'required',
    handle: (ctx) => create(ctx),
  },
  {
    method: 'POST',
    path: 'updates/:id/update',
    params: [
      'text',
      'now',
      'media',
      'utc',
      'scheduled_at',
      'shorten',
      'attachment',
      'retweet',
      'subprofile_id',
    ],
    auth: 'required',
    handle: (ctx, path) => edit(ctx, path.id ?? ''),
  },
];
