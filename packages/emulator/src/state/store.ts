import { nextSlots } from '../queue/slots.js';
import { createIdGenerator, randomHex } from './ids.js';
import type { AppRegistration, ProfileRecord, Seed, UpdateRecord, UserRecord } from './types.js';

export interface TokenRecord {
  userId: string;
  clientId: string;
  revoked: boolean;
  /** The code it was exchanged for; a replayed code revokes the token (RFC 6749 §4.1.2). */
  code?: string;
}

export interface CodeRecord {
  clientId: string;
  redirectUri: string;
  userId: string;
  expiresAt: number;
  used: boolean;
}

export interface ConsentRecord {
  clientId: string;
  redirectUri: string;
  state: string | undefined;
  userId: string;
}

/** Queue limit per profile by plan; `free` is 10 (reference §5.10). */
export function queueLimit(plan: string): number {
  return plan === 'free' ? 10 : 100;
}

export class Store {
  readonly users = new Map<string, UserRecord>();
  readonly profiles = new Map<string, ProfileRecord>();
  readonly updates = new Map<string, UpdateRecord>();
  /** Per profile: ids of pending, not custom-scheduled updates, in queue order. */
  readonly queues = new Map<string, string[]>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly codes = new Map<string, CodeRecord>();
  readonly consents = new Map<string, ConsentRecord>();
  readonly apps = new Map<string, AppRegistration>();
  readonly newId = createIdGenerator();
  private serviceUpdateCounter = 0;

  constructor(
    seed: Seed,
    apps: readonly AppRegistration[],
    private readonly now: () => number,
  ) {
    for (const app of apps) this.apps.set(app.clientId, { ...app });
    const copy = structuredClone(seed);
    for (const user of copy.users) this.users.set(user.id, user);
    for (const profile of copy.profiles) {
      this.profiles.set(profile.id, profile);
      this.queues.set(profile.id, []);
    }
    for (const update of copy.updates) {
      this.updates.set(update.id, update);
      if (update.status === 'buffer' && !update.custom_scheduled)
        this.queue(update.profile_id).push(update.id);
    }
    for (const profileId of this.profiles.keys()) this.recompute(profileId);
  }

  queue(profileId: string): string[] {
    let queue = this.queues.get(profileId);
    if (!queue) {
      queue = [];
      this.queues.set(profileId, queue);
    }
    return queue;
  }

  /** Gives the queued updates of a profile consecutive schedule slots after now, in queue order. */
  recompute(profileId: string): void {
    const profile = this.profiles.get(profileId);
    if (!profile) return;
    const queue = this.queue(profileId);
    const slots = nextSlots(profile.schedules, profile.timezone, this.now(), queue.length);
    queue.forEach((id, index) => {
      const update = this.updates.get(id);
      if (update) update.due_at = slots[index] ?? null;
    });
  }

  /** Pending updates of a profile (queued and custom scheduled), ordered by due time. */
  pending(profileId: string): UpdateRecord[] {
    const queued = this.queue(profileId).flatMap((id) => this.updates.get(id) ?? []);
    const custom = [...this.updates.values()].filter(
      (u) => u.profile_id === profileId && u.status === 'buffer' && u.custom_scheduled,
    );
    const due = (u: UpdateRecord) => u.due_at ?? Number.POSITIVE_INFINITY;
    return [...queued, ...custom].sort((a, b) => due(a) - due(b));
  }

  sent(profileId: string): UpdateRecord[] {
    return [...this.updates.values()]
      .filter((u) => u.profile_id === profileId && u.status === 'sent')
      .sort((a, b) => (b.sent_at ?? 0) - (a.sent_at ?? 0));
  }

  /** Marks an update as posted to the network now (or at `at`), removing it from the queue. */
  markSent(update: UpdateRecord, at: number, sharedNow: boolean): void {
    const queue = this.queue(update.profile_id);
    const index = queue.indexOf(update.id);
    if (index >= 0) queue.splice(index, 1);
    this.serviceUpdateCounter += 1;
    update.status = 'sent';
    update.sent_at = at;
    update.due_at = at;
    update.custom_scheduled = false;
    update.shared_now = sharedNow;
    update.service_update_id = `${at}${String(this.serviceUpdateCounter).padStart(9, '0')}`;
    update.statistics = { reach: 0, clicks: 0, retweets: 0, favorites: 0, mentions: 0 };
    update.updated_at = at;
  }

  /** Posts everything whose time has come, as Buffer's scheduler would while time passes. */
  tick(): void {
    const nowSeconds = Math.floor(this.now() / 1000);
    const due = [...this.updates.values()]
      .filter((u) => u.status === 'buffer' && u.due_at !== null && u.due_at <= nowSeconds)
      .sort((a, b) => (a.due_at ?? 0) - (b.due_at ?? 0));
    for (const update of due) this.markSent(update, update.due_at ?? nowSeconds, false);
  }

  issueToken(userId: string, clientId: string, code?: string): string {
    const token = `1/${randomHex(16)}`;
    this.tokens.set(token, { userId, clientId, revoked: false, ...(code ? { code } : {}) });
    return token;
  }
}
