import { bufferError, DUPLICATE_MESSAGE } from '../errors.js';
import { optionalMap, optionalString, type Params } from '../params.js';
import { parseScheduledAt } from '../queue/scheduled-at.js';
import { firstUrl } from '../render/text-formatted.js';
import type { ProfileRecord, UpdateRecord } from '../state/types.js';
import type { ApiContext } from './types.js';

export const MEDIA_KEYS = [
  'link',
  'description',
  'title',
  'picture',
  'photo',
  'thumbnail',
  'alt_text',
] as const;
export const RETWEET_KEYS = [
  'tweet_id',
  'comment',
  'user_id',
  'user_name',
  'display_name',
  'url',
  'avatar_http',
  'avatar_https',
] as const;

/** How far back a sent update still counts as "posted recently" for the duplicate rule (1025). */
export const DUPLICATE_WINDOW_SECONDS = 24 * 3600;

/** `scheduled_at` as unix seconds; bad format → 1006, not in the future → 1034. */
export function readScheduledAt(ctx: ApiContext): number | undefined {
  const raw = optionalString(ctx.params, 'scheduled_at');
  if (raw === undefined || raw === '') return undefined;
  const at = parseScheduledAt(raw);
  if (at === undefined && /^\s*\d+\s*$/.test(raw))
    throw bufferError(
      1006,
      'Parameter scheduled_at is out of bounds: send unix seconds (not milliseconds) or ISO 8601.',
    );
  if (at === undefined)
    throw bufferError(
      1006,
      'Parameter scheduled_at must be unix seconds or ISO 8601 (e.g. 2030-01-31T09:00:00Z).',
    );
  if (at * 1000 <= ctx.nowMs) throw bufferError(1034);
  return at;
}

/** The media map as stored: `photo` comes back as `picture` (with itself as thumbnail if none given). */
export function readMedia(params: Params): Record<string, string> | undefined {
  const media = optionalMap(params, 'media', MEDIA_KEYS);
  if (!media) return undefined;
  const { photo, ...rest } = media;
  // Buffer's image rules: `photo` alone, or `picture` with `thumbnail` (older docs: "both required"); a
  // `picture` without either is only the preview image of a `link`.
  if (
    photo === undefined &&
    rest.picture !== undefined &&
    rest.thumbnail === undefined &&
    rest.link === undefined
  )
    throw bufferError(
      1004,
      'Required parameter missing: media[thumbnail] (send media[picture] with media[thumbnail], or media[photo] alone).',
    );
  if (photo !== undefined) {
    rest.picture = photo;
    rest.thumbnail ??= photo;
  }
  return rest;
}

/** A link attachment wins over an image (its `picture` is the link's preview), as Buffer posts it. */
export function mediaType(media: Record<string, string> | undefined): UpdateRecord['type'] {
  if (media?.link !== undefined) return 'link';
  if (media?.picture !== undefined) return 'picture';
  return 'text';
}

/** Buffer's `attachment` rule: with no media, a URL in the text becomes a link attachment where the service shows one. */
export function autoAttachment(
  ctx: ApiContext,
  profile: ProfileRecord,
  text: string,
  attachment: boolean | undefined,
): Record<string, string> | undefined {
  if (attachment === false) return undefined;
  const linkAttachments =
    ctx.configuration.services[profile.service]?.types[profile.service_type]?.link_attachments ?? false;
  const url = firstUrl(text);
  return linkAttachments && url ? { link: url } : undefined;
}

/**
 * The profiles whose updates a new text must not repeat: the profile itself and, on Twitter, every Twitter
 * account of the same user — since 2018 Buffer refuses identical content across Twitter accounts (Twitter's
 * automation rules, reference §5.8).
 */
function duplicateScope(ctx: ApiContext, profileId: string): Set<string> {
  const profile = ctx.store.profiles.get(profileId);
  const scope = new Set([profileId]);
  if (profile?.service !== 'twitter') return scope;
  for (const other of ctx.store.profiles.values())
    if (other.service === 'twitter' && other.user_id === profile.user_id) scope.add(other.id);
  return scope;
}

/** Several Twitter accounts in one create with the same text → 1025 before anything is queued. */
export function assertNotAcrossTwitterAccounts(profiles: readonly ProfileRecord[], text: string): void {
  if (text.trim() === '' || profiles.filter((p) => p.service === 'twitter').length < 2) return;
  throw bufferError(1025, DUPLICATE_MESSAGE);
}

export function assertNotDuplicate(
  ctx: ApiContext,
  profileId: string,
  text: string,
  exceptId?: string,
): void {
  if (text === '') return;
  const nowSeconds = Math.floor(ctx.nowMs / 1000);
  const scope = duplicateScope(ctx, profileId);
  for (const other of ctx.store.updates.values()) {
    if (!scope.has(other.profile_id) || other.id === exceptId || other.text.trim() !== text.trim()) continue;
    const recent = other.status === 'buffer' || (other.sent_at ?? 0) > nowSeconds - DUPLICATE_WINDOW_SECONDS;
    if (recent) throw bufferError(1025, DUPLICATE_MESSAGE);
  }
}
