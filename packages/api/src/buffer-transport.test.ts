import { createEmulator, DEMO_IDS, type Emulator } from '@bufferkit/emulator';
import { fetchTransport, type HttpRequest, type HttpResponse, type Transport } from '@bufferkit/transport';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { BUFFER_RATE_LIMIT, createBufferTransport } from './buffer-transport.js';
import { BufferApiError, type BufferClient, createBufferClient } from './index.js';
import { EMULATOR_BASE_URL, emulatorTransport } from './test-support/harness.js';

// Buffer's default policy (createBufferTransport) driven through a real client against the emulator, which
// enforces Buffer's own 60-per-minute limit. The transport's clock is the emulator's manual clock and its sleep
// advances that clock, so a wait is recorded and costs nothing.

const START = Date.UTC(2030, 0, 15, 9, 0, 0);
const CREATE = '/1/updates/create.json';

interface Rig {
  emulator: Emulator;
  token: string;
  client: BufferClient;
  transport: Transport;
  /** Every wait the transport asked for (rate limiter, backoff, Retry-After), in ms. */
  slept: number[];
  /** The status of every answer that reached the client, by path. */
  answers: { path: string; status: number }[];
}

/** `scripted` sits between the policy and the emulator, to replace answers. */
function rig(scripted: (inner: Transport) => Transport = (inner) => inner, options = {}): Rig {
  const emulator = createEmulator({ now: START });
  const token = emulator.issueToken();
  const slept: number[] = [];
  const answers: Rig['answers'] = [];
  const inner = fetchTransport({ fetch: emulator.fetch });
  const scriptedAdapter = scripted(inner);
  let inFlight = 0;
  const idle: (() => void)[] = [];
  const adapter: Transport = async (request) => {
    inFlight++;
    try {
      const response = await scriptedAdapter(request);
      answers.push({ path: new URL(request.url).pathname, status: response.status });
      return response;
    } finally {
      inFlight--;
      if (inFlight === 0) for (const resume of idle.splice(0)) resume();
    }
  };
  const transport = createBufferTransport({
    adapter,
    now: () => emulator.clock.now(),
    // Time passes only once the requests already let through have arrived (a wait is long, transit short):
    // a macrotask turn lets every granted request reach the adapter, then the wait is for their answers.
    sleep: async (ms) => {
      slept.push(ms);
      await new Promise((resume) => setImmediate(resume));
      if (inFlight > 0) await new Promise<void>((resume) => idle.push(resume));
      emulator.clock.advance(ms);
    },
    random: () => 0.5,
    ...options,
  });
  const client = createBufferClient({ accessToken: token, baseUrl: EMULATOR_BASE_URL, transport });
  return { emulator, token, client, transport, slept, answers };
}

/** Delivers matching requests to the emulator (it does the work), then answers `status` instead, `times` times. */
function replaceAnswer(
  matches: (request: HttpRequest) => boolean,
  status: number,
  times = 1,
  headers: Record<string, string> = {},
) {
  let left = times;
  return (inner: Transport): Transport =>
    async (request) => {
      const real = await inner(request);
      if (!matches(request) || left <= 0) return real;
      left--;
      return {
        status,
        headers: new Headers({ 'content-type': 'application/json', ...headers }),
        text: JSON.stringify({ success: false, code: 1000, message: 'Service Unavailable' }),
      } satisfies HttpResponse;
    };
}

const isPath = (path: string) => (request: HttpRequest) => new URL(request.url).pathname === path;

describe('createBufferTransport: the rate limit', () => {
  test('61 calls in a minute: the 61st waits exactly once, for the window, and Buffer never answers 429', async () => {
    const r = rig();
    const users = [];
    for (let i = 0; i < 61; i++) users.push(await r.client.user.get());
    expect(users.map((u) => u.id)).toEqual(Array(61).fill(DEMO_IDS.user));
    expect(r.slept).toEqual([60_000]);
    expect(r.emulator.requests).toHaveLength(61);
    expect(r.emulator.requests.every((q) => q.path === '/1/user.json')).toBe(true);
    expect(r.emulator.requests.map((q) => q.at)).toEqual([
      ...Array(60).fill(START),
      START + BUFFER_RATE_LIMIT.windowMs,
    ]);
    expect(r.answers.map((a) => a.status)).toEqual(Array(61).fill(200));
  });

  test('the same with 61 calls at once: 60 go, the 61st is queued until the window frees', async () => {
    const r = rig();
    const users = await Promise.all(Array.from({ length: 61 }, () => r.client.user.get()));
    expect(users).toHaveLength(61);
    expect(r.slept).toEqual([60_000]);
    expect(r.emulator.requests.map((q) => q.at)).toEqual([
      ...Array(60).fill(START),
      START + BUFFER_RATE_LIMIT.windowMs,
    ]);
    expect(r.answers.filter((a) => a.status !== 200)).toEqual([]);
  });

  test('the budget is per access token: another user’s client is not held back', async () => {
    const r = rig();
    for (let i = 0; i < 60; i++) await r.client.user.get();
    const other = createBufferClient({
      accessToken: r.emulator.issueToken(DEMO_IDS.otherUser),
      baseUrl: EMULATOR_BASE_URL,
      // The same transport instance: one process, two users.
      transport: r.transport,
    });
    expect((await other.user.get()).id).toBe(DEMO_IDS.otherUser);
    expect(r.slept).toEqual([]);
  });

  test('rateLimit: undefined (an options object spread from config) keeps Buffer’s limit', async () => {
    const r = rig(undefined, { rateLimit: undefined });
    for (let i = 0; i < 61; i++) await r.client.user.get();
    expect(r.slept).toEqual([60_000]);
    expect(r.answers.filter((a) => a.status === 429)).toEqual([]);
  });

  test('rateLimit: false turns the client-side queue off (Buffer’s own 429 then shows)', async () => {
    const r = rig(undefined, { rateLimit: false, retry: false });
    for (let i = 0; i < 60; i++) await r.client.user.get();
    const error = await r.client.user.get().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RateLimitError', retryAfterMs: 60_000 });
    expect(r.slept).toEqual([]);
  });
});

describe('createBufferTransport: retries', () => {
  test('a 503 on a create is not retried: one create in the log, one update queued, the 503 surfaces', async () => {
    const r = rig(replaceAnswer(isPath(CREATE), 503));
    const error = await r.client.updates
      .create({ profileIds: [DEMO_IDS.twitter], text: 'Exactly once' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BufferApiError);
    expect(error).toMatchObject({ status: 503, code: 1000, serverMessage: 'Service Unavailable' });
    expect(r.emulator.requests.filter((q) => q.path === CREATE)).toHaveLength(1);
    expect(r.emulator.pendingOf(DEMO_IDS.twitter).filter((u) => u.text === 'Exactly once')).toHaveLength(1);
    expect(r.slept).toEqual([]);
  });

  test('a 503 on a GET is retried after a backoff and succeeds', async () => {
    const r = rig(replaceAnswer(isPath('/1/user.json'), 503));
    expect((await r.client.user.get()).id).toBe(DEMO_IDS.user);
    expect(r.answers).toEqual([
      { path: '/1/user.json', status: 503 },
      { path: '/1/user.json', status: 200 },
    ]);
    expect(r.emulator.requests.map((q) => q.path)).toEqual(['/1/user.json', '/1/user.json']);
    // Full-jitter backoff: random 0.5 of the first ceiling, 300 ms.
    expect(r.slept).toEqual([150]);
  });

  test('a GET gives up after 3 attempts and returns the last 503 as a BufferApiError', async () => {
    const r = rig(replaceAnswer(isPath('/1/user.json'), 503, 3));
    const error = await r.client.user.get().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'BufferApiError', status: 503 });
    expect(r.emulator.requests).toHaveLength(3);
    expect(r.slept).toEqual([150, 300]);
  });

  test('a 429 from Buffer on a create (budget used elsewhere) is retried after Retry-After, and posts once', async () => {
    const r = rig();
    // Another process with the same token used the whole budget at START, outside this transport's limiter.
    const elsewhere = createBufferClient({
      accessToken: r.token,
      baseUrl: EMULATOR_BASE_URL,
      transport: emulatorTransport(r.emulator),
    });
    for (let i = 0; i < 60; i++) await elsewhere.user.get();
    r.emulator.clock.advance(45_000);

    const result = await r.client.updates.create({ profileIds: [DEMO_IDS.twitter], text: 'After the wait' });
    expect(result.updates[0]?.text).toBe('After the wait');
    expect(r.answers).toEqual([
      { path: CREATE, status: 429 },
      { path: CREATE, status: 200 },
    ]);
    // Retry-After: 15 (the oldest request leaves the window at START + 60 s).
    expect(r.slept).toEqual([15_000]);
    expect(r.emulator.requests.filter((q) => q.path === CREATE).map((q) => q.at)).toEqual([
      START + 45_000,
      START + 60_000,
    ]);
    expect(r.emulator.pendingOf(DEMO_IDS.twitter).filter((u) => u.text === 'After the wait')).toHaveLength(1);
  });
});

describe('a client created without a transport gets Buffer’s policy, shared by the process', () => {
  // The default transport uses the global fetch, setTimeout and Date: fetch is stubbed to reach the emulator,
  // time is faked (the emulator's real-time clock follows the faked Date), and the module is loaded afresh so
  // the process-wide transport is created under the fakes.
  interface Seen {
    path: string;
    status: number;
    at: number;
  }

  async function defaultRig(replace?: (path: string, n: number) => number | undefined) {
    vi.useFakeTimers({ now: START, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const emulator = createEmulator();
    const seen: Seen[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await emulator.fetch(input instanceof URL ? input.href : input, init);
      const path = new URL(response.url || String(input)).pathname;
      const n = seen.filter((s) => s.path === path).length + 1;
      const status = replace?.(path, n) ?? response.status;
      seen.push({ path, status, at: Date.now() });
      return status === response.status
        ? response
        : new Response(JSON.stringify({ success: false, code: 1000, message: 'Service Unavailable' }), {
            status,
            headers: { 'content-type': 'application/json' },
          });
    });
    vi.resetModules();
    const api = await import('./index.js');
    const token = emulator.issueToken();
    const newClient = () => api.createBufferClient({ accessToken: token, baseUrl: EMULATOR_BASE_URL });
    return { emulator, seen, api, newClient };
  }

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  test('two clients of one token share one budget: the 61st call waits for the window, Buffer never says 429', async () => {
    const { seen, newClient } = await defaultRig();
    const a = newClient();
    const b = newClient();
    for (let i = 0; i < 30; i++) {
      await a.user.get();
      await b.user.get();
    }
    const sixtyFirst = b.user.get();
    await vi.advanceTimersByTimeAsync(BUFFER_RATE_LIMIT.windowMs - 1);
    expect(seen).toHaveLength(60);
    await vi.advanceTimersByTimeAsync(1);
    expect((await sixtyFirst).id).toBe(DEMO_IDS.user);
    expect(seen.map((s) => s.status)).toEqual(Array(61).fill(200));
    expect(seen.map((s) => s.at)).toEqual([...Array(60).fill(START), START + BUFFER_RATE_LIMIT.windowMs]);
  });

  test('a 503 on a GET is retried, a 503 on a create is not', async () => {
    const { emulator, seen, api, newClient } = await defaultRig((_path, n) => (n === 1 ? 503 : undefined));
    const client = newClient();
    const user = client.user.get();
    await vi.advanceTimersByTimeAsync(300); // the first backoff is at most 300 ms
    expect((await user).id).toBe(DEMO_IDS.user);
    expect(seen.map((s) => [s.path, s.status])).toEqual([
      ['/1/user.json', 503],
      ['/1/user.json', 200],
    ]);

    const error = await client.updates
      .create({ profileIds: [DEMO_IDS.twitter], text: 'Default policy, once' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.BufferApiError);
    expect((error as BufferApiError).status).toBe(503);
    expect(seen.filter((s) => s.path === CREATE)).toHaveLength(1);
    expect(emulator.requests.filter((q) => q.path === CREATE)).toHaveLength(1);
    expect(
      emulator.pendingOf(DEMO_IDS.twitter).filter((u) => u.text === 'Default policy, once'),
    ).toHaveLength(1);
  });
});
