import type { Profile, Schedule } from '../buffer.js';
import type { Flash } from '../session.js';
import { CsrfField, Layout } from './layout.js';
import { profileLabel } from './profile-header.js';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function SchedulesPage(props: {
  bufferLabel: string;
  csrfToken: string;
  flash?: Flash | undefined;
  profile: Profile;
  schedules: Schedule[];
}) {
  // One empty row lets a new schedule be added without script.
  const rows: Schedule[] = [...props.schedules, { days: [], times: [] }];
  return (
    <Layout
      title="Schedules"
      bufferLabel={props.bufferLabel}
      connected={true}
      csrfToken={props.csrfToken}
      flash={props.flash}
    >
      <h1>Posting schedule for {profileLabel(props.profile)}</h1>
      <p class="muted" data-testid="schedule-note">
        Times are HH:MM in the profile's time zone
        {props.profile.timezone ? ` (${props.profile.timezone})` : ''}, separated by commas. Clear a row's
        days and times to remove it.
      </p>
      <form
        method="post"
        action={`/profiles/${encodeURIComponent(props.profile.id)}/schedules`}
        data-testid="schedules"
      >
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="rows" value={String(rows.length)} />
        {rows.map((schedule, i) => (
          <fieldset class="schedule">
            <legend>{i < props.schedules.length ? `Schedule ${i + 1}` : 'New schedule'}</legend>
            {DAYS.map((day) => (
              <label class="check">
                <input type="checkbox" name={`days_${i}`} value={day} checked={schedule.days.includes(day)} />{' '}
                {day}
              </label>
            ))}
            <label>
              Times{' '}
              <input
                type="text"
                name={`times_${i}`}
                value={schedule.times.join(', ')}
                placeholder="09:00, 17:30"
              />
            </label>
          </fieldset>
        ))}
        <button type="submit" class="primary">
          Save schedule
        </button>{' '}
        <a href={`/profiles/${encodeURIComponent(props.profile.id)}`}>Back to the queue</a>
      </form>
    </Layout>
  );
}
