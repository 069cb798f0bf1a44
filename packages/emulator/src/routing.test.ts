import { describe, expect, test } from 'vitest';
import { errorBody, harness } from './test-support/harness.js';

describe('paths, methods, formats, params', () => {
  test('unknown path → 404 / 404', async () => {
    const h = harness();
    expect(await h.get('nothing/here.json')).toMatchObject({
      status: 404,
      body: errorBody(404, 'Endpoint not found.'),
    });
    expect((await h.emulator.fetch('/2/user.json')).status).toBe(404);
  });

  test('a malformed percent escape in an id is an unknown id (404 / 1010, 1020), not a server error', async () => {
    const h = harness();
    expect(await h.get('profiles/%E0%A4%A.json')).toMatchObject({
      status: 404,
      body: errorBody(1010, 'Profile could not be found.'),
    });
    expect(await h.get('updates/%ZZ/interactions.json?event=retweets')).toMatchObject({
      status: 404,
      body: errorBody(1020, 'Update could not be found.'),
    });
    expect(await h.post('updates/%/share.json', '')).toMatchObject({
      status: 404,
      body: errorBody(1020, 'Update could not be found.'),
    });
  });

  test('wrong method → 405 / 405 with Allow', async () => {
    const h = harness();
    const r = await h.post('user.json', '');
    expect(r).toMatchObject({ status: 405, body: errorBody(405, 'Method not allowed.') });
    expect(r.headers.get('allow')).toBe('GET');
    expect((await h.get('updates/create.json')).status).toBe(405);
    expect((await h.get('user/deauthorize.json')).status).toBe(405);
  });

  test('a suffix other than .json (or none) → 406 / 1005', async () => {
    const h = harness();
    const expected = {
      status: 406,
      body: errorBody(1005, 'Unsupported response format: use the .json suffix.'),
    };
    expect(await h.get('user.xml')).toMatchObject(expected);
    expect(await h.get('profiles')).toMatchObject(expected);
    expect(await h.get('profiles/4eb854340acb04e870000010.xml')).toMatchObject(expected);
  });

  test('an unrecognised parameter → 400 / 1003 naming it; access_token, pretty and callback are always allowed', async () => {
    const h = harness();
    expect(await h.get('user.json?foo=1')).toMatchObject({
      status: 400,
      body: errorBody(1003, 'Parameter not recognized: foo.'),
    });
    expect(
      await h.post('updates/create.json', 'profile_ids[]=4eb854340acb04e870000010&text=hi&media[gif]=x'),
    ).toMatchObject({
      status: 400,
      body: errorBody(1003, 'Parameter not recognized: media[gif].'),
    });
    expect((await h.get('user.json?pretty=true&callback=cb')).status).toBe(200);
  });

  test('pretty=true pretty-prints; callback wraps JSONP', async () => {
    const h = harness();
    const pretty = await h.emulator.fetch(
      '/1/links/shares.json?url=http%3A%2F%2Fnowhere.example&pretty=true',
    );
    expect(await pretty.text()).toBe('{\n  "shares": 0\n}');
    const jsonp = await h.emulator.fetch(
      '/1/links/shares.json?url=http%3A%2F%2Fnowhere.example&callback=jQuery123.cb',
    );
    expect(jsonp.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(await jsonp.text()).toBe('/**/jQuery123.cb({"shares":0});');
  });

  test('a JSON body is not read: create then misses profile_ids (1004)', async () => {
    const h = harness();
    const r = await h.emulator.fetch('/1/updates/create.json', {
      method: 'POST',
      headers: { authorization: `Bearer ${h.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ profile_ids: ['4eb854340acb04e870000010'], text: 'hi' }),
    });
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual(
      errorBody(1004, 'Required parameter missing: profile_ids (send profile_ids[]=<id>).'),
    );
  });

  test('multipart bodies (PHP curl arrays) are read with the same bracket rules', async () => {
    const h = harness();
    const form = new FormData();
    form.append('profile_ids[]', '4eb854340acb04e870000012');
    form.append('text', 'from multipart');
    const r = await h.emulator.fetch('/1/updates/create.json', {
      method: 'POST',
      headers: { authorization: `Bearer ${h.token}` },
      body: form,
    });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { updates: Array<{ text: string }> }).updates[0]?.text).toBe(
      'from multipart',
    );
  });

  test('the request log keeps method, path, raw query, headers and the raw body', async () => {
    const h = harness();
    h.emulator.clearRequests();
    await h.post('updates/create.json?pretty=true', 'profile_ids[]=4eb854340acb04e870000012&text=a%20b');
    expect(h.emulator.requests).toEqual([
      {
        method: 'POST',
        path: '/1/updates/create.json',
        query: 'pretty=true',
        headers: expect.objectContaining({ 'content-type': 'application/x-www-form-urlencoded' }),
        rawBody: 'profile_ids[]=4eb854340acb04e870000012&text=a%20b',
        at: h.emulator.clock.now(),
      },
    ]);
  });
});
