import type { Schedule } from '../queue/slots.js';

export type { Schedule };

export interface AppRegistration {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  name: string;
}

export interface UserRecord {
  id: string;
  name: string;
  /** `free` caps each profile's queue at 10 pending updates (code 1023). */
  plan: string;
  timezone: string;
  created_at: number;
  activity_at: number;
  twentyfour_hour_time?: boolean;
}

export interface ProfileRecord {
  id: string;
  user_id: string;
  service: string;
  service_type: string;
  service_id: string;
  service_username: string;
  formatted_service: string;
  formatted_username: string;
  avatar: string;
  avatar_https: string;
  cover_photo?: string;
  created_at: number;
  default: boolean;
  disconnected: boolean;
  schedules: Schedule[];
  statistics: Record<string, number>;
  team_members: string[];
  timezone: string;
}

export interface InteractionRecord {
  id: string;
  created_at: number;
  /** Singular event name: retweet, favorite, mention, like, comment, reshare … */
  event: string;
  interaction_id: string;
  user: Record<string, string | number>;
}

export interface UpdateStatistics {
  reach: number;
  clicks: number;
  retweets: number;
  favorites: number;
  mentions: number;
}

export interface UpdateRecord {
  id: string;
  profile_id: string;
  user_id: string;
  client_id: string | null;
  created_at: number;
  updated_at: number;
  status: 'buffer' | 'sent';
  text: string;
  media?: Record<string, string>;
  retweet?: { tweet_id: string; comment?: string };
  via: string;
  type: 'text' | 'link' | 'picture' | 'retweet';
  /** Unix seconds; null only when the profile's schedule has no times at all. */
  due_at: number | null;
  /** Pinned by `scheduled_at`: keeps its time and stays out of slot recomputation. */
  custom_scheduled: boolean;
  shared_now: boolean;
  sent_at?: number;
  service_update_id?: string;
  statistics?: UpdateStatistics;
  interactions: InteractionRecord[];
  /** Accepted-but-unmodelled create parameters (subprofile_ids, source_url, …), kept for inspection. */
  extras: Record<string, unknown>;
}

/** Initial state. Pending updates (status `buffer`, not custom scheduled) are queued in array order. */
export interface Seed {
  users: UserRecord[];
  profiles: ProfileRecord[];
  updates: UpdateRecord[];
}
