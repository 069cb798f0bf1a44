import type { ProfileRecord, Seed, UpdateRecord } from './types.js';

/** Fixed ids of the default seed, so tests can address them. */
export const DEMO_IDS = {
  user: '4f0c0a06512f7ef214000000',
  twitter: '4eb854340acb04e870000010',
  facebook: '4eb854340acb04e870000011',
  linkedin: '4eb854340acb04e870000012',
  otherUser: '5b1d0c7e9a3f2e0012c0ffee',
  otherProfile: '5b1d0c7e9a3f2e0012c0ff01',
  otherUpdate: '5b1d0c7e9a3f2e0012c0ff02',
  pending: {
    twitterFirst: '4eb8565e0acb04bb82000001',
    twitterSecond: '4eb8565e0acb04bb82000002',
    facebook: '4eb8565e0acb04bb82000003',
    linkedin: '4eb8565e0acb04bb82000004',
  },
  sent: {
    twitter: '4eb8565e0acb04bb82000010',
    twitterOlder: '4eb8565e0acb04bb82000011',
    facebook: '4eb8565e0acb04bb82000012',
  },
} as const;

/** The client id that "created" the seeded updates (Buffer shows it as `client_id`). */
export const SEED_CLIENT_ID = '4f850cc93733aa9301000002';

function profile(
  fields: Omit<ProfileRecord, 'disconnected' | 'team_members' | 'default'> & Partial<ProfileRecord>,
) {
  return { default: true, disconnected: false, team_members: [], ...fields } satisfies ProfileRecord;
}

/** The default state: a demo user with Twitter, Facebook and LinkedIn profiles in three time zones. */
export function demoSeed(nowMs: number): Seed {
  const now = Math.floor(nowMs / 1000);
  const hours = (n: number) => now - n * 3600;
  const base = {
    client_id: SEED_CLIENT_ID,
    custom_scheduled: false,
    shared_now: false,
    interactions: [],
    extras: {},
    due_at: null,
  } as const;
  const pending = (
    id: string,
    profileId: string,
    service: string,
    text: string,
    created: number,
    rest: Partial<UpdateRecord> = {},
  ): UpdateRecord => ({
    ...base,
    id,
    profile_id: profileId,
    user_id: profileId === DEMO_IDS.otherProfile ? DEMO_IDS.otherUser : DEMO_IDS.user,
    created_at: created,
    updated_at: created,
    status: 'buffer',
    text,
    via: service === 'twitter' ? 'chrome' : 'api',
    type: 'text',
    interactions: [],
    extras: {},
    ...rest,
  });
  const sent = (
    id: string,
    profileId: string,
    text: string,
    sentAt: number,
    stats: NonNullable<UpdateRecord['statistics']>,
    serviceUpdateId: string,
    rest: Partial<UpdateRecord> = {},
  ): UpdateRecord =>
    pending(id, profileId, '', text, sentAt - 7200, {
      status: 'sent',
      due_at: sentAt,
      sent_at: sentAt,
      updated_at: sentAt,
      service_update_id: serviceUpdateId,
      statistics: stats,
      via: 'chrome',
      ...rest,
    });

  return {
    users: [
      {
        id: DEMO_IDS.user,
        name: 'Demo User',
        plan: 'free',
        timezone: 'Asia/Tel_Aviv',
        created_at: now - 400 * 86400,
        activity_at: hours(1),
        twentyfour_hour_time: false,
      },
      {
        id: DEMO_IDS.otherUser,
        name: 'Someone Else',
        plan: 'free',
        timezone: 'America/Los_Angeles',
        created_at: now - 200 * 86400,
        activity_at: hours(30),
        twentyfour_hour_time: false,
      },
    ],
    profiles: [
      profile({
        id: DEMO_IDS.twitter,
        user_id: DEMO_IDS.user,
        service: 'twitter',
        service_type: 'profile',
        service_id: '164724445',
        service_username: 'skinnyoteam',
        formatted_service: 'Twitter',
        formatted_username: '@skinnyoteam',
        avatar: 'http://a3.twimg.com/profile_images/1405180232.png',
        avatar_https: 'https://a3.twimg.com/profile_images/1405180232.png',
        created_at: now - 300 * 86400,
        schedules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: ['12:00', '17:00', '18:00'] }],
        statistics: { followers: 246 },
        timezone: 'Europe/London',
      }),
      profile({
        id: DEMO_IDS.facebook,
        user_id: DEMO_IDS.user,
        service: 'facebook',
        service_type: 'page',
        service_id: '104560826327839',
        service_username: 'Demo Bakery',
        formatted_service: 'Facebook Page',
        formatted_username: 'Demo Bakery',
        avatar: 'http://graph.facebook.com/104560826327839/picture',
        avatar_https: 'https://graph.facebook.com/104560826327839/picture',
        created_at: now - 250 * 86400,
        schedules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times: ['09:00', '15:30'] }],
        statistics: { fans: 1280 },
        timezone: 'America/New_York',
      }),
      profile({
        id: DEMO_IDS.linkedin,
        user_id: DEMO_IDS.user,
        service: 'linkedin',
        service_type: 'profile',
        service_id: 'x1y2z3',
        service_username: 'Demo User',
        formatted_service: 'LinkedIn',
        formatted_username: 'Demo User',
        avatar: 'http://media.licdn.com/mpr/demo.png',
        avatar_https: 'https://media.licdn.com/mpr/demo.png',
        created_at: now - 200 * 86400,
        default: false,
        schedules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: ['08:30'] }],
        statistics: { connections: 500 },
        timezone: 'Asia/Tokyo',
      }),
      profile({
        id: DEMO_IDS.otherProfile,
        user_id: DEMO_IDS.otherUser,
        service: 'twitter',
        service_type: 'profile',
        service_id: '99887766',
        service_username: 'someoneelse',
        formatted_service: 'Twitter',
        formatted_username: '@someoneelse',
        avatar: 'http://a3.twimg.com/profile_images/other.png',
        avatar_https: 'https://a3.twimg.com/profile_images/other.png',
        created_at: now - 100 * 86400,
        schedules: [{ days: ['mon', 'wed', 'fri'], times: ['09:00'] }],
        statistics: { followers: 12 },
        timezone: 'America/Los_Angeles',
      }),
    ],
    updates: [
      pending(
        DEMO_IDS.pending.twitterFirst,
        DEMO_IDS.twitter,
        'twitter',
        'This is just the beginning, the very beginning...',
        hours(5),
      ),
      pending(
        DEMO_IDS.pending.twitterSecond,
        DEMO_IDS.twitter,
        'twitter',
        'Read our launch notes https://example.com/launch #bufferkit',
        hours(4),
      ),
      pending(
        DEMO_IDS.pending.facebook,
        DEMO_IDS.facebook,
        'facebook',
        'Fresh bread every morning at 7.',
        hours(3),
        {
          type: 'link',
          media: {
            link: 'http://example.com/bread',
            title: 'Our bread',
            description: 'Baked daily',
          },
        },
      ),
      pending(DEMO_IDS.pending.linkedin, DEMO_IDS.linkedin, 'linkedin', 'We are hiring engineers.', hours(2)),
      pending(DEMO_IDS.otherUpdate, DEMO_IDS.otherProfile, 'twitter', 'Not yours to read.', hours(2)),
      sent(
        DEMO_IDS.sent.twitter,
        DEMO_IDS.twitter,
        'Hello from @skinnyoteam, welcome http://buff.ly/1OLf9L4 #launch',
        hours(20),
        { reach: 2460, clicks: 56, retweets: 20, favorites: 1, mentions: 1 },
        '133667319959392256',
        {
          interactions: [
            {
              id: '50f98310c5ac415d7f2e74fd',
              created_at: hours(19),
              event: 'favorite',
              interaction_id: '292235127847788544',
              user: {
                username: 'Crispy Potatoes',
                followers: 160,
                avatar: 'http://si0.twimg.com/profile_images/crispy.png',
                avatar_https: 'https://si0.twimg.com/profile_images/crispy.png',
                twitter_id: '70712344376',
              },
            },
            {
              id: '50f98310c5ac415d7f2e74fe',
              created_at: hours(18),
              event: 'retweet',
              interaction_id: '292235127847788545',
              user: {
                username: 'Mash Ed',
                followers: 42,
                avatar: 'http://si0.twimg.com/profile_images/mash.png',
                avatar_https: 'https://si0.twimg.com/profile_images/mash.png',
                twitter_id: '70712344377',
              },
            },
            {
              id: '50f98310c5ac415d7f2e74ff',
              created_at: hours(17),
              event: 'retweet',
              interaction_id: '292235127847788546',
              user: {
                username: 'Hash Brown',
                followers: 7,
                avatar: 'http://si0.twimg.com/profile_images/hash.png',
                avatar_https: 'https://si0.twimg.com/profile_images/hash.png',
                twitter_id: '70712344378',
              },
            },
          ],
        },
      ),
      sent(
        DEMO_IDS.sent.twitterOlder,
        DEMO_IDS.twitter,
        'An older tweet.',
        hours(48),
        { reach: 120, clicks: 3, retweets: 0, favorites: 2, mentions: 0 },
        '133667319959392001',
      ),
      sent(
        DEMO_IDS.sent.facebook,
        DEMO_IDS.facebook,
        'Our shop opens on Monday!',
        hours(30),
        { reach: 800, clicks: 12, retweets: 0, favorites: 0, mentions: 0 },
        '104560826327839_1001',
        {
          interactions: [
            {
              id: '50f98310c5ac415d7f2e7500',
              created_at: hours(29),
              event: 'like',
              interaction_id: '1001_1',
              user: { username: 'Jane Doe', avatar: 'http://graph.facebook.com/1/picture' },
            },
          ],
        },
      ),
    ],
  };
}
