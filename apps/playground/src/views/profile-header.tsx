import type { Profile } from '../buffer.js';

function text(profile: Profile, key: string): string | undefined {
  const value = (profile as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function profileLabel(profile: Profile): string {
  return text(profile, 'formatted_username') ?? text(profile, 'service_username') ?? profile.id;
}

function counts(profile: Profile): { pending?: number; sent?: number } {
  const value = (profile as { counts?: unknown }).counts;
  if (typeof value !== 'object' || value === null) return {};
  const { pending, sent } = value as { pending?: unknown; sent?: unknown };
  return {
    ...(typeof pending === 'number' ? { pending } : {}),
    ...(typeof sent === 'number' ? { sent } : {}),
  };
}

/** Avatar, service, username and counts; Buffer stopped sending Twitter avatars in 2019, so both are optional. */
export function ProfileHeader(props: { profile: Profile; link: boolean }) {
  const { profile } = props;
  const avatar = text(profile, 'avatar_https') ?? text(profile, 'avatar');
  const label = profileLabel(profile);
  const service = text(profile, 'formatted_service') ?? profile.service;
  const c = counts(profile);
  return (
    <div class="profile-header" data-profile-id={profile.id}>
      {avatar ? (
        <img
          class="avatar"
          src={avatar}
          alt=""
          width={48}
          height={48}
          data-initial={label.replace(/^@/, '').slice(0, 1).toUpperCase()}
        />
      ) : (
        <span class="avatar placeholder">{label.replace(/^@/, '').slice(0, 1).toUpperCase()}</span>
      )}
      <div>
        <strong>
          {props.link ? <a href={`/profiles/${encodeURIComponent(profile.id)}`}>{label}</a> : label}
        </strong>
        <div class="muted">
          {service}
          {c.pending === undefined ? null : ` · ${c.pending} pending`}
          {c.sent === undefined ? null : ` · ${c.sent} sent`}
        </div>
      </div>
    </div>
  );
}
