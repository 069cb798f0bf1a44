import { describe, expect, test } from 'vitest';
import { DEMO_IDS } from '../state/seed.js';
import { errorBody, harness, T0_S } from '../test-support/harness.js';

const TW = DEMO_IDS.twitter;
const at = (iso: string) => Date.parse(iso) / 1000;

describe('user and profiles', () => {
  test('GET /user.json is the demo user with the documented fields', async () => {
    const h = harness();
    expect((await h.get('user.json')).body).toEqual({
      _id: DEMO_IDS.user,
      activity_at: T0_S - 3600,
      created_at: T0_S - 400 * 86400,
      id: DEMO_IDS.user,
      name: 'Demo User',
      plan: 'free',
      timezone: 'Asia/Tel_Aviv',
      twentyfour_hour_time: false,
    });
  });

  test('GET /profiles.json lists only the caller’s profiles, shaped like §3.2', async () => {
    const h = harness();
    const { status, body } = await h.get('profiles.json');
    expect(status).toBe(200);
    expect(body.map((p) => p.id)).toEqual([DEMO_IDS.twitter, DEMO_IDS.facebook, DEMO_IDS.linkedin]);
    expect(body.map((p) => p.timezone)).toEqual(['Europe/London', 'America/New_York', 'Asia/Tokyo']);
    expect(body[0]).toEqual({
      _id: TW,
      avatar: 'http://a3.twimg.com/profile_images/1405180232.png',
      avatar_https: 'https://a3.twimg.com/profile_images/1405180232.png',
      counts: { daily_suggestions: 0, drafts: 0, pending: 2, sent: 2 },
      created_at: T0_S - 300 * 86400,
      default: true,
      disabled_features: [],
      disconnected: false,
      formatted_service: 'Twitter',
      formatted_username: '@skinnyoteam',
      id: TW,
      schedules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: ['12:00', '17:00', '18:00'] }],
      service: 'twitter',
      service_id: '164724445',
      service_type: 'profile',
      service_username: 'skinnyoteam',
      shortener: { domain: 'buff.ly' },
      statistics: { followers: 246 },
      team_members: [],
      timezone: 'Europe/London',
      user_id: DEMO_IDS.user,
    });
    expect((await h.get(`profiles/${TW}.json`)).body).toEqual(body[0]);
  });

  test('unknown profile → 404 / 1010; another user’s → 403 / 1011', async () => {
    const h = harness();
    expect(await h.get('profiles/000000000000000000000000.json')).toMatchObject({
      status: 404,
      body: errorBody(1010, 'Profile could not be found.'),
    });
    expect(await h.get(`profiles/${DEMO_IDS.otherProfile}.json`)).toMatchObject({
      status: 403,
      body: errorBody(1011, 'No authorization to access profile.'),
    });
    expect((await h.get(`profiles/${DEMO_IDS.otherProfile}/schedules.json`)).status).toBe(403);
  });
});

describe('schedules', () => {
  test('GET returns the schedules', async () => {
    const h = harness();
    expect((await h.get(`profiles/${TW}/schedules.json`)).body).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: ['12:00', '17:00', '18:00'] },
    ]);
  });

  test('update with the documented bracket body → {success:true}, and the queue is re-timed', async () => {
    const h = harness();
    const body =
      'schedules[0][days][]=mon&schedules[0][days][]=tue&schedules[0][times][]=21:00&schedules[0][times][]=09:00' +
      '&schedules[1][days][]=sun&schedules[1][times][]=07:15';
    expect(await h.post(`profiles/${TW}/schedules/update.json`, body)).toMatchObject({
      status: 200,
      body: { success: true },
    });
    expect((await h.get(`profiles/${TW}/schedules.json`)).body).toEqual([
      { days: ['mon', 'tue'], times: ['21:00', '09:00'] },
      { days: ['sun'], times: ['07:15'] },
    ]);
    const pending = await h.get(`profiles/${TW}/updates/pending.json`);
    expect(pending.body.updates.map((u) => u.due_at)).toEqual([
      at('2026-03-02T21:00:00Z'),
      at('2026-03-03T09:00:00Z'),
    ]);
  });

  test('a schedule without posting times leaves the queue unslotted (null times, never sent) until times return', async () => {
    const h = harness();
    const empty = await h.post(`profiles/${TW}/schedules/update.json`, 'schedules[0][days][]=mon');
    expect(empty).toMatchObject({ status: 200, body: { success: true } });
    const created = await h.post('updates/create.json', `text=no%20slot&profile_ids[]=${TW}`);
    expect(created.body.updates[0]).toMatchObject({
      due_at: null,
      day: null,
      due_time: null,
      status: 'buffer',
    });
    const pending = await h.get(`profiles/${TW}/updates/pending.json`);
    expect(pending.body.updates.map((u) => [u.due_at, u.day, u.due_time])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    // A week later nothing was sent by the clock.
    h.emulator.clock.advance(7 * 86_400_000);
    expect((await h.get(`profiles/${TW}/updates/pending.json`)).body.total).toBe(3);
    // scheduled_at still pins a time, and posting times put the queue back on the clock.
    const pinned = await h.post(
      'updates/create.json',
      `text=pinned&scheduled_at=${at('2026-03-10T08:00:00Z')}&profile_ids[]=${TW}`,
    );
    expect(pinned.body.updates[0]?.due_at).toBe(at('2026-03-10T08:00:00Z'));
    await h.post(
      `profiles/${TW}/schedules/update.json`,
      'schedules[0][days][]=mon&schedules[0][days][]=tue&schedules[0][times][]=12:00',
    );
    const retimed = await h.get(`profiles/${TW}/updates/pending.json`);
    expect(retimed.body.updates.map((u) => u.due_at)).toEqual([
      at('2026-03-09T12:00:00Z'),
      at('2026-03-10T08:00:00Z'),
      at('2026-03-10T12:00:00Z'),
      at('2026-03-16T12:00:00Z'),
    ]);
  });

  test.each([
    ['', 1004, 'Required parameter missing: schedules.'],
    [
      'schedules[0][days][]=monday&schedules[0][times][]=09:00',
      1006,
      'schedules[0][days] contains "monday"; use mon, tue, wed, thu, fri, sat, sun.',
    ],
    [
      'schedules[0][days][]=mon&schedules[0][times][]=9:00',
      1006,
      'schedules[0][times] contains "9:00"; use HH:MM (24h).',
    ],
    [
      'schedules[0][days][]=mon&schedules[0][times][]=24:00',
      1006,
      'schedules[0][times] contains "24:00"; use HH:MM (24h).',
    ],
    ['schedules[0][day][]=mon', 1003, 'Parameter not recognized: schedules[0][day].'],
  ])('invalid schedules %s → %i', async (body, code, message) => {
    const h = harness();
    expect(await h.post(`profiles/${TW}/schedules/update.json`, body)).toMatchObject({
      status: 400,
      body: errorBody(code, message),
    });
  });

  test('more posting times per day than the service’s schedule_limit → 403 / 1013', async () => {
    const h = harness();
    const times = Array.from(
      { length: 26 },
      (_, i) => `schedules[0][times][]=${String(i % 24).padStart(2, '0')}:${i < 24 ? '00' : '30'}`,
    );
    const r = await h.post(
      `profiles/${DEMO_IDS.facebook}/schedules/update.json`,
      `schedules[0][days][]=mon&${times.join('&')}`,
    );
    expect(r).toMatchObject({
      status: 403,
      body: errorBody(1013, 'Profile schedule limit reached: at most 25 posting times per day.'),
    });
  });
});

describe('daylight saving time', () => {
  test('queue slots across London’s spring-forward: 01:30 does not exist on 29 March and becomes 02:30 BST', async () => {
    const h = harness({ now: Date.UTC(2026, 2, 28, 13, 0) });
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
      .map((d) => `schedules[0][days][]=${d}`)
      .join('&');
    await h.post(`profiles/${TW}/schedules/update.json`, `${days}&schedules[0][times][]=01:30`);
    const pending = await h.get(`profiles/${TW}/updates/pending.json`);
    expect(pending.body.updates.map((u) => [u.due_at, u.day, u.due_time])).toEqual([
      [at('2026-03-29T01:30:00Z'), 'Sunday 29th March', '02:30 am'],
      [at('2026-03-30T00:30:00Z'), 'Monday 30th March', '01:30 am'],
    ]);
  });

  test('across fall-back a repeated 01:30 is taken at its first occurrence (BST)', async () => {
    const h = harness({ now: Date.UTC(2026, 9, 24, 13, 0) });
    const days = ['sat', 'sun', 'mon'].map((d) => `schedules[0][days][]=${d}`).join('&');
    await h.post(`profiles/${TW}/schedules/update.json`, `${days}&schedules[0][times][]=01:30`);
    const pending = await h.get(`profiles/${TW}/updates/pending.json?utc=true`);
    expect(pending.body.updates.map((u) => [u.due_at, u.due_time])).toEqual([
      [at('2026-10-25T00:30:00Z'), '12:30 am'],
      [at('2026-10-26T01:30:00Z'), '01:30 am'],
    ]);
  });
});
