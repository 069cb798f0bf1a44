import { describe, expect, test } from 'vitest';
import { createEmulator } from './create-emulator.js';
import { errorBody, harness, read, T0 } from './test-support/harness.js';

describe('access token placement', () => {
  test('Authorization: Bearer, access_token query and access_token form field all work', async () => {
    const h = harness();
    expect((await h.get('user.json')).status).toBe(200);
    expect(
      (await read(await h.emulator.fetch(`/1/user.json?access_token=${encodeURIComponent(h.token)}`))).status,
    ).toBe(200);
    const body = await read(
      await h.emulator.fetch('/1/updates/4eb8565e0acb04bb82000001/share.json', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `access_token=${encodeURIComponent(h.token)}`,
      }),
    );
    expect(body).toMatchObject({ status: 200, body: { success: true } });
  });

  test('a token in two places → 400 / 1003, naming the rule', async () => {
    const h = harness();
    const r = await read(
      await h.emulator.fetch(`/1/user.json?access_token=${encodeURIComponent(h.token)}`, {
        headers: { authorization: `Bearer ${h.token}` },
      }),
    );
    expect(r.status).toBe(400);
    expect(r.body).toEqual(
      errorBody(
        1003,
        'Access token given more than once; send it in exactly one of the Authorization header, the query string or the body.',
      ),
    );
    const twiceInQuery = await h.emulator.fetch(
      `/1/user.json?access_token[]=${h.token}&access_token[]=${h.token}`,
    );
    expect(twiceInQuery.status).toBe(400);
  });

  test('no token → 403 / 1001', async () => {
    const h = harness();
    expect(await h.get('profiles.json', null)).toMatchObject({
      status: 403,
      body: errorBody(1001, 'Access token required.'),
    });
  });

  test('unknown token → 401 / 401', async () => {
    const h = harness();
    expect(await h.get('user.json', '1/0000')).toMatchObject({
      status: 401,
      body: errorBody(401, 'Unauthorized.'),
    });
  });

  test('deauthorize revokes the token: 401 from then on; other tokens of other clients keep working', async () => {
    const h = harness();
    const otherClient = h.emulator.issueToken(h.emulator.demoUserId, 'another-client');
    expect(await h.post('user/deauthorize.json', '')).toEqual(
      expect.objectContaining({
        status: 200,
        body: { success: true, message: 'Access successfully revoked!' },
      }),
    );
    expect((await h.get('user.json')).status).toBe(401);
    expect((await h.get('user.json', otherClient)).status).toBe(200);
  });

  test('links/shares.json works without a token, but a bad token is still refused', async () => {
    const h = harness();
    expect(await h.get('links/shares.json?url=http%3A%2F%2Fexample.com%2Fbread', null)).toMatchObject({
      status: 200,
      body: { shares: 1 },
    });
    expect((await h.get('links/shares.json?url=http%3A%2F%2Fexample.com', '1/bad')).status).toBe(401);
  });
});

describe('rate limit', () => {
  test('the 61st request within 60 s → 429 with Retry-After; a slot frees as the window rolls', async () => {
    const e = createEmulator({ now: T0 });
    const token = e.issueToken();
    const get = () => e.fetch('/1/user.json', { headers: { authorization: `Bearer ${token}` } });
    for (let i = 0; i < 60; i++) {
      expect((await get()).status).toBe(200);
      e.clock.advance(500); // 60 requests spread over 30 s
    }
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ success: false, code: 429, message: 'Too Many Requests.' });
    // The window is (now - 60 s, now]: the request at T0 leaves it at T0 + 60 s; now is T0 + 30 s.
    expect(limited.headers.get('retry-after')).toBe('30');
    e.clock.set(T0 + 59_999);
    expect((await get()).status).toBe(429);
    e.clock.set(T0 + 60_000);
    expect((await get()).status).toBe(200);
  });

  test('limits are per user, configurable, and can be disabled', async () => {
    const e = createEmulator({ now: T0, rateLimit: { limit: 2, windowMs: 1000 } });
    const a = e.issueToken();
    const b = e.issueToken(e.snapshot().users[1]?.id);
    const get = (t: string) => e.fetch('/1/user.json', { headers: { authorization: `Bearer ${t}` } });
    expect((await get(a)).status).toBe(200);
    expect((await get(a)).status).toBe(200);
    expect((await get(a)).status).toBe(429);
    expect((await get(b)).status).toBe(200);

    const off = createEmulator({ now: T0, rateLimit: false });
    const t = off.issueToken();
    for (let i = 0; i < 100; i++)
      expect((await off.fetch('/1/user.json', { headers: { authorization: `Bearer ${t}` } })).status).toBe(
        200,
      );
  });
});
