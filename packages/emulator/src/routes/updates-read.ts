import { bufferError } from '../errors.js';
import { optionalBoolean, optionalInteger, optionalString, requiredString } from '../params.js';
import type { UpdateRecord } from '../state/types.js';
import { ownedProfile, ownedUpdate, render } from './access.js';
import type { ApiContext, Route } from './types.js';

/** Page size when `count` is not given (Buffer does not document one). */
export const DEFAULT_COUNT = 10;

function page<T>(items: readonly T[], ctx: ApiContext): T[] {
  const pageNumber = optionalInteger(ctx.params, 'page', { min: 1 }) ?? 1;
  const count = optionalInteger(ctx.params, 'count', { min: 1, max: 100 }) ?? DEFAULT_COUNT;
  return items.slice((pageNumber - 1) * count, pageNumber * count);
}

function list(ctx: ApiContext, updates: UpdateRecord[], sinceOf: (u: UpdateRecord) => number) {
  const since = optionalInteger(ctx.params, 'since', { min: 0 });
  const utc = optionalBoolean(ctx.params, 'utc') ?? false;
  const matching = since === undefined ? updates : updates.filter((u) => sinceOf(u) > since);
  return { total: matching.length, updates: page(matching, ctx).map((u) => render(ctx, u, utc)) };
}

// Plural and singular spellings name the same event (reference §3.10).
function singular(event: string): string {
  return event.endsWith('s') ? event.slice(0, -1) : event;
}

export const updateReadRoutes: Route[] = [
  {
    method: 'GET',
    path: 'updates/:id',
    params: ['utc'],
    auth: 'required',
    handle(ctx, path) {
      const { update } = ownedUpdate(ctx, path.id ?? '');
      return { body: render(ctx, update, optionalBoolean(ctx.params, 'utc') ?? false) };
    },
  },
  {
    method: 'GET',
    path: 'profiles/:id/updates/pending',
    params: ['page', 'count', 'since', 'utc'],
    auth: 'required',
    handle(ctx, path) {
      const profile = ownedProfile(ctx, path.id ?? '');
      return { body: list(ctx, ctx.store.pending(profile.id), (u) => u.created_at) };
    },
  },
  {
    method: 'GET',
    path: 'profiles/:id/updates/sent',
    params: ['page', 'count', 'since', 'utc', 'filter'],
    auth: 'required',
    handle(ctx, path) {
      const profile = ownedProfile(ctx, path.id ?? '');
      const filter = optionalString(ctx.params, 'filter') ?? 'default';
      if (filter !== 'default' && filter !== 'all')
        throw bufferError(1006, 'Parameter filter must be "default" or "all".');
      return { body: list(ctx, ctx.store.sent(profile.id), (u) => u.sent_at ?? 0) };
    },
  },
  {
    method: 'GET',
    path: 'updates/:id/interactions',
    params: ['event', 'page', 'count', 'since', 'before'],
    auth: 'required',
    handle(ctx, path) {
      const { update, profile } = ownedUpdate(ctx, path.id ?? '');
      const event = requiredString(ctx.params, 'event');
      const supported =
        ctx.configuration.services[profile.service]?.types[profile.service_type]?.supported_interactions ??
        [];
      if (!supported.includes(event))
        throw bufferError(
          1029,
          `Event type not supported: ${event}. ${profile.formatted_service} supports ${supported.join(', ') || 'none'}.`,
        );
      const since = optionalInteger(ctx.params, 'since', { min: 0 });
      const before = optionalInteger(ctx.params, 'before', { min: 0 });
      const matching = update.interactions
        .filter((i) => singular(i.event) === singular(event))
        .filter(
          (i) =>
            (since === undefined || i.created_at > since) && (before === undefined || i.created_at < before),
        )
        .sort((a, b) => b.created_at - a.created_at);
      return {
        body: {
          total: matching.length,
          interactions: page(matching, ctx).map((i) => ({
            _id: i.id,
            created_at: i.created_at,
            event: i.event,
            id: i.id,
            interaction_id: i.interaction_id,
            user: { ...i.user },
          })),
        },
      };
    },
  },
];
