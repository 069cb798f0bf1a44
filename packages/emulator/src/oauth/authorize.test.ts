import { describe, expect, test } from 'vitest';
import { createEmulator, DEMO_APP } from '../create-emulator.js';
import { T0 } from '../test-support/harness.js';

const emulator = createEmulator({ now: T0 });

function authorizeUrl(params: Record<string, string>): string {
  return `/oauth2/authorize?${new URLSearchParams(params).toString()}`;
}

const valid = { client_id: DEMO_APP.clientId, redirect_uri: DEMO_APP.redirectUri, response_type: 'code' };

describe('GET /oauth2/authorize', () => {
  test.each([
    [{ ...valid, client_id: 'unknown' }, 'invalid_client'],
    [{ redirect_uri: DEMO_APP.redirectUri, response_type: 'code' }, 'invalid_request'],
    [{ ...valid, redirect_uri: 'http://evil.example/callback' }, 'redirect_uri_mismatch'],
    [{ ...valid, redirect_uri: `${DEMO_APP.redirectUri}?x=1` }, 'redirect_uri_mismatch'],
    [{ client_id: DEMO_APP.clientId, response_type: 'code' }, 'invalid_request'],
  ])('%o → 400 HTML error page %s, never a redirect', async (params, error) => {
    const response = await emulator.fetch(authorizeUrl(params));
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain(`data-error="${error}"`);
  });

  test('a valid client and redirect with response_type=token → redirect with unsupported_response_type', async () => {
    const response = await emulator.fetch(authorizeUrl({ ...valid, response_type: 'token', state: 'st' }));
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(
      'http://localhost:3000/callback?error=unsupported_response_type&error_description=Only%20response_type%3Dcode%20is%20supported.&state=st',
    );
  });

  test('missing response_type → redirect with invalid_request (no state when none was sent)', async () => {
    const response = await emulator.fetch(
      authorizeUrl({ client_id: valid.client_id, redirect_uri: valid.redirect_uri }),
    );
    expect(response.headers.get('location')).toBe(
      'http://localhost:3000/callback?error=invalid_request&error_description=The%20response_type%20parameter%20is%20missing.',
    );
  });

  test('the app name is HTML-escaped on the consent page', async () => {
    const e = createEmulator({ now: T0 });
    e.registerApp({
      clientId: 'x1',
      clientSecret: 's',
      redirectUri: 'https://app.example/cb?from=buffer',
      name: '<b>Evil</b> & co',
    });
    const response = await e.fetch(
      authorizeUrl({
        client_id: 'x1',
        redirect_uri: 'https://app.example/cb?from=buffer',
        response_type: 'code',
      }),
    );
    const html = await response.text();
    expect(html).toContain('<span class="app-name">&lt;b&gt;Evil&lt;/b&gt; &amp; co</span>');
    expect(html).not.toContain('<b>Evil</b>');
  });

  test('approve appends the code to a redirect_uri that already has a query; no state when none was sent', async () => {
    const e = createEmulator({ now: T0 });
    e.registerApp({
      clientId: 'x1',
      clientSecret: 's',
      redirectUri: 'https://app.example/cb?from=buffer',
      name: 'X',
    });
    const html = await (
      await e.fetch(
        authorizeUrl({
          client_id: 'x1',
          redirect_uri: 'https://app.example/cb?from=buffer',
          response_type: 'code',
        }),
      )
    ).text();
    const nonce = /name="consent" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const response = await e.fetch('/oauth2/authorize/decision', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: 'x1',
        redirect_uri: 'https://app.example/cb?from=buffer',
        response_type: 'code',
        consent: nonce,
        decision: 'approve',
      }).toString(),
    });
    expect(response.headers.get('location')).toMatch(
      /^https:\/\/app\.example\/cb\?from=buffer&code=1\/[A-Za-z0-9]{32}$/,
    );
  });

  test('a tampered consent form (other redirect_uri) is refused with an error page', async () => {
    const html = await (await emulator.fetch(authorizeUrl(valid))).text();
    const nonce = /name="consent" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const response = await emulator.fetch('/oauth2/authorize/decision', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        ...valid,
        redirect_uri: 'http://evil.example/',
        consent: nonce,
        decision: 'approve',
      }).toString(),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  test('?user= picks who consents; the token belongs to that user', async () => {
    const e = createEmulator({ now: T0 });
    const other = e.snapshot().users[1]?.id ?? '';
    const html = await (await e.fetch(authorizeUrl({ ...valid, user: other }))).text();
    expect(html).toContain('Someone Else');
    const nonce = /name="consent" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const decision = await e.fetch('/oauth2/authorize/decision', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...valid, user: other, consent: nonce, decision: 'approve' }).toString(),
    });
    const code = /code=([^&]+)/.exec(decision.headers.get('location') ?? '')?.[1] ?? '';
    const token = await e.fetch('/1/oauth2/token.json', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `client_id=${DEMO_APP.clientId}&client_secret=${DEMO_APP.clientSecret}&redirect_uri=${encodeURIComponent(DEMO_APP.redirectUri)}&code=${code}&grant_type=authorization_code`,
    });
    const { access_token } = (await token.json()) as { access_token: string };
    const user = await e.fetch('/1/user.json', { headers: { authorization: `Bearer ${access_token}` } });
    expect(((await user.json()) as { id: string }).id).toBe(other);
  });
});
