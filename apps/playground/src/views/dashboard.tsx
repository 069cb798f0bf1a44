import type { Profile, User } from '../buffer.js';
import type { ServiceLimit } from '../limits.js';
import type { Draft, Flash } from '../session.js';
import { Composer, type ComposerProfile } from './composer.js';
import { Layout } from './layout.js';
import { ProfileHeader } from './profile-header.js';

export interface DashboardProps {
  bufferLabel: string;
  csrfToken: string;
  flash?: Flash | undefined;
  user: User;
  profiles: Profile[];
  composerProfiles: ComposerProfile[];
  limits: ServiceLimit[];
  draft?: Draft | undefined;
}

function userField(user: User, key: string): string | undefined {
  const value = (user as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function DashboardPage(props: DashboardProps) {
  const { user } = props;
  const timezone = userField(user, 'timezone') ?? 'UTC';
  return (
    <Layout
      title="Dashboard"
      bufferLabel={props.bufferLabel}
      connected={true}
      csrfToken={props.csrfToken}
      flash={props.flash}
    >
      <section class="user" data-testid="user">
        <h1>{userField(user, 'name') ?? 'Your Buffer account'}</h1>
        <dl class="facts">
          <dt>User id</dt>
          <dd>{user.id}</dd>
          <dt>Plan</dt>
          <dd>{userField(user, 'plan') ?? 'unknown'}</dd>
          <dt>Time zone</dt>
          <dd>{timezone}</dd>
        </dl>
      </section>
      <section>
        <h2>Profiles</h2>
        {props.profiles.length === 0 ? (
          <p>This Buffer account has no social profiles connected.</p>
        ) : (
          <ul class="profiles" data-testid="profiles">
            {props.profiles.map((profile) => (
              <li class="card">
                <ProfileHeader profile={profile} link={true} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {props.profiles.length === 0 ? null : (
        <Composer
          csrfToken={props.csrfToken}
          profiles={props.composerProfiles}
          fallbackTimeZone={timezone}
          draft={props.draft}
        />
      )}
      <section>
        <h2>Limits from /info/configuration</h2>
        <table class="limits" data-testid="limits">
          <thead>
            <tr>
              <th>Service</th>
              <th>Type</th>
              <th>Characters</th>
              <th>Schedule slots</th>
            </tr>
          </thead>
          <tbody>
            {props.limits.map((l) => (
              <tr>
                <td>{l.name}</td>
                <td>{l.type}</td>
                <td>{l.characterLimit ?? '—'}</td>
                <td>{l.scheduleLimit ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  );
}
