import { describe, expect, test } from 'vitest';
import { DEMO_APP } from '../create-emulator.js';
import { DUPLICATE_MESSAGE } from '../errors.js';
import { DEMO_IDS, demoSeed } from '../state/seed.js';
import { errorBody, harness, T0_S } from '../test-support/harness.js';

const TW = DEMO_IDS.twitter;
const FB = DEMO_IDS.facebook;
const at = (iso: string) => Date.parse(iso) / 1000;

describe('POST /updates/create.json', () => {
  test('queues at the next free slot of the profile’s schedule and answers with the documented shape', async () => {
    const h = harness();
    const r = await h.post('updates/create.json', `text=Hello%20%3Cworld%3E&profile_ids[]=${TW}`);
    expect(r.status).toBe(200);
    const id = r.body.updates[0]?.id;
    expect(r.body).toEqual({
      success: true,
      buffer_count: 3,
      buffer_percentage: 30,
      updates: [
        {
          _id: id,
          id,
          client_id: DEMO_APP.clientId,
          created_at: T0_S,
          day: 'Monday 2nd March',
          due_at: at('2026-03-02T18:00:00Z'),
          due_time: '06:00 pm',
          profile_id: TW,
          profile_service: 'twitter',
          shared_now: false,
          status: 'buffer',
          text: 'Hello <world>',
          text_formatted: 'Hello &lt;world&gt;',
          type: 'text',
          updated_at: T0_S,
          user_id: DEMO_IDS.user,
          via: 'api',
        },
      ],
    });
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect((await h.get(`updates/${id}.json`)).body).toEqual(r.body.updates[0]);
  });

  test('several profiles: one update each, in each profile’s own time zone; invalid and foreign ids ignored', async () => {
    const h = harness();
    const r = await h.post(
      'updates/create.json',
      `text=Hi&profile_ids[0]=${TW}&profile_ids[1]=${FB}&profile_ids[2]=0123456789abcdef01234567&profile_ids[3]=${DEMO_IDS.otherProfile}`,
    );
    expect(r.status).toBe(200);
    expect(r.body.updates.map((u) => [u.profile_id, u.due_at, u.day, u.due_time])).toEqual([
      [TW, at('2026-03-02T18:00:00Z'), 'Monday 2nd March', '06:00 pm'],
      // New York: the seeded pending update holds 09:00 EST, so the next slot is 15:30 EST = 20:30Z.
      [FB, at('2026-03-02T20:30:00Z'), 'Monday 2nd March', '03:30 pm'],
    ]);
  });

  test('only invalid ids → 404 / 1010; only another user’s → 403 / 1011; none → 1004', async () => {
    const h = harness();
    expect(
      await h.post('updates/create.json', 'text=x&profile_ids[]=0123456789abcdef01234567'),
    ).toMatchObject({
      status: 404,
      body: errorBody(1010, 'Profile could not be found.'),
    });
    expect(
      await h.post('updates/create.json', `text=x&profile_ids[]=${DEMO_IDS.otherProfile}`),
    ).toMatchObject({
      status: 403,
      body: errorBody(1011, 'No authorization to access profile.'),
    });
    expect(await h.post('updates/create.json', 'text=x')).toMatchObject({
      status: 400,
      body: errorBody(1004, 'Required parameter missing: profile_ids (send profile_ids[]=<id>).'),
    });
  });

  test('repeated profile_ids without brackets keep only the last value, as PHP parses it', async () => {
    const h = harness();
    const r = await h.post('updates/create.json', `text=x&profile_ids=${TW}&profile_ids=${FB}`);
    expect(r.body.updates.map((u) => u.profile_id)).toEqual([FB]);
  });

  test('utc=true renders day and due_time of the created updates in UTC, as it does everywhere else', async () => {
    const h = harness();
    const local = await h.post('updates/create.json', `text=local&profile_ids[]=${DEMO_IDS.linkedin}`);
    expect(local.body.updates[0]).toMatchObject({
      due_at: at('2026-03-03T23:30:00Z'),
      day: 'Wednesday 4th March',
      due_time: '08:30 am',
    });
    const utc = await h.post('updates/create.json', `text=utc&utc=true&profile_ids[]=${DEMO_IDS.linkedin}`);
    expect(utc.body.updates[0]).toMatchObject({
      due_at: at('2026-03-04T23:30:00Z'),
      day: 'Wednesday 4th March',
      due_time: '11:30 pm',
    });
  });

  test('missing text → 1004', async () => {
    const h = harness();
    expect(await h.post('updates/create.json', `profile_ids[]=${TW}`)).toMatchObject({
      status: 400,
      body: errorBody(1004, 'Required parameter missing: text.'),
    });
  });

  test('top=true puts it first and re-times the rest', async () => {
    const h = harness();
    const r = await h.post('updates/create.json', `text=urgent&top=true&profile_ids[]=${TW}`);
    expect(r.body.updates[0]?.due_at).toBe(at('2026-03-02T12:00:00Z'));
    const pending = await h.get(`profiles/${TW}/updates/pending.json`);
    expect(pending.body.updates.map((u) => [u.text, u.due_time])).toEqual([
      ['urgent', '12:00 pm'],
      ['This is just the beginning, the very beginning...', '05:00 pm'],
      ['Read our launch notes https://example.com/launch #bufferkit', '06:00 pm'],
    ]);
  });

  test('now=1 sends at once: status sent, sent_at now, shared_now true, statistics', async () => {
    const h = harness();
    const r = await h.post('updates/create.json', `text=right%20now&now=1&profile_ids[]=${TW}`);
    expect(r.body.updates[0]).toMatchObject({
      status: 'sent',
      sent_at: T0_S,
      due_at: T0_S,
      shared_now: true,
      statistics: { reach: 0, clicks: 0, retweets: 0, favorites: 0, mentions: 0 },
      service_update_id: expect.stringMatching(/^\d+$/),
    });
    expect(r.body.buffer_count).toBe(2);
    const sent = await h.get(`profiles/${TW}/updates/sent.json`);
    expect(sent.body.total).toBe(3);
    expect(sent.body.updates[0]?.text).toBe('right now');
  });

  test.each([
    ['2026-03-05T08:00:00+0000', at('2026-03-05T08:00:00Z')],
    ['2026-03-05T10:00:00+02:00', at('2026-03-05T08:00:00Z')],
    ['2026-03-05T08:00:00', at('2026-03-05T08:00:00Z')],
    [String(at('2026-03-05T08:00:00Z')), at('2026-03-05T08:00:00Z')],
  ])('scheduled_at=%s pins the time (overriding top and now)', async (value, expected) => {
    const h = harness();
    const r = await h.post(
      'updates/create.json',
      `text=pinned&top=true&now=true&scheduled_at=${encodeURIComponent(value)}&profile_ids[]=${TW}`,
    );
    expect(r.body.updates[0]).toMatchObject({ status: 'buffer', due_at: expected, due_time: '08:00 am' });
    // Pinned updates are outside the slot queue: the others keep their slots.
    const pending = await h.get(`profiles/${TW}/updates/pending.json`);
    expect(pending.body.updates.map((u) => u.due_at)).toEqual([
      at('2026-03-02T12:00:00Z'),
      at('2026-03-02T17:00:00Z'),
      expected,
    ]);
  });

  test('scheduled_at in the past → 1034; not a time → 1006', async () => {
    const h = harness();
    expect(
      await h.post('updates/create.json', `text=x&scheduled_at=${T0_S}&profile_ids[]=${TW}`),
    ).toMatchObject({
      status: 400,
      body: errorBody(1034, 'Cannot schedule updates in the past.'),
    });
    expect(await h.post('updates/create.json', `text=x&scheduled_at=soon&profile_ids[]=${TW}`)).toMatchObject(
      {
        status: 400,
        body: errorBody(
          1006,
          'Parameter scheduled_at must be unix seconds or ISO 8601 (e.g. 2030-01-31T09:00:00Z).',
        ),
      },
    );
  });

  test('scheduled_at in milliseconds or with an impossible offset → 1006, nothing created', async () => {
    const h = harness();
    expect(
      await h.post('updates/create.json', `text=x&scheduled_at=${(T0_S + 3600) * 1000}&profile_ids[]=${TW}`),
    ).toEqual({
      status: 400,
      headers: expect.anything(),
      body: errorBody(
        1006,
        'Parameter scheduled_at is out of bounds: send unix seconds (not milliseconds) or ISO 8601.',
      ),
    });
    expect(
      await h.post(
        'updates/create.json',
        `text=x&scheduled_at=${encodeURIComponent('2026-03-05T08:00:00+25:00')}&profile_ids[]=${TW}`,
      ),
    ).toMatchObject({
      status: 400,
      body: errorBody(
        1006,
        'Parameter scheduled_at must be unix seconds or ISO 8601 (e.g. 2030-01-31T09:00:00Z).',
      ),
    });
    expect(h.emulator.pendingOf(TW).map((u) => u.text)).not.toContain('x');
  });

  test('identical text across the user’s Twitter accounts → 1025 (Twitter’s rule), in one request or two', async () => {
    const TW2 = '4eb854340acb04e870000099';
    const h = harness({
      seed: (nowMs) => {
        const seed = demoSeed(nowMs);
        const twitter = seed.profiles.find((p) => p.id === TW);
        if (twitter) seed.profiles.push({ ...twitter, id: TW2, service_id: '1', service_username: 'second' });
        return seed;
      },
    });
    const duplicate = { status: 400, body: errorBody(1025, DUPLICATE_MESSAGE) };
    expect(
      await h.post('updates/create.json', `text=same&profile_ids[]=${TW}&profile_ids[]=${TW2}`),
    ).toMatchObject(duplicate);
    expect(h.emulator.pendingOf(TW).map((u) => u.text)).not.toContain('same');
    // Already queued (or recently sent) on one Twitter account: refused on the other.
    expect(
      await h.post(
        'updates/create.json',
        `text=This%20is%20just%20the%20beginning%2C%20the%20very%20beginning...&profile_ids[]=${TW2}`,
      ),
    ).toMatchObject(duplicate);
    expect(
      await h.post(
        'updates/create.json',
        `text=${encodeURIComponent('Hello from @skinnyoteam, welcome http://buff.ly/1OLf9L4 #launch')}&profile_ids[]=${TW2}`,
      ),
    ).toMatchObject(duplicate);
    // Twitter plus another network with the same text is fine, and so is a retweet to both accounts.
    expect(
      (await h.post('updates/create.json', `text=same&profile_ids[]=${TW2}&profile_ids[]=${FB}`)).status,
    ).toBe(200);
    expect(
      (await h.post('updates/create.json', `retweet[tweet_id]=1&profile_ids[]=${TW}&profile_ids[]=${TW2}`))
        .status,
    ).toBe(200);
  });

  test('duplicate text: pending in the profile, or sent within 24 h → 1025 with Buffer’s sentence', async () => {
    const h = harness();
    const duplicate = { status: 400, body: errorBody(1025, DUPLICATE_MESSAGE) };
    expect(
      await h.post(
        'updates/create.json',
        `text=This%20is%20just%20the%20beginning%2C%20the%20very%20beginning...&profile_ids[]=${TW}`,
      ),
    ).toMatchObject(duplicate);
    expect(
      await h.post(
        'updates/create.json',
        `text=${encodeURIComponent('Hello from @skinnyoteam, welcome http://buff.ly/1OLf9L4 #launch')}&profile_ids[]=${TW}`,
      ),
    ).toMatchObject(duplicate);
    // Sent 48 h ago: no longer "recent". And the same text on another profile is fine.
    expect((await h.post('updates/create.json', `text=An%20older%20tweet.&profile_ids[]=${TW}`)).status).toBe(
      200,
    );
    expect(
      (
        await h.post(
          'updates/create.json',
          `text=This%20is%20just%20the%20beginning%2C%20the%20very%20beginning...&profile_ids[]=${FB}`,
        )
      ).status,
    ).toBe(200);
  });

  test('the free plan holds 10 pending updates per profile; the 11th → 403 / 1023, and nothing is created', async () => {
    const h = harness();
    for (let i = 1; i <= 8; i++) {
      const r = await h.post('updates/create.json', `text=post%20${i}&profile_ids[]=${TW}`);
      expect(r.body.buffer_count).toBe(2 + i);
    }
    const full = await h.post(
      'updates/create.json',
      `text=post%2011&profile_ids[]=${FB}&profile_ids[]=${TW}`,
    );
    expect(full).toMatchObject({
      status: 403,
      body: errorBody(
        1023,
        'Update limit for profile has been reached: the free plan holds 10 pending updates.',
      ),
    });
    expect((await h.get(`profiles/${FB}/updates/pending.json`)).body.total).toBe(1);
    expect((await h.get(`profiles/${TW}/updates/pending.json`)).body.total).toBe(10);
  });

  test('media: photo comes back as picture (+thumbnail), type picture; link → type link', async () => {
    const h = harness();
    const r = await h.post(
      'updates/create.json',
      `text=pic&profile_ids[]=${TW}&media[photo]=https%3A%2F%2Fx.example%2Flogo.png&media[thumbnail]=https%3A%2F%2Fx.example%2Fthumb.png`,
    );
    expect(r.body.updates[0]).toMatchObject({
      type: 'picture',
      media: { picture: 'https://x.example/logo.png', thumbnail: 'https://x.example/thumb.png' },
    });
    const link = await h.post(
      'updates/create.json',
      `text=This%20is%20an%20example%20update&profile_ids[]=${FB}&media[link]=http%3A%2F%2Fgoogle.com&media[description]=The%20google%20homepage`,
    );
    expect(link.body.updates[0]).toMatchObject({
      type: 'link',
      media: { link: 'http://google.com', description: 'The google homepage' },
    });
  });

  test('media[picture] needs media[thumbnail] (or media[photo] alone) → 1004; a link preview picture does not', async () => {
    const h = harness();
    const alone = await h.post(
      'updates/create.json',
      `text=pic&profile_ids[]=${FB}&media[picture]=https%3A%2F%2Fx.example%2Flogo.png`,
    );
    expect(alone).toMatchObject({
      status: 400,
      body: errorBody(
        1004,
        'Required parameter missing: media[thumbnail] (send media[picture] with media[thumbnail], or media[photo] alone).',
      ),
    });
    const edit = await h.post(
      `updates/${DEMO_IDS.pending.facebook}/update.json`,
      'text=edited&media[picture]=https%3A%2F%2Fx.example%2Flogo.png',
    );
    expect(edit).toMatchObject({ status: 400, body: { code: 1004 } });
    expect((await h.get(`profiles/${FB}/updates/pending.json`)).body.total).toBe(1);

    const photo = await h.post(
      'updates/create.json',
      `text=photo&profile_ids[]=${FB}&media[photo]=https%3A%2F%2Fx.example%2Flogo.png`,
    );
    expect(photo.body.updates[0]).toMatchObject({
      type: 'picture',
      media: { picture: 'https://x.example/logo.png', thumbnail: 'https://x.example/logo.png' },
    });
    const preview = await h.post(
      'updates/create.json',
      `text=preview&profile_ids[]=${FB}&media[link]=http%3A%2F%2Fgoogle.com&media[picture]=https%3A%2F%2Fx.example%2Fg.png`,
    );
    expect(preview.body.updates[0]).toMatchObject({
      type: 'link',
      media: { link: 'http://google.com', picture: 'https://x.example/g.png' },
    });
  });

  test('attachment: a URL in the text becomes a link attachment on Facebook unless attachment=false; never on Twitter', async () => {
    const h = harness();
    const auto = await h.post(
      'updates/create.json',
      `text=see%20https%3A%2F%2Fa.example%2Fx&profile_ids[]=${FB}&profile_ids[]=${TW}`,
    );
    expect(auto.body.updates[0]?.media).toEqual({ link: 'https://a.example/x' });
    expect(auto.body.updates[1]?.media).toBeUndefined();
    const off = await h.post(
      'updates/create.json',
      `text=see%20https%3A%2F%2Fb.example%2Fx&attachment=false&profile_ids[]=${FB}`,
    );
    expect(off.body.updates[0]?.media).toBeUndefined();
  });

  test('retweet: Twitter only, text optional there; required elsewhere', async () => {
    const h = harness();
    const r = await h.post('updates/create.json', `profile_ids[]=${TW}&retweet[tweet_id]=654043184394207232`);
    expect(r.body.updates[0]).toMatchObject({
      type: 'retweet',
      text: '',
      retweet: { tweet_id: '654043184394207232' },
      retweeted_tweet_id: '654043184394207232',
    });
    expect(await h.post('updates/create.json', `profile_ids[]=${FB}&retweet[tweet_id]=1`)).toMatchObject({
      status: 400,
      body: errorBody(1004, 'Required parameter missing: text.'),
    });
    expect(await h.post('updates/create.json', `profile_ids[]=${TW}&retweet[comment]=x`)).toMatchObject({
      status: 400,
      body: errorBody(1004, 'Required parameter missing: retweet[tweet_id].'),
    });
  });

  test('booleans: true/false/1/0 and empty (= false); anything else → 1006', async () => {
    const h = harness();
    expect(
      (await h.post('updates/create.json', `text=a&now=&profile_ids[]=${TW}`)).body.updates[0]?.status,
    ).toBe('buffer');
    expect(
      (await h.post('updates/create.json', `text=b&now=0&profile_ids[]=${TW}`)).body.updates[0]?.status,
    ).toBe('buffer');
    expect(
      (await h.post('updates/create.json', `text=c&now=TRUE&profile_ids[]=${TW}`)).body.updates[0]?.status,
    ).toBe('sent');
    expect(await h.post('updates/create.json', `text=d&now=yes&profile_ids[]=${TW}`)).toMatchObject({
      status: 400,
      body: errorBody(1006, 'Parameter now must be true, false, 1 or 0.'),
    });
  });

  test('undocumented client parameters are accepted and kept', async () => {
    const h = harness();
    const r = await h.post(
      'updates/create.json',
      `text=x&profile_ids[]=${TW}&subprofile_ids[]=board1&source_url=https%3A%2F%2Fs.example&shorten=false`,
    );
    expect(r.status).toBe(200);
    const stored = h.emulator.snapshot().updates.find((u) => u.id === String(r.body.updates[0]?.id));
    expect(stored?.extras).toEqual({ subprofile_ids: ['board1'], source_url: 'https://s.example' });
  });
});
