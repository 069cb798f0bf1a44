import { createEmulator, DEMO_APP, type Emulator } from '@bufferkit/emulator';
import { AbortError, createTransport, fetchTransport } from '@bufferkit/transport';
import { beforeEach, describe, expect, test } from 'vitest';
import { BufferValidationError, createBufferClient, createBufferOAuth } from './index.js';
import { consent } from './test-support/consent.js';
import { EMULATOR_BASE_URL, EMULATOR_ORIGIN, emulatorTransport } from './test-support/harness.js';

// exchangeCallback(url, { expectedState, signal }). Concurrent exchanges of one code share one token request:
// a caller's abort rejects that caller only; the request stops only when every caller sharing it has aborted.

const TOKEN_URL = `${EMULATOR_ORIGIN}/1/oauth2/token.json`;

let emulator: Emulator;
/** Waits of the rate limiter; each ends (and the emulator's clock moves on) only when the test says so. */
let waits: (() => void)[];

beforeEach(() => {
  emulator = createEmulator({ now: Date.UTC(2030, 0, 15, 9, 0, 0) });
  waits = [];
});

/** OAuth over a transport allowing one request per 10 s, with that one used up: token requests queue. */
async function queuedOAuth() {
  const transport = createTransport({
    adapter: fetchTransport({ fetch: emulator.fetch }),
    // A short window: the wait (10 s) stays inside the code's 30 s lifetime.
    rateLimit: { limit: 1, windowMs: 10_000, key: () => 'all' },
    now: () => emulator.clock.now(),
    sleep: (ms) =>
      new Promise<void>((resolve) =>
        waits.push(() => {
          emulator.clock.advance(ms);
          resolve();
        }),
      ),
  });
  await transport({ method: 'GET', url: `${EMULATOR_BASE_URL}/info/configuration.json`, headers: {} });
  const oauth = createBufferOAuth({
    clientId: DEMO_APP.clientId,
    clientSecret: DEMO_APP.clientSecret,
    redirectUri: DEMO_APP.redirectUri,
    authorizeUrl: `${EMULATOR_ORIGIN}/oauth2/authorize`,
    tokenUrl: TOKEN_URL,
    transport,
  });
  const { url, state } = oauth.authorizationUrl();
  const callback = await consent(emulator, url, 'approve');
  return { oauth, state, callback };
}

const tokenRequests = () => emulator.requests.filter((r) => r.path === '/1/oauth2/token.json');
const turn = () => new Promise((resolve) => setImmediate(resolve));

async function release(): Promise<void> {
  await turn();
  for (const wait of waits.splice(0)) wait();
  await turn();
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

async function tokenWorks(accessToken: string): Promise<boolean> {
  const client = createBufferClient({
    accessToken,
    baseUrl: EMULATOR_BASE_URL,
    transport: emulatorTransport(emulator),
  });
  return (await client.user.get()).id === emulator.demoUserId;
}

describe('exchangeCallback with a signal', () => {
  test.each([
    { aborting: 'first', other: 'its own signal' },
    { aborting: 'first', other: 'no signal' },
    { aborting: 'second', other: 'its own signal' },
    { aborting: 'second', other: 'no signal' },
  ])(
    'the $aborting of two callers sharing the request aborts: it alone rejects; the other (with $other) gets the token from the one request',
    async ({ aborting, other }) => {
      const { oauth, state, callback } = await queuedOAuth();
      const leaving = new AbortController();
      const staying = new AbortController();
      const start = (signal?: AbortSignal) =>
        oauth.exchangeCallback(callback, { expectedState: state, ...(signal ? { signal } : {}) });
      const otherSignal = other === 'no signal' ? undefined : staying.signal;
      let leaver: Promise<unknown>;
      let stayer: ReturnType<typeof start>;
      if (aborting === 'first') {
        leaver = start(leaving.signal);
        stayer = start(otherSignal);
      } else {
        stayer = start(otherSignal);
        leaver = start(leaving.signal);
      }
      await turn();
      expect(waits).toHaveLength(1); // one shared token request, queued

      leaving.abort();
      const error = (await failure(leaver)) as AbortError;
      expect(error).toBeInstanceOf(AbortError);
      expect(error.request).toEqual({ method: 'POST', url: TOKEN_URL });

      await release();
      const token = await stayer;
      expect(tokenRequests()).toHaveLength(1);
      expect(await tokenWorks(token.accessToken)).toBe(true);
    },
  );

  test('every caller aborts while queued: the token request is cancelled and never sent, so the code still works', async () => {
    const { oauth, state, callback } = await queuedOAuth();
    const a = new AbortController();
    const b = new AbortController();
    const first = oauth.exchangeCallback(callback, { expectedState: state, signal: a.signal });
    const second = oauth.exchangeCallback(callback, { expectedState: state, signal: b.signal });
    await turn();
    a.abort();
    b.abort();
    expect(await failure(first)).toBeInstanceOf(AbortError);
    expect(await failure(second)).toBeInstanceOf(AbortError);

    await release();
    expect(tokenRequests()).toEqual([]);

    // A new exchange of the same code starts a request of its own, and the unused code is accepted.
    const again = await oauth.exchangeCallback(callback, { expectedState: state });
    expect(tokenRequests()).toHaveLength(1);
    expect(await tokenWorks(again.accessToken)).toBe(true);
  });

  test('a caller already aborted is refused at once, starts nothing, and leaves a shared request alone', async () => {
    const { oauth, state, callback } = await queuedOAuth();
    const running = oauth.exchangeCallback(callback, { expectedState: state });
    const aborted = AbortSignal.abort();
    const error = (await failure(
      oauth.exchangeCallback(callback, { expectedState: state, signal: aborted }),
    )) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    // Neither the client secret nor the code is in the error.
    const code = new URL(callback).searchParams.get('code') ?? '';
    const dump = `${JSON.stringify(error)} ${error.message} ${error.stack}`;
    expect(dump).not.toContain(DEMO_APP.clientSecret);
    expect(dump).not.toContain(code.slice(2));

    await release();
    expect(await tokenWorks((await running).accessToken)).toBe(true);
    expect(tokenRequests()).toHaveLength(1);
  });

  test('the state is checked first; a signal that is not an AbortSignal is refused before any request', async () => {
    const { oauth, state, callback } = await queuedOAuth();
    const error = (await failure(
      oauth.exchangeCallback(callback, { expectedState: state, signal: 'later' as unknown as AbortSignal }),
    )) as BufferValidationError;
    expect(error).toBeInstanceOf(BufferValidationError);
    expect(error).toMatchObject({ operation: 'exchangeCallback', path: 'signal' });
    await release();
    expect(tokenRequests()).toEqual([]);
  });
});
