import type { Hono } from 'hono';
import type { Schedule } from '../buffer.js';
import {
  type AppContext,
  type AppEnv,
  type FormFields,
  field,
  fields,
  type PlaygroundDeps,
  takeFlash,
} from '../context.js';
import { DAYS, SchedulesPage } from '../views/schedules.js';
import { actionFailure, connectedTo, notFoundPage, pageFailure } from './helpers.js';

type Day = Schedule['days'][number];

function isDay(value: string): value is Day {
  return (DAYS as readonly string[]).includes(value);
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Reads the editor's rows; a row with neither days nor times is a removed (or unused) row. */
export function parseSchedules(form: FormFields): { schedules: Schedule[] } | { error: string } {
  const rows = Number(field(form, 'rows') ?? '0');
  if (!Number.isInteger(rows) || rows < 0 || rows > 50) return { error: 'The schedule form is malformed.' };
  const schedules: Schedule[] = [];
  for (let i = 0; i < rows; i++) {
    const days = fields(form, `days_${i}`);
    const times = (field(form, `times_${i}`) ?? '')
      .split(/[,\s]+/)
      .map((t) => t.trim())
      .filter((t) => t !== '');
    if (days.length === 0 && times.length === 0) continue;
    const badDay = days.find((d) => !isDay(d));
    if (badDay !== undefined) return { error: `"${badDay}" is not a day (use mon … sun).` };
    const badTime = times.find((t) => !TIME.test(t));
    if (badTime !== undefined) return { error: `"${badTime}" is not a time; write times as HH:MM, 24-hour.` };
    if (days.length === 0) return { error: `Schedule ${i + 1} has times but no days.` };
    if (times.length === 0) return { error: `Schedule ${i + 1} has days but no times.` };
    schedules.push({ days: days.filter(isDay), times });
  }
  return { schedules };
}

export function registerScheduleRoutes(app: Hono<AppEnv>, deps: PlaygroundDeps): void {
  const notFound = (c: AppContext) => notFoundPage(c, deps, 'That address does not name a Buffer profile.');

  app.get('/profiles/:id/schedules', async (c) => {
    const connected = connectedTo(c, deps, notFound);
    if (!('client' in connected)) return connected;
    const { session, client, id: profileId } = connected;
    try {
      const [profile, schedules] = await Promise.all([
        client.profiles.get(profileId),
        client.profiles.schedules.get(profileId),
      ]);
      return c.html(
        <SchedulesPage
          bufferLabel={deps.config.bufferLabel}
          csrfToken={session.csrfToken}
          flash={takeFlash(session)}
          profile={profile}
          schedules={schedules}
        />,
      );
    } catch (error) {
      return pageFailure(c, deps, error);
    }
  });

  app.post('/profiles/:id/schedules', async (c) => {
    const connected = connectedTo(c, deps, notFound);
    if (!('client' in connected)) return connected;
    const { session, client, id: profileId } = connected;
    const here = `/profiles/${encodeURIComponent(profileId)}/schedules`;
    const parsed = parseSchedules(c.get('form'));
    if ('error' in parsed) {
      session.flash = { kind: 'error', message: parsed.error };
      return c.redirect(here, 303);
    }
    try {
      await client.profiles.schedules.update(profileId, parsed.schedules);
      session.flash = { kind: 'info', message: 'Schedule saved.' };
      return c.redirect(here, 303);
    } catch (error) {
      return actionFailure(c, error, here);
    }
  });
}
