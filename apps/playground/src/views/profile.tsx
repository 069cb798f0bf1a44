import type { Profile, Update } from '../buffer.js';
import type { Flash } from '../session.js';
import { CsrfField, Layout } from './layout.js';
import { ProfileHeader, profileLabel } from './profile-header.js';

export const PAGE_SIZE = 10;

export interface QueuePage {
  page: number;
  total: number;
  updates: Update[];
}

export interface ProfilePageProps {
  bufferLabel: string;
  csrfToken: string;
  flash?: Flash | undefined;
  profile: Profile;
  pending: QueuePage;
  sent: QueuePage;
}

function str(update: Update, key: string): string | undefined {
  const value = (update as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function mediaLink(update: Update): string | undefined {
  const media = (update as { media?: unknown }).media;
  if (typeof media !== 'object' || media === null) return undefined;
  const link = (media as { link?: unknown }).link;
  return typeof link === 'string' && link !== '' ? link : undefined;
}

/** When it was sent, in the profile's time zone (Buffer's own `day`/`due_time` are for the queue). */
function sentAt(update: Update, timeZone: string): string | undefined {
  const value = update.sent_at;
  if (typeof value !== 'number') return undefined;
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }).format(
      value * 1000,
    );
  try {
    return `${format(timeZone)} (${timeZone})`;
  } catch {
    return `${format('UTC')} (UTC)`;
  }
}

function pageHref(profileId: string, page: number, sentPage: number): string {
  const query = new URLSearchParams();
  if (page > 1) query.set('page', String(page));
  if (sentPage > 1) query.set('sent_page', String(sentPage));
  const qs = query.toString();
  return `/profiles/${encodeURIComponent(profileId)}${qs ? `?${qs}` : ''}`;
}

function Pager(props: { label: string; current: QueuePage; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(props.current.total / PAGE_SIZE));
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={props.label}>
      {props.current.page > 1 ? <a href={props.href(props.current.page - 1)}>‹ Newer</a> : null}
      <span>
        Page {props.current.page} of {pages}
      </span>
      {props.current.page < pages ? <a href={props.href(props.current.page + 1)}>Older ›</a> : null}
    </nav>
  );
}

function ActionButton(props: {
  action: string;
  label: string;
  csrfToken: string;
  extra?: Record<string, string>;
}) {
  return (
    <form method="post" action={props.action} class="inline">
      <CsrfField token={props.csrfToken} />
      {Object.entries(props.extra ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit">{props.label}</button>
    </form>
  );
}

export function ProfilePage(props: ProfilePageProps) {
  const { profile, pending, sent, csrfToken } = props;
  const back = { profile_id: profile.id, page: String(pending.page) };
  const firstIndex = (pending.page - 1) * PAGE_SIZE;
  return (
    <Layout
      title={profileLabel(profile)}
      bufferLabel={props.bufferLabel}
      connected={true}
      csrfToken={csrfToken}
      flash={props.flash}
    >
      <ProfileHeader profile={profile} link={false} />
      <p>
        <a href={`/profiles/${encodeURIComponent(profile.id)}/schedules`}>Edit posting schedule</a>
      </p>
      <section>
        <h2>
          Pending <span class="muted">({pending.total})</span>
        </h2>
        {pending.total > 1 ? (
          <ActionButton
            action={`/profiles/${encodeURIComponent(profile.id)}/shuffle`}
            label="Shuffle queue"
            csrfToken={csrfToken}
          />
        ) : null}
        {pending.updates.length === 0 ? (
          <p class="muted">Nothing is waiting in this queue.</p>
        ) : (
          <ol class="updates" data-testid="pending" start={firstIndex + 1}>
            {pending.updates.map((update, i) => {
              const position = firstIndex + i;
              const action = (verb: string) => `/updates/${encodeURIComponent(update.id)}/${verb}`;
              return (
                <li class="update" data-update-id={update.id}>
                  <p class="update-text" data-testid="update-text">
                    {update.text ?? ''}
                  </p>
                  {mediaLink(update) ? <p class="muted">Link: {mediaLink(update)}</p> : null}
                  <p class="muted">
                    {[str(update, 'day'), str(update, 'due_time')].filter(Boolean).join(' at ') ||
                      'Scheduled'}
                  </p>
                  <div class="actions">
                    <ActionButton
                      action={action('share')}
                      label="Share now"
                      csrfToken={csrfToken}
                      extra={back}
                    />
                    {position > 0 ? (
                      <ActionButton
                        action={action('move-to-top')}
                        label="Move to top"
                        csrfToken={csrfToken}
                        extra={back}
                      />
                    ) : null}
                    {position > 0 ? (
                      <ActionButton
                        action={`/profiles/${encodeURIComponent(profile.id)}/reorder`}
                        label="Move up"
                        csrfToken={csrfToken}
                        extra={{ ...back, update_id: update.id, direction: 'up' }}
                      />
                    ) : null}
                    {position < pending.total - 1 ? (
                      <ActionButton
                        action={`/profiles/${encodeURIComponent(profile.id)}/reorder`}
                        label="Move down"
                        csrfToken={csrfToken}
                        extra={{ ...back, update_id: update.id, direction: 'down' }}
                      />
                    ) : null}
                    <a class="button" href={action('edit')}>
                      Edit
                    </a>
                    <ActionButton
                      action={action('delete')}
                      label="Delete"
                      csrfToken={csrfToken}
                      extra={back}
                    />
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        <Pager label="Pending pages" current={pending} href={(p) => pageHref(profile.id, p, sent.page)} />
      </section>
      <section>
        <h2>
          Sent <span class="muted">({sent.total})</span>
        </h2>
        {sent.updates.length === 0 ? (
          <p class="muted">Nothing has been sent yet.</p>
        ) : (
          <ul class="updates" data-testid="sent">
            {sent.updates.map((update) => (
              <li class="update" data-update-id={update.id}>
                <p class="update-text" data-testid="update-text">
                  {update.text ?? ''}
                </p>
                <p class="muted">Sent {sentAt(update, profile.timezone ?? 'UTC') ?? ''}</p>
              </li>
            ))}
          </ul>
        )}
        <Pager label="Sent pages" current={sent} href={(p) => pageHref(profile.id, pending.page, p)} />
      </section>
    </Layout>
  );
}
