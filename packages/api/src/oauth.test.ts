import { createEmulator, DEMO_APP, type Emulator } from '@bufferkit/emulator';
import { createTransport, fetchTransport, type HttpRequest, NetworkError } from '@bufferkit/transport';
import { beforeEach, describe, expect, test } from 'vitest';
import { createBufferClient } from './client.js';
import { BufferValidationError } from './errors.js';
import { createBufferOAuth, OAuthCallbackError, OAuthError } from './index.js';
import { consent } from './test-support/consent.js';
import { EMULATOR_BASE_URL, EMULATOR_ORIGIN, emulatorTransport } from './test-support/harness.js';

let emulator: Emulator;

function oauthFor(e: Emulator, transport = emulatorTransport(e)) {
  return createBufferOAuth({
    clientId: DEMO_APP.clientId,
    clientSecret: DEMO_APP.clientSecret,
    redirectUri: DEMO_APP.redirectUri,
    authorizeUrl: `${EMULATOR_ORIGIN}/oauth2/authorize`,
    tokenUrl: `${EMULATOR_ORIGIN}/1/oauth2/token.json`,
    transport,
  });
}

function tokenRequests(e: Emulator) {
  return e.requests.filter((r) => r.path === '/1/oauth2/token.json');
}

beforeEach(() => {
  emulator = createEmulator({ now: Date.UTC(2030, 0, 15, 9, 0, 0) });
});

describe('createBufferOAuth against the emulator', () => {
  test('the whole flow: consent page, raw 1/… code on the wire, a token that works', async () => {
    const oauth = oauthFor(emulator);
    const { url, state } = oauth.authorizationUrl();
    expect(url.startsWith(`${EMULATOR_ORIGIN}/oauth2/authorize?`)).toBe(true);
    const params = new URL(url).searchParams;
    expect(params.get('client_id')).toBe(DEMO_APP.clientId);
    expect(params.get('redirect_uri')).toBe(DEMO_APP.redirectUri);
    expect(params.get('response_type')).toBe('code');
    expect(params.get('state')).toBe(state);

    const callback = await consent(emulator, url, 'approve');
    const code = new URL(callback).searchParams.get('code') ?? '';
    expect(code).toMatch(/^1\/[A-Za-z0-9]+$/);

    const token = await oauth.exchangeCallback(callback, { expectedState: state });
    expect(token.accessToken.length).toBeGreaterThan(0);
    expect(token.tokenType.toLowerCase()).toBe('bearer');

    const [sent] = tokenRequests(emulator);
    expect(sent?.method).toBe('POST');
    // The emulator refuses `1%2F…`; the body carries the code with its literal slash.
    expect(sent?.rawBody).toContain(`code=${code}`);
    expect(new URLSearchParams(sent?.rawBody).get('grant_type')).toBe('authorization_code');

    const client = createBufferClient({
      accessToken: token.accessToken,
      baseUrl: EMULATOR_BASE_URL,
      transport: emulatorTransport(emulator),
    });
    expect((await client.user.get()).id).toBe(emulator.demoUserId);
  });

  test('a percent-encoded code in the callback is decoded once and still accepted', async () => {
    const oauth = oauthFor(emulator);
    const { url, state } = oauth.authorizationUrl();
    const callback = await consent(emulator, url, 'approve');
    const encoded = callback.replace(/code=1\//, 'code=1%2F');
    expect(encoded).not.toBe(callback);
    await expect(oauth.exchangeCallback(encoded, { expectedState: state })).resolves.toMatchObject({
      tokenType: expect.any(String),
    });
  });

  test('two concurrent exchanges of one code send one token request and share its result', async () => {
    const oauth = oauthFor(emulator);
    const { url, state } = oauth.authorizationUrl();
    const callback = await consent(emulator, url, 'approve');
    const [a, b] = await Promise.all([
      oauth.exchangeCallback(callback, { expectedState: state }),
      oauth.exchangeCallback(callback, { expectedState: state }),
    ]);
    expect(a.accessToken).toBe(b.accessToken);
    expect(tokenRequests(emulator)).toHaveLength(1);
  });

  test('after the shared exchange settles, the same code is sent again and Buffer says it was used', async () => {
    const oauth = oauthFor(emulator);
    const { url, state } = oauth.authorizationUrl();
    const callback = await consent(emulator, url, 'approve');
    await oauth.exchangeCallback(callback, { expectedState: state });
    const error = await oauth.exchangeCallback(callback, { expectedState: state }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).error).toBe('invalid_grant');
    expect((error as OAuthError).status).toBe(400);
    expect((error as Error).message).toMatch(/already used/);
    expect((error as Error).message).toMatch(/Start the authorization again/);
    expect(tokenRequests(emulator)).toHaveLength(2);
  });

  test('an expired code (older than 30 s) says to start again', async () => {
    const oauth = oauthFor(emulator);
    const { url, state } = oauth.authorizationUrl();
    const callback = await consent(emulator, url, 'approve');
    emulator.clock.advance(31_000);
    const error = await oauth.exchangeCallback(callback, { expectedState: state }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).error).toBe('invalid_grant');
    expect((error as Error).message).toMatch(/expired/);
    expect((error as Error).message).toMatch(/codes last 30 seconds.*Start the authorization again/);
    // A logged stack carries the same advice as the message.
    expect((error as Error).stack?.split('\n')[0]).toBe(`OAuthError: ${(error as Error).message}`);
  });

  test('denied consent: the user said no, and no token request is sent', async () => {
    const oauth = oauthFor(emulator);
    const { url, state } = oauth.authorizationUrl();
    const callback = await consent(emulator, url, 'deny');
    const error = await oauth.exchangeCallback(callback, { expectedState: state }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthCallbackError);
    expect((error as OAuthCallbackError).error).toBe('access_denied');
    expect((error as Error).message).toMatch(/The user said no/);
    expect(tokenRequests(emulator)).toHaveLength(0);
  });

  test('a state mismatch is flagged as possible forgery, and no token request is sent', async () => {
    const oauth = oauthFor(emulator);
    const { url } = oauth.authorizationUrl();
    const callback = await consent(emulator, url, 'approve');
    const other = oauth.authorizationUrl().state;
    const error = await oauth.exchangeCallback(callback, { expectedState: other }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthCallbackError);
    expect((error as OAuthCallbackError).error).toBe('state_mismatch');
    expect((error as Error).message).toMatch(/forged.*Start the authorization again/);
    expect(tokenRequests(emulator)).toHaveLength(0);
  });

  test('a wrong client secret: check your credentials; the secret and code never appear in the error', async () => {
    const oauth = createBufferOAuth({
      clientId: DEMO_APP.clientId,
      clientSecret: 'not-the-secret-0123456789',
      redirectUri: DEMO_APP.redirectUri,
      authorizeUrl: `${EMULATOR_ORIGIN}/oauth2/authorize`,
      tokenUrl: `${EMULATOR_ORIGIN}/1/oauth2/token.json`,
      transport: emulatorTransport(emulator),
    });
    const { url, state } = oauth.authorizationUrl();
    const callback = await consent(emulator, url, 'approve');
    const code = new URL(callback).searchParams.get('code') ?? '';
    const error = await oauth.exchangeCallback(callback, { expectedState: state }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).error).toBe('invalid_client');
    expect((error as Error).message).toMatch(/Check clientId and clientSecret/);
    const dump = JSON.stringify(error) + String((error as Error).message);
    expect(dump).not.toContain('not-the-secret-0123456789');
    expect(dump).not.toContain(code.slice(2));
  });

  test('the token POST is never resent after it may have reached Buffer', async () => {
    const seen: HttpRequest[] = [];
    const reset = createTransport({
      adapter: async (request) => {
        seen.push(request);
        await fetchTransport({ fetch: emulator.fetch })(request);
        throw new NetworkError('connection reset after the body was sent', {
          mayHaveReachedServer: true,
          request,
        });
      },
      sleep: async () => {},
      rateLimit: false,
    });
    const oauth = oauthFor(emulator, reset);
    const { url, state } = oauth.authorizationUrl();
    const callback = await consent(emulator, url, 'approve');
    await expect(oauth.exchangeCallback(callback, { expectedState: state })).rejects.toBeInstanceOf(
      NetworkError,
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]?.idempotent).toBe(false);
    expect(tokenRequests(emulator)).toHaveLength(1);
  });

  test('a plain-http token URL off loopback is refused before anything is sent', () => {
    expect(() =>
      createBufferOAuth({
        clientId: 'a',
        clientSecret: 'b',
        redirectUri: 'https://app.example/cb',
        tokenUrl: 'http://api.bufferapp.com/1/oauth2/token.json',
      }),
    ).toThrow(BufferValidationError);
  });

  test('a local server for one OAuth URL needs the other too: Buffer cannot swap an emulator code', () => {
    const base = { clientId: 'a', clientSecret: 'b', redirectUri: 'https://app.example/cb' };
    const refusal = (options: Partial<Parameters<typeof createBufferOAuth>[0]>) => {
      try {
        createBufferOAuth({ ...base, ...options });
      } catch (error) {
        return error instanceof BufferValidationError
          ? [error.path, error.issues[0]?.rule, error.issues[0]?.message]
          : error;
      }
      return 'accepted';
    };
    expect(refusal({ authorizeUrl: 'http://127.0.0.1:4010/oauth2/authorize' })).toEqual([
      'tokenUrl',
      'required',
      "is required when authorizeUrl points at a local server (http://127.0.0.1:4010/oauth2/authorize); it would default to Buffer's https://api.bufferapp.com/1/oauth2/token.json, which cannot work with that server's codes",
    ]);
    expect(refusal({ tokenUrl: 'http://[::1]:4010/1/oauth2/token.json' })).toEqual([
      'authorizeUrl',
      'required',
      "is required when tokenUrl points at a local server (http://[::1]:4010/1/oauth2/token.json); it would default to Buffer's https://bufferapp.com/oauth2/authorize, which cannot work with that server's codes",
    ]);
    expect(
      refusal({
        authorizeUrl: 'http://127.0.0.1:4010/oauth2/authorize',
        tokenUrl: 'http://127.0.0.1:4010/1/oauth2/token.json',
      }),
    ).toBe('accepted');
    expect(refusal({ authorizeUrl: 'https://gw.example/authorize' })).toBe('accepted');
  });

  test('a plain-http authorize URL off loopback is refused; loopback and an https gateway query are fine', () => {
    const base = { clientId: 'a', clientSecret: 'b', redirectUri: 'https://app.example/cb' };
    let refused: unknown;
    try {
      createBufferOAuth({ ...base, authorizeUrl: 'http://bufferapp.com/oauth2/authorize' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(BufferValidationError);
    expect(refused).toMatchObject({ operation: 'createBufferOAuth', path: 'authorizeUrl' });
    expect((refused as BufferValidationError).issues[0]?.rule).toBe('https_required');
    expect(
      createBufferOAuth({
        ...base,
        authorizeUrl: 'http://localhost:4010/oauth2/authorize',
        tokenUrl: 'http://localhost:4010/1/oauth2/token.json',
      })
        .authorizationUrl()
        .url.startsWith('http://localhost:4010/oauth2/authorize?client_id=a&'),
    ).toBe(true);
    expect(
      createBufferOAuth({ ...base, authorizeUrl: 'https://gw.example/authorize?tenant=x' })
        .authorizationUrl()
        .url.startsWith('https://gw.example/authorize?tenant=x&client_id=a&'),
    ).toBe(true);
  });

  test.each([
    ['clientId', { clientId: '' }],
    ['clientSecret', { clientSecret: '' }],
    ['clientSecret', { clientSecret: undefined }],
    ['redirectUri', { redirectUri: '' }],
    ['tokenUrl', { tokenUrl: 'not a url' }],
    ['authorizeUrl', { authorizeUrl: 'https://bufferapp.com/oauth2/authorize#frag' }],
  ])('a bad %s fails at createBufferOAuth, not at the first callback', (field, over) => {
    const options = { clientId: 'a', clientSecret: 'b', redirectUri: 'https://app.example/cb', ...over };
    let refused: unknown;
    try {
      createBufferOAuth(options as Parameters<typeof createBufferOAuth>[0]);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(BufferValidationError);
    expect(refused).toMatchObject({ source: 'input', operation: 'createBufferOAuth', path: field });
  });
});
