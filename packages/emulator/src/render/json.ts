import { formatDay, formatDueTime } from '../queue/format-time.js';
import type { ProfileRecord, UpdateRecord, UserRecord } from '../state/types.js';
import { formatText } from './text-formatted.js';

export interface RenderOptions {
  /** Render `day`/`due_time` in UTC instead of the profile's time zone. */
  utc: boolean;
}

export function renderUpdate(
  update: UpdateRecord,
  profile: ProfileRecord,
  o: RenderOptions,
): Record<string, unknown> {
  const zone = o.utc ? 'UTC' : profile.timezone;
  const json: Record<string, unknown> = {
    _id: update.id,
    id: update.id,
    client_id: update.client_id,
    created_at: update.created_at,
    day: update.due_at === null ? null : formatDay(update.due_at, zone),
    due_at: update.due_at,
    due_time: update.due_at === null ? null : formatDueTime(update.due_at, zone),
  };
  if (update.media) json.media = { ...update.media };
  Object.assign(json, {
    profile_id: update.profile_id,
    profile_service: profile.service,
    shared_now: update.shared_now,
    status: update.status,
    text: update.text,
    text_formatted: formatText(update.text, profile.service),
    type: update.type,
    updated_at: update.updated_at,
    user_id: update.user_id,
    via: update.via,
  });
  if (update.retweet) {
    json.retweet = { ...update.retweet };
    json.retweeted_tweet_id = update.retweet.tweet_id;
  }
  if (update.status === 'sent') {
    json.sent_at = update.sent_at;
    json.service_update_id = update.service_update_id;
    json.statistics = { ...update.statistics };
  }
  return json;
}

export function renderProfile(
  profile: ProfileRecord,
  counts: { pending: number; sent: number },
): Record<string, unknown> {
  return {
    _id: profile.id,
    avatar: profile.avatar,
    avatar_https: profile.avatar_https,
    counts: { daily_suggestions: 0, drafts: 0, pending: counts.pending, sent: counts.sent },
    created_at: profile.created_at,
    default: profile.default,
    disabled_features: [],
    disconnected: profile.disconnected,
    formatted_service: profile.formatted_service,
    formatted_username: profile.formatted_username,
    id: profile.id,
    schedules: profile.schedules.map((s) => ({ days: [...s.days], times: [...s.times] })),
    service: profile.service,
    service_id: profile.service_id,
    service_type: profile.service_type,
    service_username: profile.service_username,
    shortener: { domain: 'buff.ly' },
    statistics: { ...profile.statistics },
    team_members: [...profile.team_members],
    timezone: profile.timezone,
    user_id: profile.user_id,
  };
}

export function renderUser(user: UserRecord): Record<string, unknown> {
  return {
    _id: user.id,
    activity_at: user.activity_at,
    created_at: user.created_at,
    id: user.id,
    name: user.name,
    plan: user.plan,
    timezone: user.timezone,
    twentyfour_hour_time: user.twentyfour_hour_time ?? false,
  };
}
