import { describe, expect, test } from 'vitest';
import { createEmulator, DEMO_APP } from '../create-emulator.js';
import { T0 } from '../test-support/harness.js';
import { splitRawForm } from './token.js';

async function codeFor(
  e: ReturnType<typeof createEmulator>,
  redirectUri = DEMO_APP.redirectUri,
  clientId = DEMO_APP.clientId,
) {
  const q = new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, response_type: 'code' });
  const html = await (await e.fetch(`/oauth2/authorize?${q}`)).text();
  const consent = /name="consent" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const response = await e.fetch('/oauth2/authorize/decision', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      consent,
      decision: 'approve',
    }).toString(),
  });
  return /code=([^&]+)/.exec(response.headers.get('location') ?? '')?.[1] ?? '';
}

async function post(
  e: ReturnType<typeof createEmulator>,
  body: string,
  type = 'application/x-www-form-urlencoded',
) {
  const response = await e.fetch('/1/oauth2/token.json', {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });
  return {
    status: response.status,
    json: await response.json(),
    cache: response.headers.get('cache-control'),
  };
}

const base = `client_id=${DEMO_APP.clientId}&client_secret=${DEMO_APP.clientSecret}&redirect_uri=${encodeURIComponent(DEMO_APP.redirectUri)}&grant_type=authorization_code`;

describe('POST /1/oauth2/token.json', () => {
  test('splitRawForm keeps raw values', () => {
    expect(splitRawForm('a=1%2F2&b&c=x=y')).toEqual([
      { name: 'a', raw: '1%2F2' },
      { name: 'b', raw: '' },
      { name: 'c', raw: 'x=y' },
    ]);
  });

  test('success is exactly {"access_token":"1/<hex>"}, not cacheable', async () => {
    const e = createEmulator({ now: T0 });
    const code = await codeFor(e);
    const r = await post(e, `${base}&code=${code}`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ access_token: expect.stringMatching(/^1\/[0-9a-f]{32}$/) });
    expect(r.cache).toBe('no-store');
  });

  test.each(['client_id', 'client_secret', 'redirect_uri', 'code'])(
    'missing %s → invalid_request',
    async (name) => {
      const e = createEmulator({ now: T0 });
      const code = await codeFor(e);
      const body = `${base}&code=${code}`
        .split('&')
        .filter((pair) => !pair.startsWith(`${name}=`))
        .join('&');
      expect(await post(e, body)).toMatchObject({
        status: 400,
        json: { error: 'invalid_request', error_description: `Missing parameter: ${name}.` },
      });
    },
  );

  test('missing grant_type → invalid_request', async () => {
    const e = createEmulator({ now: T0 });
    expect((await post(e, 'code=1/abc')).json).toEqual({
      error: 'invalid_request',
      error_description: 'Missing parameter: grant_type.',
    });
  });

  test('a JSON body is not accepted', async () => {
    const e = createEmulator({ now: T0 });
    expect(
      await post(e, JSON.stringify({ grant_type: 'authorization_code' }), 'application/json'),
    ).toMatchObject({
      status: 400,
      json: { error: 'invalid_request' },
    });
  });

  test('a parameter sent twice → invalid_request', async () => {
    const e = createEmulator({ now: T0 });
    const code = await codeFor(e);
    expect((await post(e, `${base}&code=${code}&code=${code}`)).json.error).toBe('invalid_request');
  });

  test('other parameters are form-decoded normally (+ is a space, %XX decoded)', async () => {
    const e = createEmulator({ now: T0 });
    e.registerApp({
      clientId: 'app two',
      clientSecret: 's+/&=',
      redirectUri: 'https://x.example/cb?a=1 2',
      name: 'Two',
    });
    const code = await codeFor(e, 'https://x.example/cb?a=1 2', 'app two');
    const body = `client_id=app+two&client_secret=s%2B%2F%26%3D&redirect_uri=https%3A%2F%2Fx.example%2Fcb%3Fa%3D1+2&grant_type=authorization_code&code=${code}`;
    expect((await post(e, body)).status).toBe(200);
  });

  test('a code issued to another client → invalid_grant (with that client authenticated)', async () => {
    const e = createEmulator({ now: T0 });
    e.registerApp({
      clientId: 'other',
      clientSecret: 'other-secret',
      redirectUri: DEMO_APP.redirectUri,
      name: 'Other',
    });
    const code = await codeFor(e);
    const body = `client_id=other&client_secret=other-secret&redirect_uri=${encodeURIComponent(DEMO_APP.redirectUri)}&grant_type=authorization_code&code=${code}`;
    expect(await post(e, body)).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
  });

  test('an unknown code → invalid_grant; an unknown client → 401 invalid_client', async () => {
    const e = createEmulator({ now: T0 });
    expect(await post(e, `${base}&code=1/doesnotexist`)).toMatchObject({
      status: 400,
      json: { error: 'invalid_grant' },
    });
    expect(await post(e, `${base.replace(DEMO_APP.clientId, 'nobody')}&code=1/x`)).toMatchObject({
      status: 401,
      json: { error: 'invalid_client' },
    });
  });

  test('GET on the token endpoint → 405 with a Buffer error body', async () => {
    const e = createEmulator({ now: T0 });
    const response = await e.fetch('/1/oauth2/token.json');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toEqual({ success: false, code: 405, message: 'Method not allowed.' });
  });

  test('error bodies never echo the secret, the code or the token', async () => {
    const e = createEmulator({ now: T0 });
    const code = await codeFor(e);
    const bodies = [
      await post(e, `${base.replace(DEMO_APP.clientSecret, 'wrong-secret-123')}&code=${code}`),
      await post(e, `${base}&code=${code.replace('/', '%2F')}`),
      await post(e, `${base}&code=${code}&redirect_uri=x`),
    ].map((r) => JSON.stringify(r.json));
    for (const body of bodies) {
      expect(body).not.toContain('wrong-secret-123');
      expect(body).not.toContain(DEMO_APP.clientSecret);
      expect(body).not.toContain(code.slice(2));
    }
  });
});
