import type { Hono } from 'hono';
import { type AppEnv, field, fields, ID_PATTERN, type PlaygroundDeps, takeFlash } from '../context.js';
import { limitForProfile, serviceLimits } from '../limits.js';
import { isValidTimeZone, normalizeNewlines, zonedLocalToUtc } from '../time-zone.js';
import { DashboardPage } from '../views/dashboard.js';
import { profileLabel } from '../views/profile-header.js';
import { actionFailure, clientOf, notConnected, pageFailure } from './helpers.js';

type When = 'queue' | 'top' | 'now' | 'at';

export function registerDashboardRoutes(app: Hono<AppEnv>, deps: PlaygroundDeps): void {
  app.get('/dashboard', async (c) => {
    const session = c.get('session');
    const client = clientOf(deps, session);
    if (client === undefined) return notConnected(c);
    try {
      // Three requests per view: the emulator (like Buffer) allows 60 a minute per user.
      const [user, profiles, configuration] = await Promise.all([
        client.user.get(),
        client.profiles.list(),
        client.info.configuration(),
      ]);
      const limits = serviceLimits(configuration);
      const draft = session.draft;
      delete session.draft;
      const composerProfiles = profiles.map((profile) => {
        const limit = limitForProfile(profile, limits);
        return {
          id: profile.id,
          label: profileLabel(profile),
          service: profile.service,
          characterLimit: limit?.characterLimit,
          limitName: limit?.name,
          checked: draft
            ? draft.profileIds.includes(profile.id)
            : (profile as { default?: unknown }).default === true,
        };
      });
      return c.html(
        <DashboardPage
          bufferLabel={deps.config.bufferLabel}
          csrfToken={session.csrfToken}
          flash={takeFlash(session)}
          user={user}
          profiles={profiles}
          composerProfiles={composerProfiles}
          limits={limits}
          draft={draft}
        />,
      );
    } catch (error) {
      return pageFailure(c, deps, error);
    }
  });

  app.post('/compose', async (c) => {
    const session = c.get('session');
    const client = clientOf(deps, session);
    if (client === undefined) return notConnected(c);
    const form = c.get('form');
    const fail = (message: string) => {
      session.flash = { kind: 'error', message };
      return c.redirect('/dashboard', 303);
    };

    const profileIds = fields(form, 'profile_ids');
    const text = normalizeNewlines(field(form, 'text') ?? '');
    const link = field(form, 'link')?.trim() ?? '';
    const when = (field(form, 'when') ?? 'queue') as When;
    session.draft = { text, link, profileIds, when, scheduledLocal: field(form, 'scheduled_local') ?? '' };

    if (profileIds.length === 0) return fail('Choose at least one profile to post to.');
    if (!profileIds.every((id) => ID_PATTERN.test(id)))
      return fail('One of the chosen profiles is not a Buffer id.');
    if (text.trim() === '') return fail('Write some text for the update.');
    if (link !== '' && !/^https?:\/\/\S+$/i.test(link))
      return fail(`"${link}" is not a web address (http:// or https://).`);
    if (!['queue', 'top', 'now', 'at'].includes(when)) return fail('Choose when to post.');

    let scheduledAt: Date | undefined;
    let scheduledWords = '';
    if (when === 'at') {
      const local = field(form, 'scheduled_local') ?? '';
      const tz = field(form, 'tz') ?? '';
      const fromBrowser = field(form, 'tz_source') === 'browser';
      if (local === '') return fail('Pick a date and time, or choose another “when”.');
      if (!isValidTimeZone(tz)) return fail(`"${tz}" is not a known time zone.`);
      try {
        scheduledAt = zonedLocalToUtc(local, tz);
      } catch (error) {
        return fail(error instanceof Error ? error.message : 'That date and time could not be read.');
      }
      scheduledWords = ` for ${local.replace('T', ' ')} ${tz} (${
        fromBrowser ? "your browser's time zone" : "your Buffer account's time zone, as the browser sent none"
      }), ${scheduledAt.toISOString()}`;
    }

    try {
      const result = await client.updates.create({
        profileIds,
        text,
        ...(link === '' ? {} : { media: { link } }),
        ...(when === 'now' ? { now: true } : {}),
        ...(when === 'top' ? { top: true } : {}),
        ...(scheduledAt === undefined ? {} : { scheduledAt }),
      });
      delete session.draft;
      const n = result.updates.length;
      const verb =
        when === 'now'
          ? 'Shared'
          : when === 'at'
            ? 'Scheduled'
            : when === 'top'
              ? 'Added to the top of'
              : 'Added to';
      const where = when === 'now' || when === 'at' ? '' : ' the queue';
      session.flash = {
        kind: 'info',
        message: `${verb}${where} on ${n} profile${n === 1 ? '' : 's'}${scheduledWords}.`,
      };
      const only = profileIds.length === 1 ? profileIds[0] : undefined;
      return c.redirect(only === undefined ? '/dashboard' : `/profiles/${encodeURIComponent(only)}`, 303);
    } catch (error) {
      return actionFailure(c, error, '/dashboard');
    }
  });
}
