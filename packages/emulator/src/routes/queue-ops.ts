import { bufferError } from '../errors.js';
import { optionalBoolean, optionalInteger, optionalList } from '../params.js';
import { ownedProfile, ownedUpdate, render } from './access.js';
import type { ApiContext, Route } from './types.js';

function queuedUpdates(ctx: ApiContext, profileId: string, utc: boolean) {
  return ctx.store.queue(profileId).flatMap((id) => {
    const update = ctx.store.updates.get(id);
    return update ? [render(ctx, update, utc)] : [];
  });
}

/**
 * `order[]` is a block of queued update ids placed at `offset` (default 0) of the queue; the other queued
 * updates keep their relative order around it. Custom-scheduled updates are not in the queue.
 */
function reorder(ctx: ApiContext, profileId: string) {
  const profile = ownedProfile(ctx, profileId);
  const order = optionalList(ctx.params, 'order');
  if (!order || order.length === 0)
    throw bufferError(1004, 'Required parameter missing: order (send order[]=<id>).');
  const offset = optionalInteger(ctx.params, 'offset', { min: 0 }) ?? 0;
  const utc = optionalBoolean(ctx.params, 'utc') ?? false;
  const queue = ctx.store.queue(profile.id);
  if (new Set(order).size !== order.length) throw bufferError(1006, 'Parameter order lists an update twice.');
  for (const id of order) {
    ownedUpdate(ctx, id);
    if (!queue.includes(id))
      throw bufferError(
        1006,
        `Update ${id} is not in this profile's queue (sent, custom scheduled or another profile).`,
      );
  }
  if (offset + order.length > queue.length)
    throw bufferError(
      1006,
      `offset + order length (${offset + order.length}) exceeds the queue length (${queue.length}).`,
    );
  const rest = queue.filter((id) => !order.includes(id));
  rest.splice(offset, 0, ...order);
  queue.splice(0, queue.length, ...rest);
  ctx.store.recompute(profile.id);
  return { body: { success: true, updates: queuedUpdates(ctx, profile.id, utc) } };
}

function shuffle(ctx: ApiContext, profileId: string) {
  const profile = ownedProfile(ctx, profileId);
  const count = optionalInteger(ctx.params, 'count', { min: 1, max: 100 });
  const utc = optionalBoolean(ctx.params, 'utc') ?? false;
  const queue = ctx.store.queue(profile.id);
  for (let i = queue.length - 1; i > 0; i--) {
    const j = Math.floor(ctx.random() * (i + 1));
    [queue[i], queue[j]] = [queue[j] as string, queue[i] as string];
  }
  ctx.store.recompute(profile.id);
  const updates = queuedUpdates(ctx, profile.id, utc);
  return { body: { success: true, updates: count === undefined ? updates : updates.slice(0, count) } };
}

function pendingUpdate(ctx: ApiContext, id: string, action: string) {
  const found = ownedUpdate(ctx, id);
  if (found.update.status !== 'buffer')
    throw bufferError(1022, `Only pending updates can be ${action}; this one was already sent.`);
  return found;
}

export const queueRoutes: Route[] = [
  {
    method: 'POST',
    path: 'profiles/:id/updates/reorder',
    params: ['order', 'offset', 'utc'],
    auth: 'required',
    handle: (ctx, path) => reorder(ctx, path.id ?? ''),
  },
  {
    method: 'POST',
    path: 'profiles/:id/updates/shuffle',
    params: ['count', 'utc'],
    auth: 'required',
    handle: (ctx, path) => shuffle(ctx, path.id ?? ''),
  },
  {
    method: 'POST',
    path: 'updates/:id/share',
    params: [],
    auth: 'required',
    handle(ctx, path) {
      const { update } = pendingUpdate(ctx, path.id ?? '', 'shared');
      ctx.store.markSent(update, Math.floor(ctx.nowMs / 1000), true);
      ctx.store.recompute(update.profile_id);
      return { body: { success: true } };
    },
  },
  {
    method: 'POST',
    path: 'updates/:id/destroy',
    params: [],
    auth: 'required',
    handle(ctx, path) {
      const { update } = pendingUpdate(ctx, path.id ?? '', 'destroyed');
      const queue = ctx.store.queue(update.profile_id);
      const index = queue.indexOf(update.id);
      if (index >= 0) queue.splice(index, 1);
      ctx.store.updates.delete(update.id);
      ctx.store.recompute(update.profile_id);
      return { body: { success: true } };
    },
  },
  {
    method: 'POST',
    path: 'updates/:id/move_to_top',
    params: ['utc'],
    auth: 'required',
    handle(ctx, path) {
      const { update } = ownedUpdate(ctx, path.id ?? '');
      if (update.status !== 'buffer' || update.custom_scheduled) throw bufferError(1027);
      const utc = optionalBoolean(ctx.params, 'utc') ?? false;
      const queue = ctx.store.queue(update.profile_id);
      queue.splice(queue.indexOf(update.id), 1);
      queue.unshift(update.id);
      ctx.store.recompute(update.profile_id);
      // Buffer answers with the bare update, no success wrapper (reference §3.17).
      return { body: render(ctx, update, utc) };
    },
  },
];
