import { describe, expect, test } from 'vitest';
import { defaultConfiguration } from '../state/configuration.js';
import { DEMO_IDS, SEED_CLIENT_ID } from '../state/seed.js';
import { errorBody, harness, T0_S } from '../test-support/harness.js';

const TW = DEMO_IDS.twitter;
const at = (iso: string) => Date.parse(iso) / 1000;

describe('reading updates', () => {
  test('a sent update has sent_at, service_update_id and statistics', async () => {
    const h = harness();
    expect((await h.get(`updates/${DEMO_IDS.sent.twitter}.json`)).body).toEqual({
      _id: DEMO_IDS.sent.twitter,
      id: DEMO_IDS.sent.twitter,
      client_id: SEED_CLIENT_ID,
      created_at: T0_S - 22 * 3600,
      day: 'Sunday 1st March',
      due_at: T0_S - 20 * 3600,
      due_time: '02:00 pm',
      profile_id: TW,
      profile_service: 'twitter',
      shared_now: false,
      status: 'sent',
      text: 'Hello from @skinnyoteam, welcome http://buff.ly/1OLf9L4 #launch',
      text_formatted:
        'Hello from <a href="https://twitter.com/skinnyoteam" title="@skinnyoteam" class="username" rel="external nofollow" target="_blank">@skinnyoteam</a>, welcome ' +
        '<a class="url" href="http://buff.ly/1OLf9L4" rel="external nofollow" target="_blank">http://buff.ly/1OLf9L4</a> ' +
        '<a href="https://twitter.com/#!/search?q=%23launch" title="#launch" class="hashtag" rel="external nofollow" target="_blank">#launch</a>',
      type: 'text',
      updated_at: T0_S - 20 * 3600,
      user_id: DEMO_IDS.user,
      via: 'chrome',
      sent_at: T0_S - 20 * 3600,
      service_update_id: '133667319959392256',
      statistics: { reach: 2460, clicks: 56, retweets: 20, favorites: 1, mentions: 1 },
    });
  });

  test('day and due_time are in the profile’s zone, or UTC with utc=true', async () => {
    const h = harness();
    const id = DEMO_IDS.pending.linkedin;
    expect((await h.get(`updates/${id}.json`)).body).toMatchObject({
      due_at: at('2026-03-02T23:30:00Z'),
      day: 'Tuesday 3rd March',
      due_time: '08:30 am',
    });
    expect((await h.get(`updates/${id}.json?utc=true`)).body).toMatchObject({
      day: 'Monday 2nd March',
      due_time: '11:30 pm',
    });
  });

  test('pending pages with page and count (default 10) and reports total; since filters by creation', async () => {
    const h = harness();
    for (let i = 1; i <= 5; i++) await h.post('updates/create.json', `text=n${i}&profile_ids[]=${TW}`);
    const all = await h.get(`profiles/${TW}/updates/pending.json`);
    expect(all.body.total).toBe(7);
    expect(all.body.updates.length).toBe(7);
    const third = await h.get(`profiles/${TW}/updates/pending.json?count=3&page=3`);
    expect(third.body).toMatchObject({ total: 7 });
    expect(third.body.updates.map((u) => u.text)).toEqual(['n5']);
    const since = await h.get(`profiles/${TW}/updates/pending.json?since=${T0_S - 1}`);
    expect(since.body.total).toBe(5);
    expect((await h.get(`profiles/${TW}/updates/pending.json?page=9`)).body).toEqual({
      total: 7,
      updates: [],
    });
  });

  test.each([
    ['count=0', 'Parameter count must be an integer between 1 and 100.'],
    ['count=101', 'Parameter count must be an integer between 1 and 100.'],
    ['count=ten', 'Parameter count must be an integer between 1 and 100.'],
    ['page=0', 'Parameter page must be an integer at least 1.'],
  ])('pending?%s → 400 / 1006', async (query, message) => {
    const h = harness();
    expect(await h.get(`profiles/${TW}/updates/pending.json?${query}`)).toMatchObject({
      status: 400,
      body: errorBody(1006, message),
    });
  });

  test('sent is newest first; since filters by sent time; filter must be default or all', async () => {
    const h = harness();
    const sent = await h.get(`profiles/${TW}/updates/sent.json?filter=all`);
    expect(sent.body.total).toBe(2);
    expect(sent.body.updates.map((u) => u.id)).toEqual([DEMO_IDS.sent.twitter, DEMO_IDS.sent.twitterOlder]);
    expect((await h.get(`profiles/${TW}/updates/sent.json?since=${T0_S - 24 * 3600}`)).body.total).toBe(1);
    expect(await h.get(`profiles/${TW}/updates/sent.json?filter=mine`)).toMatchObject({
      status: 400,
      body: errorBody(1006, 'Parameter filter must be "default" or "all".'),
    });
  });
});

describe('interactions', () => {
  test('plural and singular events mean the same; newest first; paged', async () => {
    const h = harness();
    const r = await h.get(`updates/${DEMO_IDS.sent.twitter}/interactions.json?event=retweets`);
    expect(r.body.total).toBe(2);
    expect(r.body.interactions.map((i) => i.user.username)).toEqual(['Hash Brown', 'Mash Ed']);
    expect(
      (
        await h.get(`updates/${DEMO_IDS.sent.twitter}/interactions.json?event=retweet&count=1&page=2`)
      ).body.interactions.map((i) => i.id),
    ).toEqual(['50f98310c5ac415d7f2e74fe']);
    expect((await h.get(`updates/${DEMO_IDS.sent.twitter}/interactions.json?event=favorites`)).body).toEqual({
      total: 1,
      interactions: [
        {
          _id: '50f98310c5ac415d7f2e74fd',
          created_at: T0_S - 19 * 3600,
          event: 'favorite',
          id: '50f98310c5ac415d7f2e74fd',
          interaction_id: '292235127847788544',
          user: {
            username: 'Crispy Potatoes',
            followers: 160,
            avatar: 'http://si0.twimg.com/profile_images/crispy.png',
            avatar_https: 'https://si0.twimg.com/profile_images/crispy.png',
            twitter_id: '70712344376',
          },
        },
      ],
    });
  });

  test('unsupported event → 1029; missing event → 1004', async () => {
    const h = harness();
    expect(await h.get(`updates/${DEMO_IDS.sent.twitter}/interactions.json?event=likes`)).toMatchObject({
      status: 400,
      body: errorBody(
        1029,
        'Event type not supported: likes. Twitter supports mentions, mention, retweets, retweet, favorites, favorite.',
      ),
    });
    expect(await h.get(`updates/${DEMO_IDS.sent.twitter}/interactions.json`)).toMatchObject({
      status: 400,
      body: errorBody(1004, 'Required parameter missing: event.'),
    });
  });
});

describe('links and info', () => {
  test('links/shares counts updates carrying the URL, www. stripped, other subdomains kept', async () => {
    const h = harness();
    expect((await h.get('links/shares.json?url=https%3A%2F%2Fwww.example.com%2Flaunch')).body).toEqual({
      shares: 1,
    });
    expect((await h.get('links/shares.json?url=https%3A%2F%2Fblog.example.com%2Flaunch')).body).toEqual({
      shares: 0,
    });
    expect(await h.get('links/shares.json')).toMatchObject({
      status: 400,
      body: errorBody(1004, 'Required parameter missing: url.'),
    });
  });

  test('info/configuration.json is the configuration', async () => {
    const h = harness();
    const r = await h.get('info/configuration.json');
    expect(r.body).toEqual(defaultConfiguration());
    expect(Object.keys(r.body.services)).toEqual(['twitter', 'facebook', 'linkedin']);
  });
});
