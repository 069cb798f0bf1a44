import { NetworkError } from '@bufferkit/api';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPlaygroundApp } from './app.js';
import {
  answerConsent,
  createHarness,
  EMULATOR_ORIGIN,
  type Harness,
  TEST_APP,
  TestBrowser,
} from './test-support/harness.js';

let harness: Harness;
let browser: TestBrowser;

beforeEach(() => {
  harness = createHarness();
  browser = new TestBrowser(harness);
});

function tokenRequests() {
  return harness.emulator.requests.filter((r) => r.path.endsWith('/oauth2/token.json'));
}

/** Starts a connect and returns the emulator's authorize URL. */
async function startConnect(b = browser): Promise<string> {
  await b.get('/');
  const answer = await b.post('/connect');
  expect(answer.status).toBe(303);
  expect(answer.location).not.toBeNull();
  return answer.location!;
}

function callbackPath(location: string): string {
  const url = new URL(location);
  return `${url.pathname}${url.search}`;
}

describe('home and session cookie', () => {
  it('sets an HttpOnly, SameSite=Lax, Path=/ cookie with a random id and offers Connect', async () => {
    const first = await browser.get('/');
    expect(first.status).toBe(200);
    expect(first.headers.get('Set-Cookie')).toMatch(
      /^bufferkit_playground=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    expect(first.html).toContain('Connect Buffer');
    expect(first.html).toContain(`Talking to the Buffer emulator at ${EMULATOR_ORIGIN}`);
    const other = new TestBrowser(harness);
    await other.get('/');
    expect(other.cookie).not.toBe(browser.cookie);
    // A known cookie is kept, not re-issued.
    const again = await browser.get('/');
    expect(again.headers.get('Set-Cookie')).toBeNull();
  });

  it('never accepts a session id the server did not create', async () => {
    browser.cookie = 'attacker-chosen-id';
    await browser.get('/');
    expect(browser.cookie).not.toBe('attacker-chosen-id');
    expect(harness.sessions.get('attacker-chosen-id')).toBeUndefined();
  });

  it('sends security headers: CSP without inline script, no referrer, no framing', async () => {
    const page = await browser.get('/');
    expect(page.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(page.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(page.headers.get('X-Frame-Options')).toBe('DENY');
  });
});

describe('connect', () => {
  it('refuses a POST without the session CSRF token', async () => {
    await browser.get('/');
    const answer = await browser.post('/connect', {}, false);
    expect(answer.status).toBe(403);
    expect(answer.html).toContain('csrf_mismatch');
    const forged = await browser.post('/connect', { _csrf: 'guess' }, false);
    expect(forged.status).toBe(403);
  });

  it('redirects to the authorize URL with a fresh state kept in the session', async () => {
    const location = await startConnect();
    const url = new URL(location);
    expect(`${url.origin}${url.pathname}`).toBe(`${EMULATOR_ORIGIN}/oauth2/authorize`);
    expect(url.searchParams.get('client_id')).toBe(TEST_APP.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(TEST_APP.redirectUri);
    expect(url.searchParams.get('response_type')).toBe('code');
    const state = url.searchParams.get('state')!;
    expect(state.length).toBeGreaterThanOrEqual(22);
    expect([...browser.session!.attempts.keys()]).toEqual([state]);
    const second = new URL(await startConnect());
    expect(second.searchParams.get('state')).not.toBe(state);
  });

  it('approve → callback exchanges the code once and lands on the dashboard', async () => {
    const location = await startConnect();
    const callback = await answerConsent(harness, location, 'approve');
    expect(callback.startsWith(`${TEST_APP.redirectUri}?`)).toBe(true);
    const landed = await browser.get(callbackPath(callback));
    expect(landed.status).toBe(302);
    expect(landed.location).toBe('/dashboard');
    expect(tokenRequests()).toHaveLength(1);
    const token = browser.session!.accessToken!;
    expect(token).toBeTruthy();
    const dashboard = await browser.get('/dashboard');
    expect(dashboard.status).toBe(200);
    expect(dashboard.html).toContain('Connected to Buffer.');
    // A reload of the callback does not send the single-use code again.
    const reload = await browser.get(callbackPath(callback));
    expect(reload.status).toBe(302);
    expect(reload.location).toBe('/dashboard');
    expect(tokenRequests()).toHaveLength(1);
    for (const page of browser.seen) {
      expect(page.html).not.toContain(token);
      expect([...page.headers.values()].join('\n')).not.toContain(token);
    }
  });

  it('signing in moves the session to a new id: an id planted before sign-in is worth nothing (session fixation)', async () => {
    // The attacker gets a genuine session id from the playground and plants it in the victim's browser.
    const attacker = new TestBrowser(harness);
    await attacker.get('/');
    const planted = attacker.cookie!;
    const victim = new TestBrowser(harness);
    victim.cookie = planted;
    const before = victim.session!.csrfToken;
    const callback = callbackPath(await answerConsent(harness, await startConnect(victim), 'approve'));
    const landed = await victim.get(callback);
    expect(landed.status).toBe(302);
    expect(landed.location).toBe('/dashboard');
    expect(landed.headers.get('Set-Cookie')).toMatch(
      /^bufferkit_playground=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    expect(victim.cookie).not.toBe(planted);
    expect(victim.session!.accessToken).toBeTruthy();
    expect(victim.session!.csrfToken).not.toBe(before);
    expect(harness.sessions.get(planted)).toBeUndefined();
    // The attacker's copy of the old id is not connected.
    const stolen = await attacker.get('/dashboard');
    expect([stolen.status, stolen.location]).toEqual([302, '/']);
    // The victim is, and a reload of the callback with the new id still lands on the dashboard, without a new exchange.
    expect((await victim.get('/dashboard')).html).toContain('Connected to Buffer.');
    const reload = await victim.get(callback);
    expect([reload.status, reload.location]).toEqual([302, '/dashboard']);
    expect(tokenRequests()).toHaveLength(1);
  });

  it('two tabs hitting the callback at once share one exchange', async () => {
    const callback = callbackPath(await answerConsent(harness, await startConnect(), 'approve'));
    const before = browser.cookie;
    const [a, b] = await Promise.all([browser.get(callback), browser.get(callback)]);
    expect([a.status, b.status]).toEqual([302, 302]);
    expect(tokenRequests()).toHaveLength(1);
    // Both tabs are told the same new session id, which is the connected one.
    const ids = [a, b].map(
      (page) => /bufferkit_playground=([^;]*)/.exec(page.headers.get('Set-Cookie') ?? '')?.[1],
    );
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).not.toBe(before);
    expect(harness.sessions.get(ids[0])!.accessToken).toBeTruthy();
  });

  it('deny → a plain page with access_denied and a Start again link, no exchange', async () => {
    const callback = await answerConsent(harness, await startConnect(), 'deny');
    expect(new URL(callback).searchParams.get('error')).toBe('access_denied');
    const page = await browser.get(callbackPath(callback));
    expect(page.status).toBe(400);
    expect(page.html).toContain('You did not connect Buffer');
    expect(page.html).toContain('<code data-testid="error-code">access_denied</code>');
    expect(page.html).toContain('href="/">Start again</a>');
    expect(page.html).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(tokenRequests()).toHaveLength(0);
    expect(browser.session!.accessToken).toBeUndefined();
  });

  it('a forged callback with a state this session never issued is refused without an exchange', async () => {
    await startConnect();
    const page = await browser.get('/callback?code=1/forgedcode123&state=not-the-state');
    expect(page.status).toBe(400);
    expect(page.html).toContain('<code data-testid="error-code">state_mismatch</code>');
    expect(page.html).toContain('Start again');
    const noState = await browser.get('/callback?code=1/forgedcode123');
    expect(noState.html).toContain('<code data-testid="error-code">missing_state</code>');
    expect(tokenRequests()).toHaveLength(0);
  });

  it("another browser's callback (login CSRF) does not connect this one", async () => {
    const victim = new TestBrowser(harness);
    const callback = callbackPath(await answerConsent(harness, await startConnect(), 'approve'));
    await victim.get('/');
    const page = await victim.get(callback);
    expect(page.status).toBe(400);
    expect(page.html).toContain('state_mismatch');
    expect(victim.session!.accessToken).toBeUndefined();
    expect(tokenRequests()).toHaveLength(0);
  });

  it('an expired code → the plain page with the OAuth error code', async () => {
    const callback = callbackPath(await answerConsent(harness, await startConnect(), 'approve'));
    harness.emulator.clock.advance(31_000);
    const page = await browser.get(callback);
    expect(page.status).toBe(400);
    expect(page.html).toContain('The sign-in code is no longer valid');
    expect(page.html).toContain('<code data-testid="error-code">invalid_grant</code>');
    expect(tokenRequests()).toHaveLength(1);
    expect(browser.session!.accessToken).toBeUndefined();
  });

  it('a network failure during the exchange is said in plain words, with no made-up error code', async () => {
    harness = createHarness({
      wrapTransport: (transport) => async (request) => {
        if (!request.url.endsWith('/oauth2/token.json')) return transport(request);
        throw new NetworkError('connect ECONNREFUSED', { mayHaveReachedServer: false, request });
      },
    });
    browser = new TestBrowser(harness);
    const page = await browser.get(
      callbackPath(await answerConsent(harness, await startConnect(), 'approve')),
    );
    expect(page.status).toBe(400);
    expect(page.html).toContain('The request could not be sent. Check the network and try again.');
    expect(page.html).not.toContain('data-testid="error-code"');
    expect(page.html).not.toContain('unknown_error');
    expect(browser.session!.accessToken).toBeUndefined();
  });

  it('a reused code under another pending state → invalid_grant', async () => {
    const firstLocation = await startConnect();
    const secondState = new URL(await startConnect()).searchParams.get('state')!;
    const callback = new URL(await answerConsent(harness, firstLocation, 'approve'));
    expect((await browser.get(callbackPath(callback.toString()))).status).toBe(302);
    callback.searchParams.set('state', secondState);
    const page = await browser.get(callbackPath(callback.toString()));
    expect(page.status).toBe(400);
    expect(page.html).toContain('<code data-testid="error-code">invalid_grant</code>');
    expect(tokenRequests()).toHaveLength(2);
  });
});

describe('disconnect', () => {
  it('deauthorizes the token, clears the session and starts a fresh one', async () => {
    const callback = callbackPath(await answerConsent(harness, await startConnect(), 'approve'));
    await browser.get(callback);
    await browser.get('/dashboard'); // where the callback sends the browser: the connected session's forms
    const oldCookie = browser.cookie!;
    const token = browser.session!.accessToken!;
    const answer = await browser.post('/disconnect');
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/');
    expect(browser.cookie).not.toBe(oldCookie);
    expect(harness.sessions.get(oldCookie)).toBeUndefined();
    expect(harness.emulator.requests.filter((r) => r.path.endsWith('/user/deauthorize.json'))).toHaveLength(
      1,
    );
    const home = await browser.get('/');
    expect(home.html).toContain('Disconnected. Buffer revoked this app’s access.');
    expect(home.html).toContain('Connect Buffer');
    const check = await harness.emulator.fetch(`${EMULATOR_ORIGIN}/1/user.json`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(check.status).toBe(401);
  });

  it('pages that need a connection send a disconnected browser home', async () => {
    await browser.get('/');
    const page = await browser.get('/dashboard');
    expect(page.status).toBe(302);
    expect(page.location).toBe('/');
    expect((await browser.get('/')).html).toContain('Connect a Buffer account first.');
  });
});

describe('token mode (BUFFER_ACCESS_TOKEN)', () => {
  it('connects with the configured token without OAuth, and disconnect leaves that token valid', async () => {
    const token = harness.emulator.issueToken(undefined, TEST_APP.clientId);
    const app = createPlaygroundApp({
      mode: 'token',
      bufferLabel: 'Buffer with a token',
      baseUrl: `${EMULATOR_ORIGIN}/1`,
      transport: harness.transport,
      accessToken: token,
    });
    const tokenBrowser = new TestBrowser({ ...harness, app });
    const home = await tokenBrowser.get('/');
    expect(home.html).toContain('Connect Buffer');
    const connect = await tokenBrowser.post('/connect');
    expect(connect.location).toBe('/dashboard');
    const dashboard = await tokenBrowser.get('/dashboard');
    expect(dashboard.status).toBe(200);
    expect(dashboard.html).not.toContain(token);
    expect((await tokenBrowser.get('/callback?code=1/x&state=y')).status).toBe(404);
    await tokenBrowser.post('/disconnect');
    expect((await tokenBrowser.get('/')).html).toContain(
      'Disconnected. The BUFFER_ACCESS_TOKEN itself was left valid.',
    );
    expect(harness.emulator.requests.some((r) => r.path.endsWith('/user/deauthorize.json'))).toBe(false);
    const check = await harness.emulator.fetch(`${EMULATOR_ORIGIN}/1/user.json`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(check.status).toBe(200);
  });
});

describe('a token Buffer no longer accepts', () => {
  it('ends the connection with Buffer’s code instead of failing every page', async () => {
    await browser.connectDirectly();
    browser.session!.accessToken = 'revoked-or-made-up';
    const page = await browser.get('/dashboard');
    expect(page.status).toBe(302);
    expect(page.location).toBe('/');
    expect(browser.session!.accessToken).toBeUndefined();
    const home = await browser.get('/');
    expect(home.html).toMatch(/\[Buffer error (401|1001)\] Connect again\./);
    expect(home.html).not.toContain('revoked-or-made-up');
  });
});

describe('limits and unknown pages', () => {
  it('refuses an oversized form before reading it', async () => {
    await browser.get('/');
    const page = await browser.post('/connect', { filler: 'x'.repeat(300 * 1024) });
    expect(page.status).toBe(413);
    expect(page.html).toContain('That form is too large');
    expect(browser.session!.attempts.size).toBe(0);
  });

  it('sends every page with the HTML doctype, so browsers render it in standards mode, not quirks mode', async () => {
    const pages = [await browser.get('/'), await browser.get('/no/such/page')];
    await browser.connectDirectly();
    pages.push(await browser.get('/dashboard'));
    const profileId = /href="\/profiles\/([^"/]+)"/.exec(pages[2]!.html)![1]!;
    pages.push(
      await browser.get(`/profiles/${profileId}`),
      await browser.get(`/profiles/${profileId}/schedules`),
    );
    expect(pages.map((page) => [page.status, page.html.slice(0, 22)])).toEqual([
      [200, '<!DOCTYPE html><html l'],
      [404, '<!DOCTYPE html><html l'],
      [200, '<!DOCTYPE html><html l'],
      [200, '<!DOCTYPE html><html l'],
      [200, '<!DOCTYPE html><html l'],
    ]);
  });

  it('answers unknown addresses with a plain 404 page', async () => {
    const page = await browser.get('/no/such/page');
    expect(page.status).toBe(404);
    expect(page.html).toContain('There is no page at this address.');
  });

  it('serves the client script and stylesheet from its own origin', async () => {
    const script = await harness.app.request('/static/playground.js');
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain('resolvedOptions().timeZone');
    const css = await harness.app.request('/static/playground.css');
    expect(css.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });
});
