import { bufferError } from '../errors.js';
import { renderUpdate } from '../render/json.js';
import { queueLimit } from '../state/store.js';
import type { ProfileRecord, UpdateRecord, UserRecord } from '../state/types.js';
import type { ApiContext } from './types.js';

export function requireUser(ctx: ApiContext): UserRecord {
  if (!ctx.user) throw bufferError(1001);
  return ctx.user;
}

/** The caller's profile: unknown id → 404/1010, someone else's → 403/1011. */
export function ownedProfile(ctx: ApiContext, id: string): ProfileRecord {
  const profile = ctx.store.profiles.get(id);
  if (!profile) throw bufferError(1010);
  if (profile.user_id !== requireUser(ctx).id) throw bufferError(1011);
  return profile;
}

/** The caller's update: unknown id → 404/1020, someone else's → 403/1021. */
export function ownedUpdate(ctx: ApiContext, id: string): { update: UpdateRecord; profile: ProfileRecord } {
  const update = ctx.store.updates.get(id);
  if (!update) throw bufferError(1020);
  const profile = ctx.store.profiles.get(update.profile_id);
  if (!profile || update.user_id !== requireUser(ctx).id) throw bufferError(1021);
  return { update, profile };
}

export function render(ctx: ApiContext, update: UpdateRecord, utc: boolean): Record<string, unknown> {
  const profile = ctx.store.profiles.get(update.profile_id);
  if (!profile) throw bufferError(1000);
  return renderUpdate(update, profile, { utc });
}

/** `buffer_count` (pending updates) and `buffer_percentage` (share of the plan's queue limit). */
export function bufferFill(
  ctx: ApiContext,
  profileId: string,
): { buffer_count: number; buffer_percentage: number } {
  const count = ctx.store.pending(profileId).length;
  const limit = queueLimit(requireUser(ctx).plan);
  return { buffer_count: count, buffer_percentage: Math.round((count / limit) * 100) };
}
