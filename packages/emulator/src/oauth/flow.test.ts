import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createEmulator, DEMO_APP, type ListeningEmulator } from '../create-emulator.js';
import { T0 } from '../test-support/harness.js';

// The whole dance over real HTTP: consent page → form → decision → callback → token → API.
const emulator = createEmulator({ now: T0 });
let server: ListeningEmulator;

beforeAll(async () => {
  server = await emulator.listen({ port: 0 });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => emulator.reset());

function formFields(html: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    fields.set(
      m[1] ?? '',
      (m[2] ?? '')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'"),
    );
  return fields;
}

async function consent(
  state = 'xyz 123&/',
): Promise<{ action: string; fields: Map<string, string>; html: string }> {
  const url = new URL('/oauth2/authorize', server.url);
  url.searchParams.set('client_id', DEMO_APP.clientId);
  url.searchParams.set('redirect_uri', DEMO_APP.redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('state', state);
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const html = await response.text();
  const action = /<form method="post" action="([^"]+)">/.exec(html)?.[1] ?? '';
  return { action, fields: formFields(html), html };
}

async function decide(action: string, fields: Map<string, string>, decision: 'approve' | 'deny') {
  const body = new URLSearchParams([...fields, ['decision', decision]]);
  return fetch(new URL(action, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
    redirect: 'manual',
  });
}

async function approvedCode(): Promise<string> {
  const { action, fields } = await consent();
  const response = await decide(action, fields, 'approve');
  const location = response.headers.get('location') ?? '';
  return /[?&]code=([^&]+)/.exec(location)?.[1] ?? '';
}

function tokenBody(code: string, overrides: Record<string, string> = {}): string {
  const p = {
    client_id: DEMO_APP.clientId,
    client_secret: DEMO_APP.clientSecret,
    redirect_uri: DEMO_APP.redirectUri,
    grant_type: 'authorization_code',
    ...overrides,
  };
  const enc = (v: string) => encodeURIComponent(v);
  return `client_id=${enc(p.client_id)}&client_secret=${enc(p.client_secret)}&redirect_uri=${enc(p.redirect_uri)}&code=${code}&grant_type=${enc(p.grant_type)}`;
}

async function exchange(body: string) {
  const response = await fetch(new URL('/1/oauth2/token.json', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  return { status: response.status, json: await response.json() };
}

describe('OAuth dance over HTTP', () => {
  test('consent page names the app and offers Approve and Deny in a form carrying the request', async () => {
    const { action, fields, html } = await consent();
    expect(action).toBe('/oauth2/authorize/decision');
    expect(html).toContain('<span class="app-name">bufferkit demo</span>');
    expect(html).toContain('<button type="submit" name="decision" value="approve">Approve</button>');
    expect(html).toContain('<button type="submit" name="decision" value="deny">Deny</button>');
    expect(fields.get('client_id')).toBe(DEMO_APP.clientId);
    expect(fields.get('redirect_uri')).toBe(DEMO_APP.redirectUri);
    expect(fields.get('state')).toBe('xyz 123&/');
    expect(html).toContain('value="xyz 123&amp;/"');
    expect(fields.get('consent')).toMatch(/^[A-Za-z0-9]{32}$/);
  });

  test('approve → callback with a raw 1/… code and the state; exchanging the raw code gives a working token', async () => {
    const { action, fields } = await consent();
    const response = await decide(action, fields, 'approve');
    expect(response.status).toBe(302);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(
      /^http:\/\/localhost:3000\/callback\?code=1\/[A-Za-z0-9]{32}&state=xyz%20123%26%2F$/,
    );
    const code = /code=([^&]+)/.exec(location)?.[1] ?? '';

    const { status, json } = await exchange(tokenBody(code));
    expect(status).toBe(200);
    expect(Object.keys(json)).toEqual(['access_token']);
    expect(json.access_token).toMatch(/^1\/[0-9a-f]{32}$/);

    const user = await fetch(new URL('/1/user.json', server.url), {
      headers: { authorization: `Bearer ${json.access_token}` },
    });
    expect(user.status).toBe(200);
    expect((await user.json()).id).toBe(emulator.demoUserId);
  });

  test('the consent form is single use', async () => {
    const { action, fields } = await consent();
    expect((await decide(action, fields, 'approve')).status).toBe(302);
    const again = await decide(action, fields, 'approve');
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('This consent form expired or was already used');
  });

  test('deny → callback with error=access_denied, a description and the state', async () => {
    const { action, fields } = await consent('s1');
    const response = await decide(action, fields, 'deny');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(
      'http://localhost:3000/callback?error=access_denied&error_description=The%20user%20denied%20access%20to%20your%20application.&state=s1',
    );
  });

  test('the same code sent as 1%2F… is invalid_grant, even though it decodes to a valid code', async () => {
    const code = await approvedCode();
    const encoded = code.replace('/', '%2F');
    expect(await exchange(tokenBody(encoded))).toEqual({
      status: 400,
      json: {
        error: 'invalid_grant',
        error_description: 'The code must not be URL-encoded: send 1/… not 1%2F….',
      },
    });
    expect(await exchange(tokenBody(code.replace('/', '%2f')))).toMatchObject({
      status: 400,
      json: { error: 'invalid_grant' },
    });
    // The raw form still works afterwards: the rejected attempt did not consume it.
    expect((await exchange(tokenBody(code))).status).toBe(200);
  });

  test('a code is single use; replaying it is invalid_grant and revokes the token it produced', async () => {
    const code = await approvedCode();
    const first = await exchange(tokenBody(code));
    expect(first.status).toBe(200);
    expect(await exchange(tokenBody(code))).toEqual({
      status: 400,
      json: { error: 'invalid_grant', error_description: 'The authorization code was already used.' },
    });
    const user = await fetch(new URL('/1/user.json', server.url), {
      headers: { authorization: `Bearer ${first.json.access_token}` },
    });
    expect(user.status).toBe(401);
  });

  test('a code expires 30 s after it is issued (injected clock): valid at 29 999 ms, expired at 30 000 ms', async () => {
    const fresh = await approvedCode();
    emulator.clock.advance(29_999);
    expect((await exchange(tokenBody(fresh))).status).toBe(200);

    const code = await approvedCode();
    emulator.clock.advance(30_000);
    expect(await exchange(tokenBody(code))).toEqual({
      status: 400,
      json: { error: 'invalid_grant', error_description: 'The authorization code has expired.' },
    });
  });

  test('wrong client secret → 401 invalid_client', async () => {
    const code = await approvedCode();
    expect(await exchange(tokenBody(code, { client_secret: 'nope' }))).toEqual({
      status: 401,
      json: { error: 'invalid_client', error_description: 'Client authentication failed.' },
    });
  });

  test('a redirect_uri different from the authorized one → invalid_grant', async () => {
    const code = await approvedCode();
    expect(await exchange(tokenBody(code, { redirect_uri: 'http://localhost:3000/callback/' }))).toEqual({
      status: 400,
      json: {
        error: 'invalid_grant',
        error_description: 'The redirect_uri does not match the one used to authorize.',
      },
    });
  });

  test('wrong grant_type → unsupported_grant_type', async () => {
    const code = await approvedCode();
    expect(await exchange(tokenBody(code, { grant_type: 'client_credentials' }))).toEqual({
      status: 400,
      json: {
        error: 'unsupported_grant_type',
        error_description: 'Only grant_type=authorization_code is supported.',
      },
    });
  });
});
