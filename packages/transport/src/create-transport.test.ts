import ky from 'ky';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTransport } from './create-transport.js';
import { AbortError, HookError, NetworkError, RateLimitError, TimeoutError } from './errors.js';
import { fetchTransport } from './fetch-transport.js';
import { kyTransport } from './ky-transport.js';
import { fakeClock, foreverSleep } from './test-support/fake-clock.js';
import { closedPortUrl, type LoopbackServer, startLoopbackServer } from './test-support/loopback-server.js';
import { hang, response, scriptedAdapter } from './test-support/scripted-adapter.js';
import type { HttpRequest, Transport } from './types.js';

const POST = (url = 'https://api.example/1/updates/create.json'): HttpRequest => ({
  method: 'POST',
  url,
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: 'text=hi&profile_ids[]=p1',
});
const GET = (url = 'https://api.example/1/user.json'): HttpRequest => ({ method: 'GET', url, headers: {} });

const refused = () =>
  new NetworkError('Could not connect', {
    mayHaveReachedServer: false,
    request: { method: 'POST', url: 'x:' },
  });
const reset = () =>
  new NetworkError('reset', { mayHaveReachedServer: true, request: { method: 'POST', url: 'x:' } });

describe.each<[string, () => Transport]>([
  ['fetch', () => fetchTransport()],
  ['ky', () => kyTransport({ ky })],
])('policies over a real server with the %s adapter', (_name, makeAdapter) => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
  });

  it('a POST whose connection is reset after the server read its body is NOT resent', async () => {
    server.script({ kind: 'reset-after-body' }, { kind: 'respond', status: 200, body: 'second' });
    const clock = fakeClock();
    const transport = createTransport({ adapter: makeAdapter(), sleep: clock.sleep, now: clock.now });
    const error = await transport(POST(`${server.url}/1/updates/create.json`)).catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.mayHaveReachedServer).toBe(true);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.body.toString()).toBe('text=hi&profile_ids[]=p1');
    expect(clock.sleeps).toEqual([]);
  });

  it('the same reset on a GET is retried and the second answer returned', async () => {
    server.script({ kind: 'reset-after-body' }, { kind: 'respond', status: 200, body: 'second' });
    const clock = fakeClock();
    const transport = createTransport({ adapter: makeAdapter(), sleep: clock.sleep, random: () => 0.5 });
    const answer = await transport(GET(`${server.url}/1/user.json`));
    expect(answer).toMatchObject({ status: 200, text: 'second' });
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([150]);
  });

  it('a GET answered 503 then 200 returns the 200', async () => {
    server.script(
      { kind: 'respond', status: 503, body: '<html>down</html>' },
      { kind: 'respond', status: 200 },
    );
    const clock = fakeClock();
    const transport = createTransport({ adapter: makeAdapter(), sleep: clock.sleep, random: () => 1 });
    expect((await transport(GET(`${server.url}/a`))).status).toBe(200);
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([300]);
  });

  it('a POST answered 429 with Retry-After: 2 is resent after 2 s', async () => {
    server.script(
      { kind: 'respond', status: 429, headers: { 'retry-after': '2' } },
      { kind: 'respond', status: 200 },
    );
    const clock = fakeClock();
    const transport = createTransport({ adapter: makeAdapter(), sleep: clock.sleep, now: clock.now });
    expect((await transport(POST(`${server.url}/p`))).status).toBe(200);
    expect(server.requests.map((r) => r.body.toString())).toEqual([
      'text=hi&profile_ids[]=p1',
      'text=hi&profile_ids[]=p1',
    ]);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('a refused POST is retried (it provably never reached a server)', async () => {
    const down = await closedPortUrl();
    const clock = fakeClock();
    const transport = createTransport({ adapter: makeAdapter(), sleep: clock.sleep, random: () => 0 });
    const error = await transport(POST(`${down}/p`)).catch((e) => e);
    expect(error).toMatchObject({ name: 'NetworkError', mayHaveReachedServer: false });
    expect(clock.sleeps).toHaveLength(2);
  });

  it('the timeout also covers reading the body', async () => {
    server.script({ kind: 'stall-body', body: '{"updates":[' });
    const transport = createTransport({ adapter: makeAdapter(), timeoutMs: 250, retry: false });
    await expect(transport(GET(`${server.url}/slow-body`))).rejects.toBeInstanceOf(TimeoutError);
  });

  it('an abort while the body is being read → AbortError', async () => {
    server.script({ kind: 'stall-body', body: '{"updates":[' });
    const controller = new AbortController();
    const transport = createTransport({ adapter: makeAdapter() });
    const pending = transport({ ...GET(`${server.url}/slow-body`), signal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  it('a stalled POST times out and is not resent; a stalled GET is', async () => {
    server.script({ kind: 'stall' }, { kind: 'stall' }, { kind: 'stall' });
    const clock = fakeClock();
    const transport = createTransport({
      adapter: makeAdapter(),
      timeoutMs: 250,
      sleep: clock.sleep,
      retry: { attempts: 2 },
    });
    await expect(transport(POST(`${server.url}/p`))).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
    const error = await transport(GET(`${server.url}/g`)).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeoutMs).toBe(250);
    expect(server.requests).toHaveLength(3);
  });
});

describe('retry decisions', () => {
  it('a non-idempotent request is not retried on a 5xx: the answer is returned', async () => {
    const { adapter, calls } = scriptedAdapter(response(503, {}, 'down'));
    const transport = createTransport({ adapter, sleep: fakeClock().sleep });
    expect(await transport(POST())).toMatchObject({ status: 503, text: 'down' });
    expect(calls).toHaveLength(1);
  });

  it('idempotent: true makes a POST retryable on 5xx and resets', async () => {
    const { adapter, calls } = scriptedAdapter(response(502), reset(), response(200, {}, 'ok'));
    const transport = createTransport({ adapter, sleep: fakeClock().sleep });
    expect((await transport({ ...POST(), idempotent: true })).status).toBe(200);
    expect(calls).toHaveLength(3);
  });

  it('idempotent: false makes a GET unsafe to resend after a reset', async () => {
    const { adapter, calls } = scriptedAdapter(reset());
    const transport = createTransport({ adapter, sleep: fakeClock().sleep });
    await expect(transport({ ...GET(), idempotent: false })).rejects.toBeInstanceOf(NetworkError);
    expect(calls).toHaveLength(1);
  });

  it('a refused POST is retried, then succeeds', async () => {
    const { adapter, calls } = scriptedAdapter(refused(), response(201, {}, 'created'));
    const transport = createTransport({ adapter, sleep: fakeClock().sleep });
    expect(await transport(POST())).toMatchObject({ status: 201, text: 'created' });
    expect(calls).toHaveLength(2);
  });

  it('when attempts run out on a status, the last response is returned', async () => {
    const { adapter, calls } = scriptedAdapter(
      response(500, {}, '1'),
      response(502, {}, '2'),
      response(503, {}, '3'),
    );
    const clock = fakeClock();
    const transport = createTransport({ adapter, sleep: clock.sleep, random: () => 1 });
    expect(await transport(GET())).toMatchObject({ status: 503, text: '3' });
    expect(calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([300, 600]);
  });

  it('when attempts run out on errors, the last error is thrown', async () => {
    const { adapter, calls } = scriptedAdapter(reset(), reset(), reset(), response(200));
    const transport = createTransport({ adapter, sleep: fakeClock().sleep, retry: { attempts: 3 } });
    await expect(transport(GET())).rejects.toBeInstanceOf(NetworkError);
    expect(calls).toHaveLength(3);
  });

  it('statuses outside the list (400, 401, 404, 501) are returned at once', async () => {
    for (const status of [400, 401, 404, 501]) {
      const { adapter, calls } = scriptedAdapter(response(status));
      const transport = createTransport({ adapter, sleep: fakeClock().sleep });
      expect((await transport(GET())).status).toBe(status);
      expect(calls).toHaveLength(1);
    }
  });

  it('retry: false sends once', async () => {
    const { adapter, calls } = scriptedAdapter(response(503), response(200));
    const transport = createTransport({ adapter, retry: false });
    expect((await transport(GET())).status).toBe(503);
    expect(calls).toHaveLength(1);
  });

  it('custom statuses and attempts are honoured', async () => {
    const { adapter, calls } = scriptedAdapter(response(409), response(409), response(409), response(409));
    const transport = createTransport({
      adapter,
      sleep: fakeClock().sleep,
      retry: { attempts: 4, statuses: [409] },
    });
    expect((await transport(GET())).status).toBe(409);
    expect(calls).toHaveLength(4);
  });

  it('backoff doubles up to maxDelayMs, scaled by the jitter', async () => {
    const { adapter } = scriptedAdapter(...Array.from({ length: 6 }, () => response(503)));
    const clock = fakeClock();
    const transport = createTransport({
      adapter,
      sleep: clock.sleep,
      random: () => 0.5,
      retry: { attempts: 6, baseDelayMs: 100, maxDelayMs: 1000 },
    });
    await transport(GET());
    expect(clock.sleeps).toEqual([50, 100, 200, 400, 500]);
  });

  it('an error thrown by a custom adapter that is not ours counts as possibly delivered', async () => {
    const { adapter, calls } = scriptedAdapter(new Error('socket exploded'));
    const transport = createTransport({ adapter, sleep: fakeClock().sleep });
    const error = await transport(POST()).catch((e) => e);
    expect(error).toMatchObject({ name: 'NetworkError', mayHaveReachedServer: true });
    expect(error.cause.message).toBe('socket exploded');
    expect(calls).toHaveLength(1);
  });

  it('a custom adapter’s plain-object headers are turned into Headers', async () => {
    const adapter = async () => ({
      status: 429,
      headers: { 'Retry-After': '1' } as unknown as Headers,
      text: '',
    });
    const clock = fakeClock();
    const transport = createTransport({ adapter, sleep: clock.sleep, retry: { attempts: 2 } });
    const answer = await transport(GET());
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(clock.sleeps).toEqual([1000]);
  });

  it('rejects bad options with a RangeError that names the option', () => {
    expect(() => createTransport({ retry: { attempts: 0 } })).toThrow(
      /retry.attempts must be an integer ≥ 1/,
    );
    expect(() => createTransport({ timeoutMs: -1 })).toThrow(RangeError);
    expect(() => createTransport({ rateLimit: { limit: 0, windowMs: 1000 } })).toThrow(/rateLimit.limit/);
  });
});

describe('Retry-After', () => {
  it.each([
    ['0', 0],
    ['2', 2000],
    ['Wed, 01 Jan 2025 00:00:05 GMT', 5000],
    ['Tue, 31 Dec 2024 23:59:00 GMT', 0],
  ])('Retry-After: %s on a 429 waits %i ms', async (value, wait) => {
    const { adapter, calls } = scriptedAdapter(response(429, { 'retry-after': value }), response(200));
    const clock = fakeClock(Date.UTC(2025, 0, 1));
    const transport = createTransport({ adapter, sleep: clock.sleep, now: clock.now, random: () => 0.99 });
    expect((await transport(POST())).status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(clock.sleeps).toEqual([wait]);
  });

  it('an unparseable Retry-After falls back to backoff', async () => {
    const { adapter } = scriptedAdapter(response(503, { 'retry-after': 'soon' }), response(200));
    const clock = fakeClock();
    const transport = createTransport({ adapter, sleep: clock.sleep, random: () => 1 });
    await transport(GET());
    expect(clock.sleeps).toEqual([300]);
  });

  it('a wait above maxRetryAfterMs is not slept through: RateLimitError with retryAfterMs and the answer', async () => {
    const { adapter, calls } = scriptedAdapter(
      response(429, { 'retry-after': '120' }, '{"error":"slow down"}'),
    );
    const clock = fakeClock();
    const transport = createTransport({ adapter, sleep: clock.sleep, now: clock.now });
    const error = await transport(POST()).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: 'ERR_RATE_LIMITED', status: 429, retryAfterMs: 120_000 });
    expect(error.response.text).toBe('{"error":"slow down"}');
    expect(clock.sleeps).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('a long Retry-After on the last attempt returns the answer (nothing left to wait for)', async () => {
    const { adapter } = scriptedAdapter(response(429, { 'retry-after': '120' }));
    const transport = createTransport({ adapter, retry: { attempts: 1 } });
    expect((await transport(GET())).status).toBe(429);
  });

  it('a 503 with Retry-After on a POST is returned, not resent', async () => {
    const { adapter, calls } = scriptedAdapter(response(503, { 'retry-after': '1' }));
    const transport = createTransport({ adapter, sleep: fakeClock().sleep });
    expect((await transport(POST())).status).toBe(503);
    expect(calls).toHaveLength(1);
  });
});

describe('abort and timeout', () => {
  it('an already aborted signal rejects before anything is sent', async () => {
    const { adapter, calls } = scriptedAdapter();
    const transport = createTransport({ adapter });
    await expect(transport({ ...GET(), signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(0);
  });

  it('an abort during the backoff sleep rejects at once and nothing more is sent', async () => {
    const { adapter, calls } = scriptedAdapter(response(503), response(200));
    const sleeps: number[] = [];
    const transport = createTransport({ adapter, sleep: foreverSleep(sleeps), random: () => 1 });
    const controller = new AbortController();
    const pending = transport({ ...GET(), signal: controller.signal });
    while (sleeps.length === 0) await Promise.resolve();
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(1);
  });

  it('an abort rejects at once even when the adapter ignores the signal', async () => {
    const never = () => new Promise<never>(() => {});
    const { adapter } = scriptedAdapter(never);
    const transport = createTransport({ adapter, timeoutMs: Number.POSITIVE_INFINITY });
    const controller = new AbortController();
    const pending = transport({ ...POST(), signal: controller.signal });
    await Promise.resolve();
    controller.abort(new Error('user left'));
    const error = await pending.catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.cause.message).toBe('user left');
  });

  it('an abort during the onRequest hook stops the request before the adapter is called', async () => {
    const controller = new AbortController();
    const { adapter, calls } = scriptedAdapter();
    const transport = createTransport({ adapter, hooks: { onRequest: () => controller.abort() } });
    await expect(transport({ ...POST(), signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(0);
  });

  it('an abort is never retried, even for a GET', async () => {
    const controller = new AbortController();
    const { adapter, calls } = scriptedAdapter(async (request) => {
      controller.abort();
      return hang(request) as never;
    });
    const transport = createTransport({ adapter, sleep: fakeClock().sleep });
    await expect(transport({ ...GET(), signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(1);
  });

  it('each attempt gets a fresh timer and a live signal', async () => {
    const { adapter, calls } = scriptedAdapter(hang, hang, response(200));
    const transport = createTransport({ adapter, timeoutMs: 5, sleep: fakeClock().sleep });
    expect((await transport(GET())).status).toBe(200);
    expect(calls).toHaveLength(3);
    expect(calls.map((c) => c.signal?.aborted)).toEqual([true, true, false]);
    expect(new Set(calls.map((c) => c.signal)).size).toBe(3);
  });

  it('a timeout rejects even when the adapter ignores the signal', async () => {
    const { adapter } = scriptedAdapter(() => new Promise<never>(() => {}));
    const transport = createTransport({ adapter, timeoutMs: 5, retry: false });
    const error = await transport(POST()).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(/No response within 5 ms/);
  });

  it('the caller’s signal still reaches the adapter through the combined signal', async () => {
    const { adapter, calls } = scriptedAdapter(hang);
    const transport = createTransport({ adapter });
    const controller = new AbortController();
    const pending = transport({ ...GET(), signal: controller.signal });
    while (calls.length === 0) await Promise.resolve();
    expect(calls[0]?.signal?.aborted).toBe(false);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(calls[0]?.signal?.aborted).toBe(true);
  });
});

describe('hooks', () => {
  it('see every attempt, response and error, with redacted views and willRetry', async () => {
    const events: string[] = [];
    const { adapter } = scriptedAdapter(
      reset(),
      response(503, { 'set-cookie': 's=1' }),
      response(200, {}, 'fine'),
    );
    const transport = createTransport({
      adapter,
      sleep: fakeClock().sleep,
      hooks: {
        onRequest: (e) => {
          events.push(
            `request ${e.attempt} ${e.request.method} ${e.request.url} ${e.request.headers.Authorization}`,
          );
        },
        onResponse: (e) => {
          events.push(
            `response ${e.attempt} ${e.status} retry=${e.willRetry} cookie=${e.headers['set-cookie']}`,
          );
        },
        onError: (e) => {
          events.push(`error ${e.attempt} ${e.error.name} retry=${e.willRetry}`);
        },
      },
    });
    await transport({
      ...GET('https://api.example/1/user.json?access_token=tok'),
      headers: { Authorization: 'Bearer tok' },
    });
    expect(events).toEqual([
      'request 1 GET https://api.example/1/user.json?access_token=[REDACTED] [REDACTED]',
      'error 1 NetworkError retry=true',
      'request 2 GET https://api.example/1/user.json?access_token=[REDACTED] [REDACTED]',
      'response 2 503 retry=true cookie=[REDACTED]',
      'request 3 GET https://api.example/1/user.json?access_token=[REDACTED] [REDACTED]',
      'response 3 200 retry=false cookie=undefined',
    ]);
  });

  it.each([
    ['header', { headers: { Authorization: 'Bearer 1/echoedSecretToken42' } }],
    ['query', { url: 'https://api.example/1/user.json?access_token=1%2FechoedSecretToken42' }],
    [
      'body',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'text=hi&access_token=1/echoedSecretToken42',
      },
    ],
  ])(
    'hooks never see a token the server echoes back in its body or headers (token in the %s)',
    async (_p, over) => {
      const token = '1/echoedSecretToken42';
      const { adapter } = scriptedAdapter(
        response(401, { 'x-debug': `rejected ${token}` }, `<p>The token ${token} is not valid</p>`),
      );
      const seen: unknown[] = [];
      const transport = createTransport({
        adapter,
        hooks: { onRequest: (e) => void seen.push(e), onResponse: (e) => void seen.push(e) },
      });
      await transport({ ...GET(), ...over });
      const logged = JSON.stringify(seen);
      expect(logged).not.toContain(token);
      expect(logged).not.toContain('echoedSecretToken42');
      const responseEvent = seen[1] as { text: string; headers: Record<string, string> };
      expect(responseEvent.text).toBe('<p>The token [REDACTED] is not valid</p>');
      expect(responseEvent.headers['x-debug']).toBe('rejected [REDACTED]');
    },
  );

  it('a throwing onRequest hook fails the call before anything is sent', async () => {
    const { adapter, calls } = scriptedAdapter();
    const transport = createTransport({
      adapter,
      hooks: {
        onRequest: () => {
          throw new Error('logger down');
        },
      },
    });
    const error = await transport(POST()).catch((e) => e);
    expect(error).toBeInstanceOf(HookError);
    expect(error).toMatchObject({ hook: 'onRequest', code: 'ERR_HOOK_FAILED' });
    expect(calls).toHaveLength(0);
  });

  it('a throwing onResponse hook keeps the server’s answer on the error', async () => {
    const { adapter } = scriptedAdapter(response(201, {}, '{"success":true}'));
    const transport = createTransport({
      adapter,
      hooks: {
        onResponse: async () => {
          throw new Error('metrics down');
        },
      },
    });
    const error = await transport(POST()).catch((e) => e);
    expect(error).toMatchObject({ name: 'HookError', hook: 'onResponse' });
    expect(error.response).toMatchObject({ status: 201, text: '{"success":true}' });
  });

  it('a throwing onError hook keeps the transport error', async () => {
    const { adapter } = scriptedAdapter(reset());
    const transport = createTransport({
      adapter,
      hooks: {
        onError: () => {
          throw new Error('x');
        },
      },
    });
    const error = await transport(POST()).catch((e) => e);
    expect(error).toMatchObject({ name: 'HookError', hook: 'onError' });
    expect(error.error).toBeInstanceOf(NetworkError);
  });
});
