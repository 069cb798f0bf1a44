import type { Hono } from 'hono';
import type { BufferClient } from '../buffer.js';
import {
  type AppContext,
  type AppEnv,
  field,
  ID_PATTERN,
  type PlaygroundDeps,
  takeFlash,
} from '../context.js';
import { normalizeNewlines } from '../time-zone.js';
import { EditUpdatePage } from '../views/edit-update.js';
import { PAGE_SIZE, ProfilePage } from '../views/profile.js';
import { actionFailure, connectedTo, notFoundPage, pageFailure, positiveInt } from './helpers.js';

function profileHref(profileId: string, page = 1): string {
  return `/profiles/${encodeURIComponent(profileId)}${page > 1 ? `?page=${page}` : ''}`;
}

/** Where an update action returns: the profile page the form came from, else the dashboard. */
function backTo(c: AppContext): string {
  const form = c.get('form');
  const profileId = field(form, 'profile_id');
  if (profileId === undefined || !ID_PATTERN.test(profileId)) return '/dashboard';
  return profileHref(profileId, positiveInt(field(form, 'page')));
}

/** The whole pending queue, in order: reorder takes the complete order, and the page shows only part. */
async function fullQueue(client: BufferClient, profileId: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const update of client.updates.iteratePending(profileId)) ids.push(update.id);
  return ids;
}

export function registerQueueRoutes(app: Hono<AppEnv>, deps: PlaygroundDeps): void {
  const notFound = (c: AppContext) =>
    notFoundPage(c, deps, 'That address does not name a Buffer profile or update.');

  app.get('/profiles/:id', async (c) => {
    const connected = connectedTo(c, deps, notFound);
    if (!('client' in connected)) return connected;
    const { session, client, id: profileId } = connected;
    const page = positiveInt(c.req.query('page'));
    const sentPage = positiveInt(c.req.query('sent_page'));
    try {
      const [profile, pending, sent] = await Promise.all([
        client.profiles.get(profileId),
        client.updates.pending(profileId, { page, count: PAGE_SIZE }),
        client.updates.sent(profileId, { page: sentPage, count: PAGE_SIZE }),
      ]);
      return c.html(
        <ProfilePage
          bufferLabel={deps.config.bufferLabel}
          csrfToken={session.csrfToken}
          flash={takeFlash(session)}
          profile={profile}
          pending={{ page, total: pending.total, updates: pending.updates }}
          sent={{ page: sentPage, total: sent.total, updates: sent.updates }}
        />,
      );
    } catch (error) {
      return pageFailure(c, deps, error);
    }
  });

  app.post('/profiles/:id/shuffle', async (c) => {
    const connected = connectedTo(c, deps, notFound);
    if (!('client' in connected)) return connected;
    const { session, client, id: profileId } = connected;
    try {
      await client.updates.shuffle(profileId);
      session.flash = { kind: 'info', message: 'Queue shuffled.' };
      return c.redirect(profileHref(profileId), 303);
    } catch (error) {
      return actionFailure(c, error, profileHref(profileId));
    }
  });

  app.post('/profiles/:id/reorder', async (c) => {
    const connected = connectedTo(c, deps, notFound);
    if (!('client' in connected)) return connected;
    const { session, client, id: profileId } = connected;
    const form = c.get('form');
    const updateId = field(form, 'update_id') ?? '';
    const direction = field(form, 'direction');
    const back = backTo(c);
    if (direction !== 'up' && direction !== 'down') {
      session.flash = { kind: 'error', message: 'Choose to move the update up or down.' };
      return c.redirect(back, 303);
    }
    try {
      const order = await fullQueue(client, profileId);
      const from = order.indexOf(updateId);
      const to = direction === 'up' ? from - 1 : from + 1;
      if (from === -1 || to < 0 || to >= order.length) {
        session.flash = {
          kind: 'error',
          message:
            'That update is no longer where it was in the queue; the page now shows the current order.',
        };
        return c.redirect(back, 303);
      }
      [order[from], order[to]] = [order[to]!, order[from]!];
      await client.updates.reorder(profileId, { order });
      session.flash = { kind: 'info', message: `Moved ${direction}.` };
      const page = Math.floor(to / PAGE_SIZE) + 1;
      return c.redirect(profileHref(profileId, page), 303);
    } catch (error) {
      return actionFailure(c, error, back);
    }
  });

  const updateAction = (
    path: string,
    run: (client: BufferClient, updateId: string) => Promise<unknown>,
    done: string,
  ) => {
    app.post(`/updates/:id/${path}`, async (c) => {
      const connected = connectedTo(c, deps, notFound);
      if (!('client' in connected)) return connected;
      const { session, client, id: updateId } = connected;
      const back = backTo(c);
      try {
        await run(client, updateId);
        session.flash = { kind: 'info', message: done };
        return c.redirect(back, 303);
      } catch (error) {
        return actionFailure(c, error, back);
      }
    });
  };
  updateAction('share', (client, id) => client.updates.share(id), 'Shared now.');
  updateAction('move-to-top', (client, id) => client.updates.moveToTop(id), 'Moved to the top of the queue.');
  updateAction('delete', (client, id) => client.updates.destroy(id), 'Deleted.');

  app.get('/updates/:id/edit', async (c) => {
    const connected = connectedTo(c, deps, notFound);
    if (!('client' in connected)) return connected;
    const { session, client, id: updateId } = connected;
    try {
      const update = await client.updates.get(updateId);
      const draft = session.editDraft?.updateId === updateId ? session.editDraft.text : undefined;
      delete session.editDraft;
      return c.html(
        <EditUpdatePage
          draft={draft}
          bufferLabel={deps.config.bufferLabel}
          csrfToken={session.csrfToken}
          flash={takeFlash(session)}
          update={update}
        />,
      );
    } catch (error) {
      return pageFailure(c, deps, error);
    }
  });

  app.post('/updates/:id/edit', async (c) => {
    const connected = connectedTo(c, deps, notFound);
    if (!('client' in connected)) return connected;
    const { session, client, id: updateId } = connected;
    const text = normalizeNewlines(field(c.get('form'), 'text') ?? '');
    const editHref = `/updates/${encodeURIComponent(updateId)}/edit`;
    if (text.trim() === '') {
      session.flash = { kind: 'error', message: 'The update needs some text.' };
      return c.redirect(editHref, 303);
    }
    session.editDraft = { updateId, text };
    try {
      const result = await client.updates.edit(updateId, { text });
      delete session.editDraft;
      session.flash = { kind: 'info', message: 'Update saved.' };
      return c.redirect(result.update.profile_id ? profileHref(result.update.profile_id) : backTo(c), 303);
    } catch (error) {
      return actionFailure(c, error, editHref);
    }
  });
}
