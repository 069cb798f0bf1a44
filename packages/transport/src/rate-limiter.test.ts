import { describe, expect, it } from 'vitest';
import { createTransport } from './create-transport.js';
import { AbortError } from './errors.js';
import { defaultRateLimitKey } from './rate-limit-key.js';
import { createRateLimiter } from './rate-limiter.js';
import { fakeClock } from './test-support/fake-clock.js';
import { scriptedAdapter } from './test-support/scripted-adapter.js';
import type { HttpRequest } from './types.js';

const toError = () => new AbortError('aborted');

/** A clock whose sleeps wait until the test advances time, so queued requests can be observed. */
function manualClock() {
  let time = 0;
  const timers: Array<{ at: number; resolve: () => void }> = [];
  return {
    now: () => time,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        timers.push({ at: time + ms, resolve });
      }),
    async advanceTo(at: number) {
      time = at;
      for (const timer of timers.splice(0)) {
        if (timer.at <= time) timer.resolve();
        else timers.push(timer);
      }
      for (let i = 0; i < 10; i++) await Promise.resolve();
    },
  };
}

async function settle() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('createRateLimiter', () => {
  it('forgets idle keys within two windows, so serving many users does not grow without bound', async () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 60, windowMs: 60_000, now: clock.now, sleep: clock.sleep });
    for (let user = 0; user < 1000; user++) (await limiter.acquire(`token-${user}`, undefined, toError))();
    expect(limiter.trackedKeys()).toBe(1000);
    await clock.advanceTo(30_000);
    (await limiter.acquire('token-late', undefined, toError))();
    expect(limiter.trackedKeys()).toBe(1001);
    await clock.advanceTo(120_000);
    (await limiter.acquire('token-new', undefined, toError))();
    expect(limiter.trackedKeys()).toBe(1);
  });

  it('lets `limit` requests start per sliding window and queues the rest in arrival order', async () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    const started: string[] = [];
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      void limiter.acquire('k', undefined, toError).then((release) => {
        release();
        started.push(`${name}@${clock.now()}`);
      });
    }
    await settle();
    expect(started).toEqual(['a@0', 'b@0']);
    await clock.advanceTo(999);
    expect(started).toEqual(['a@0', 'b@0']);
    await clock.advanceTo(1000);
    await clock.advanceTo(1000);
    expect(started).toEqual(['a@0', 'b@0', 'c@1000', 'd@1000']);
    await clock.advanceTo(2000);
    expect(started).toEqual(['a@0', 'b@0', 'c@1000', 'd@1000', 'e@2000']);
  });

  it('the window slides: a slot frees exactly windowMs after the answer that used it', async () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    (await limiter.acquire('k', undefined, toError))();
    await clock.advanceTo(600);
    (await limiter.acquire('k', undefined, toError))();
    let third: number | undefined;
    void limiter.acquire('k', undefined, toError).then((release) => {
      release();
      third = clock.now();
    });
    await clock.advanceTo(1000);
    expect(third).toBe(1000);
  });

  it('a slow request holds its slot until its answer arrives, then for a whole window', async () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    const slow = await limiter.acquire('k', undefined, toError);
    let nextAt: number | undefined;
    void limiter.acquire('k', undefined, toError).then((release) => {
      release();
      nextAt = clock.now();
    });
    // Counted from its start, the slot would free at 1000; the server counted the request when it arrived.
    await clock.advanceTo(1000);
    expect(nextAt).toBeUndefined();
    await clock.advanceTo(1500);
    slow();
    await clock.advanceTo(2499);
    expect(nextAt).toBeUndefined();
    await clock.advanceTo(2500);
    await settle();
    expect(nextAt).toBe(2500);
  });

  it('a slot handed back twice counts once', async () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    const release = await limiter.acquire('k', undefined, toError);
    release();
    release();
    const started: number[] = [];
    for (let i = 0; i < 2; i++) {
      void limiter.acquire('k', undefined, toError).then((done) => {
        done();
        started.push(clock.now());
      });
    }
    await settle();
    expect(started).toEqual([0]);
    await clock.advanceTo(1000);
    expect(started).toEqual([0, 1000]);
  });

  it('keeps one budget per key', async () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    const started: string[] = [];
    for (const key of ['alice', 'alice', 'bob']) {
      void limiter.acquire(key, undefined, toError).then((release) => {
        release();
        started.push(key);
      });
    }
    await settle();
    expect(started).toEqual(['alice', 'bob']);
  });

  it('a waiter aborted in the queue rejects at once and gives its turn to the next', async () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: clock.now, sleep: clock.sleep });
    (await limiter.acquire('k', undefined, toError))();
    const controller = new AbortController();
    const aborted = limiter.acquire('k', controller.signal, toError);
    let nextAt: number | undefined;
    void limiter.acquire('k', undefined, toError).then((release) => {
      release();
      nextAt = clock.now();
    });
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    await clock.advanceTo(1000);
    expect(nextAt).toBe(1000);
  });
});

describe('rate limit in createTransport', () => {
  it('is off by default', async () => {
    const { adapter, calls } = scriptedAdapter();
    const clock = fakeClock();
    const transport = createTransport({ adapter, sleep: clock.sleep, now: clock.now });
    const request: HttpRequest = { method: 'GET', url: 'https://x.example/', headers: {} };
    await Promise.all(Array.from({ length: 100 }, () => transport(request)));
    expect(calls).toHaveLength(100);
    expect(clock.sleeps).toEqual([]);
  });

  it('makes requests over the limit wait their turn instead of failing, per token', async () => {
    const { adapter, calls } = scriptedAdapter();
    const clock = fakeClock(0);
    const transport = createTransport({
      adapter,
      sleep: clock.sleep,
      now: clock.now,
      rateLimit: { limit: 2, windowMs: 60_000 },
    });
    const as = (token: string): HttpRequest => ({
      method: 'GET',
      url: 'https://x.example/1/user.json',
      headers: { Authorization: `Bearer ${token}` },
    });
    const answers = await Promise.all([as('A'), as('A'), as('A'), as('B')].map((r) => transport(r)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(calls).toHaveLength(4);
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('an abort while queued rejects with AbortError and sends nothing', async () => {
    const { adapter, calls } = scriptedAdapter();
    const clock = manualClock();
    const transport = createTransport({
      adapter,
      sleep: clock.sleep,
      now: clock.now,
      rateLimit: { limit: 1, windowMs: 1000, key: () => 'one' },
    });
    await transport({ method: 'GET', url: 'https://x.example/', headers: {} });
    const controller = new AbortController();
    const queued = transport({
      method: 'GET',
      url: 'https://x.example/',
      headers: {},
      signal: controller.signal,
    });
    await settle();
    controller.abort();
    await expect(queued).rejects.toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(1);
  });
});

describe('defaultRateLimitKey', () => {
  const base = { method: 'POST', url: 'https://x.example/1/updates/create.json', headers: {} };
  it('is the same for one token in the header, the query or the body, and never the token itself', () => {
    const fromHeader = defaultRateLimitKey({ ...base, headers: { authorization: 'Bearer 1/secret' } });
    const fromQuery = defaultRateLimitKey({ ...base, url: `${base.url}?access_token=1%2Fsecret` });
    const fromBody = defaultRateLimitKey({ ...base, body: 'text=x&access_token=1/secret' });
    expect(fromHeader).toMatch(/^[0-9a-f]{16}$/);
    expect(fromQuery).toBe(fromHeader);
    expect(fromBody).toBe(fromHeader);
    expect(fromHeader).not.toContain('secret');
  });

  it('differs between tokens and is empty without one', () => {
    const a = defaultRateLimitKey({ ...base, headers: { Authorization: 'Bearer a' } });
    const b = defaultRateLimitKey({ ...base, headers: { Authorization: 'Bearer b' } });
    expect(a).not.toBe(b);
    expect(defaultRateLimitKey(base)).toBe('');
  });
});
