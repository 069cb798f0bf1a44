import { DEMO_IDS } from '@bufferkit/emulator';
import { RateLimitError } from '@bufferkit/transport';
import { describe, expect, test } from 'vitest';
import { BufferApiError, BufferValidationError, createBufferClient } from './index.js';
import { EMULATOR_BASE_URL, emulatorTransport, setup } from './test-support/harness.js';

const { twitter, facebook, linkedin } = DEMO_IDS;

function lastRequest(h: ReturnType<typeof setup>) {
  const last = h.emulator.requests.at(-1);
  if (!last) throw new Error('no request was recorded');
  return last;
}

describe('every method against the emulator', () => {
  test('user.get returns the demo user with its documented fields', async () => {
    const h = setup();
    const user = await h.client.user.get();
    expect(user.id).toBe(DEMO_IDS.user);
    expect(user.timezone).toBe('Asia/Tel_Aviv');
    expect(lastRequest(h)).toMatchObject({ method: 'GET', path: '/1/user.json', query: '' });
    expect(lastRequest(h).headers.authorization).toBe(`Bearer ${h.token}`);
  });

  test('profiles.list / get / schedules.get', async () => {
    const h = setup();
    const profiles = await h.client.profiles.list();
    expect(profiles.map((p) => p.id)).toEqual([twitter, facebook, linkedin]);
    // Unknown fields are kept at runtime, not stripped (typed access to them needs a cast).
    expect((profiles[0] as Record<string, unknown> | undefined)?.shortener).toEqual({ domain: 'buff.ly' });
    const profile = await h.client.profiles.get(twitter);
    expect(profile).toMatchObject({ id: twitter, service: 'twitter', timezone: 'Europe/London' });
    expect(await h.client.profiles.schedules.get(twitter)).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: ['12:00', '17:00', '18:00'] },
    ]);
    expect(lastRequest(h).path).toBe(`/1/profiles/${twitter}/schedules.json`);
  });

  test('profiles.schedules.update sends Buffer’s indexed bracket form and the schedule sticks', async () => {
    const h = setup();
    const result = await h.client.profiles.schedules.update(twitter, [
      { days: ['mon', 'tue', 'thu'], times: ['12:45', '15:30', '17:43'] },
      { days: ['sat'], times: ['10:00'] },
    ]);
    expect(result).toEqual({ success: true });
    expect(lastRequest(h).rawBody).toBe(
      'schedules[0][days][]=mon&schedules[0][days][]=tue&schedules[0][days][]=thu' +
        '&schedules[0][times][]=12%3A45&schedules[0][times][]=15%3A30&schedules[0][times][]=17%3A43' +
        '&schedules[1][days][]=sat&schedules[1][times][]=10%3A00',
    );
    expect(lastRequest(h).headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(await h.client.profiles.schedules.get(twitter)).toEqual([
      { days: ['mon', 'tue', 'thu'], times: ['12:45', '15:30', '17:43'] },
      { days: ['sat'], times: ['10:00'] },
    ]);
  });

  test('updates.get / pending / sent with their query options on the wire', async () => {
    const h = setup();
    const update = await h.client.updates.get(DEMO_IDS.sent.twitter, { utc: true });
    expect(update).toMatchObject({
      id: DEMO_IDS.sent.twitter,
      status: 'sent',
      service_update_id: '133667319959392256',
    });
    expect(lastRequest(h).query).toBe('utc=true');

    const pending = await h.client.updates.pending(twitter, {
      page: 1,
      count: 5,
      since: 1_000_000,
      utc: false,
    });
    expect(pending.total).toBe(2);
    expect(pending.updates.map((u) => u.id)).toEqual([
      DEMO_IDS.pending.twitterFirst,
      DEMO_IDS.pending.twitterSecond,
    ]);
    expect(lastRequest(h).query).toBe('page=1&count=5&since=1000000&utc=false');

    const sent = await h.client.updates.sent(twitter, {
      count: 1,
      page: 2,
      since: new Date('2001-09-09T01:46:40Z'),
      filter: 'all',
    });
    expect(sent.total).toBe(2);
    expect(sent.updates).toHaveLength(1);
    expect(lastRequest(h).query).toBe('page=2&count=1&since=1000000000&filter=all');
  });

  test('updates.interactions with event, page and count', async () => {
    const h = setup();
    const page = await h.client.updates.interactions(DEMO_IDS.sent.twitter, { event: 'retweet', count: 1 });
    expect(page.total).toBe(2);
    expect(page.interactions).toHaveLength(1);
    expect(page.interactions[0]?.event).toBe('retweet');
    expect(lastRequest(h).query).toBe('event=retweet&count=1');
  });

  test('updates.create: every documented option reaches the wire in Buffer’s encoding', async () => {
    const h = setup();
    const result = await h.client.updates.create({
      profileIds: [twitter, facebook],
      text: 'Fresh bread & butter: 100% good',
      shorten: false,
      now: false,
      top: true,
      attachment: false,
      media: {
        link: 'https://example.com/a?b=c',
        title: 'T',
        description: 'D',
        picture: 'https://example.com/p.png',
        thumbnail: 'https://example.com/t.png',
      },
      scheduledAt: '2030-02-01T10:00:00+01:00',
    });
    expect(result.success).toBe(true);
    expect(result.updates.map((u) => u.profile_id)).toEqual([twitter, facebook]);
    expect(result.updates[0]?.due_at).toBe(Date.UTC(2030, 1, 1, 9, 0, 0) / 1000);
    expect(lastRequest(h).rawBody).toBe(
      `profile_ids[]=${twitter}&profile_ids[]=${facebook}` +
        '&text=Fresh%20bread%20%26%20butter%3A%20100%25%20good&shorten=false&now=false&top=true' +
        '&media[link]=https%3A%2F%2Fexample.com%2Fa%3Fb%3Dc&media[description]=D&media[title]=T' +
        '&media[picture]=https%3A%2F%2Fexample.com%2Fp.png&media[thumbnail]=https%3A%2F%2Fexample.com%2Ft.png' +
        `&attachment=false&scheduled_at=${Date.UTC(2030, 1, 1, 9, 0, 0) / 1000}`,
    );
  });

  test('updates.create: a native retweet needs no text', async () => {
    const h = setup();
    const result = await h.client.updates.create({
      profileIds: [twitter],
      retweet: { tweetId: '654043184394207232', comment: 'Worth a read' },
    });
    expect(result.updates).toHaveLength(1);
    expect(lastRequest(h).rawBody).toBe(
      `profile_ids[]=${twitter}&retweet[tweet_id]=654043184394207232&retweet[comment]=Worth%20a%20read`,
    );
  });

  test('updates.edit returns the singular update and sends text, media, utc and scheduled_at', async () => {
    const h = setup();
    const result = await h.client.updates.edit(DEMO_IDS.pending.twitterFirst, {
      text: 'Edited',
      media: { link: 'https://example.com' },
      utc: true,
      scheduledAt: 1_896_253_200,
    });
    expect(result.update).toMatchObject({
      id: DEMO_IDS.pending.twitterFirst,
      text: 'Edited',
      due_at: 1_896_253_200,
    });
    expect(lastRequest(h)).toMatchObject({
      method: 'POST',
      path: `/1/updates/${DEMO_IDS.pending.twitterFirst}/update.json`,
      rawBody: 'text=Edited&media[link]=https%3A%2F%2Fexample.com&utc=true&scheduled_at=1896253200',
    });
  });

  test('updates.reorder / shuffle / moveToTop / share / destroy', async () => {
    const h = setup();
    const { twitterFirst, twitterSecond } = DEMO_IDS.pending;
    const reordered = await h.client.updates.reorder(twitter, {
      order: [twitterSecond, twitterFirst],
      offset: 0,
      utc: true,
    });
    expect(reordered.updates.map((u) => u.id)).toEqual([twitterSecond, twitterFirst]);
    expect(lastRequest(h).rawBody).toBe(`order[]=${twitterSecond}&order[]=${twitterFirst}&offset=0&utc=true`);

    const shuffled = await h.client.updates.shuffle(twitter, { count: 2, utc: false });
    expect(shuffled.success).toBe(true);
    expect(new Set(shuffled.updates.map((u) => u.id))).toEqual(new Set([twitterFirst, twitterSecond]));
    expect(lastRequest(h).rawBody).toBe('count=2&utc=false');

    const pendingNow = await h.client.updates.pending(twitter);
    const last = pendingNow.updates.at(-1)?.id ?? '';
    const moved = await h.client.updates.moveToTop(last);
    expect(moved.id).toBe(last);
    expect((await h.client.updates.pending(twitter)).updates[0]?.id).toBe(last);

    expect(await h.client.updates.share(last)).toMatchObject({ success: true });
    expect((await h.client.updates.get(last)).status).toBe('sent');

    const remaining = (await h.client.updates.pending(twitter)).updates[0]?.id ?? '';
    expect(await h.client.updates.destroy(remaining)).toMatchObject({ success: true });
    expect((await h.client.updates.pending(twitter)).total).toBe(0);
    expect(lastRequest(h).rawBody).toBe('');
  });

  test('links.shares and info.configuration', async () => {
    const h = setup();
    expect(await h.client.links.shares('https://example.com/launch')).toEqual({ shares: expect.any(Number) });
    expect(lastRequest(h).query).toBe('url=https%3A%2F%2Fexample.com%2Flaunch');
    const configuration = await h.client.info.configuration();
    expect(configuration.services.twitter?.types.profile?.character_limit).toBe(140);
  });

  test('user.deauthorize revokes the token: the next call is a 401 BufferApiError', async () => {
    const h = setup();
    expect(await h.client.user.deauthorize()).toMatchObject({ success: true });
    const error = await h.client.user.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BufferApiError);
    expect((error as BufferApiError).status).toBe(401);
  });
});

describe('token placement', () => {
  test('query: access_token in the URL, no Authorization header', async () => {
    const h = setup({}, { tokenPlacement: 'query' });
    await h.client.user.get();
    expect(lastRequest(h).query).toBe(`access_token=${h.token}`);
    expect(lastRequest(h).headers.authorization).toBeUndefined();
  });

  test('body: access_token after the form fields of a POST', async () => {
    const h = setup({}, { tokenPlacement: 'body' });
    await h.client.updates.create({ profileIds: [twitter], text: 'Body token' });
    expect(lastRequest(h).rawBody).toBe(`profile_ids[]=${twitter}&text=Body%20token&access_token=${h.token}`);
    await h.client.user.get();
    expect(lastRequest(h)).toMatchObject({ method: 'GET', query: `access_token=${h.token}`, rawBody: '' });
    expect(lastRequest(h).headers.authorization).toBeUndefined();
  });
});

describe('error mapping from the emulator', () => {
  test('unknown profile → 404 / 1010 with the table meaning', async () => {
    const h = setup();
    const error = (await h.client.profiles
      .get('000000000000000000000000')
      .catch((e: unknown) => e)) as BufferApiError;
    expect(error).toBeInstanceOf(BufferApiError);
    expect({ status: error.status, code: error.code, meaning: error.meaning }).toEqual({
      status: 404,
      code: 1010,
      meaning: 'Profile could not be found.',
    });
  });

  test('another user’s profile → 403 / 1011', async () => {
    const h = setup();
    const error = (await h.client.profiles
      .get(DEMO_IDS.otherProfile)
      .catch((e: unknown) => e)) as BufferApiError;
    expect({ status: error.status, code: error.code }).toEqual({ status: 403, code: 1011 });
  });

  test('duplicate create → 400 / 1025 with Buffer’s friendly message kept', async () => {
    const h = setup();
    await h.client.updates.create({ profileIds: [twitter], text: 'Once only' });
    const error = (await h.client.updates
      .create({ profileIds: [twitter], text: 'Once only' })
      .catch((e: unknown) => e)) as BufferApiError;
    expect({ status: error.status, code: error.code }).toEqual({ status: 400, code: 1025 });
    expect(error.serverMessage).toMatch(/posted that one recently/);
    expect(error.meaning).toBe("Update was recently posted, can't post duplicate content.");
  });

  test('unsupported interaction event → 1029', async () => {
    const h = setup();
    const error = (await h.client.updates
      .interactions(DEMO_IDS.sent.twitter, { event: 'plusone' })
      .catch((e: unknown) => e)) as BufferApiError;
    expect({ status: error.status, code: error.code }).toEqual({ status: 400, code: 1029 });
  });

  test('a revoked or unknown token → 401, and the token is not in the error', async () => {
    const h = setup();
    const client = createBufferClient({
      accessToken: '1/notARealTokenAtAll0000',
      baseUrl: EMULATOR_BASE_URL,
      transport: emulatorTransport(h.emulator),
    });
    const error = (await client.user.get().catch((e: unknown) => e)) as BufferApiError;
    expect(error.status).toBe(401);
    expect(JSON.stringify(error) + error.message).not.toContain('notARealTokenAtAll0000');
  });

  test('a 404 from a baseUrl without /1 says the version path may be missing; other 404s do not', async () => {
    const h = setup();
    const at = (baseUrl: string) =>
      createBufferClient({ accessToken: h.token, baseUrl, transport: emulatorTransport(h.emulator) });
    const missing = (await at('http://127.0.0.1:4010')
      .user.get()
      .catch((e: unknown) => e)) as BufferApiError;
    expect(missing).toBeInstanceOf(BufferApiError);
    expect(missing.message).toBe(
      "Buffer API error 404 (HTTP 404) from user.get: Endpoint not found. Is baseUrl missing the API version? Buffer's API root is https://api.bufferapp.com/1; an emulator's is its URL + /1 (baseUrl is http://127.0.0.1:4010)",
    );
    expect(missing.stack).toContain('Is baseUrl missing the API version?');
    const profile = (await at(EMULATOR_BASE_URL)
      .profiles.get('000000000000000000000000')
      .catch((e: unknown) => e)) as BufferApiError;
    expect(profile.message).toBe(
      'Buffer API error 1010 (HTTP 404) from profiles.get: Profile could not be found.',
    );
    const wrongRoot = (await at('http://127.0.0.1:4010/2')
      .profiles.get('000000000000000000000000')
      .catch((e: unknown) => e)) as BufferApiError;
    expect(wrongRoot.message).toMatch(/Endpoint not found\. Is baseUrl missing the API version\?/);
  });

  test('the 61st request within a minute → RateLimitError (429)', async () => {
    const h = setup({ rateLimit: { limit: 3, windowMs: 60_000 } });
    for (let i = 0; i < 3; i++) await h.client.user.get();
    const error = await h.client.user.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).status).toBe(429);
  });
});

describe('client options', () => {
  test('plain http is refused for a non-loopback base URL, before any request', () => {
    const sent: unknown[] = [];
    const make = (baseUrl: string) =>
      createBufferClient({
        accessToken: 'tok',
        baseUrl,
        transport: async (r) => {
          sent.push(r);
          throw new Error('no request may be sent');
        },
      });
    const error = (() => {
      try {
        make('http://api.bufferapp.com/1');
      } catch (e) {
        return e;
      }
      return undefined;
    })() as BufferValidationError;
    expect(error).toBeInstanceOf(BufferValidationError);
    expect(error.issues).toEqual([expect.objectContaining({ path: 'baseUrl', rule: 'https_required' })]);
    for (const ok of [
      'http://127.0.0.1:4010/1',
      'http://[::1]:4010/1',
      'http://localhost:4010/1',
      'https://api.bufferapp.com/1/',
    ]) {
      expect(() => make(ok)).not.toThrow();
    }
    expect(sent).toHaveLength(0);
  });

  test('an empty access token is refused', () => {
    expect(() => createBufferClient({ accessToken: '' })).toThrow(/accessToken: is required/);
  });

  test('a token with stray whitespace is refused without echoing it', () => {
    const error = (() => {
      try {
        createBufferClient({ accessToken: '1/secretTokenValue\n' });
      } catch (e) {
        return e as BufferValidationError;
      }
      return undefined;
    })();
    expect(error?.issues[0]).toMatchObject({ path: 'accessToken', rule: 'format' });
    expect(error?.message).toMatch(/line break/);
    expect(error?.message).not.toContain('secretTokenValue');
  });
});
