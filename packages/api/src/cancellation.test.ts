import { createEmulator, DEMO_IDS, type Emulator } from '@bufferkit/emulator';
import {
  AbortError,
  ERR_ABORTED,
  fetchTransport,
  type HttpRequest,
  TimeoutError,
  type Transport,
} from '@bufferkit/transport';
import { describe, expect, test } from 'vitest';
import { createBufferTransport } from './buffer-transport.js';
import { type BufferClient, BufferValidationError, createBufferClient } from './index.js';
import { EMULATOR_BASE_URL, emulatorTransport } from './test-support/harness.js';

// Every method takes a signal: in its options object, or as a trailing `{ signal }` when it has none.

const { twitter } = DEMO_IDS;
const START = Date.UTC(2030, 0, 15, 9, 0, 0);

type Call = (client: BufferClient, signal: AbortSignal) => Promise<unknown>;

async function first<T>(items: AsyncIterable<T>): Promise<T | undefined> {
  for await (const item of items) return item;
  return undefined;
}

/** Every method of the client, each given `signal` where its kind of method takes it. */
const CALLS: [string, Call][] = [
  ['user.get', (c, signal) => c.user.get({ signal })],
  ['user.deauthorize', (c, signal) => c.user.deauthorize({ signal })],
  ['profiles.list', (c, signal) => c.profiles.list({ signal })],
  ['profiles.get', (c, signal) => c.profiles.get(twitter, { signal })],
  ['profiles.schedules.get', (c, signal) => c.profiles.schedules.get(twitter, { signal })],
  [
    'profiles.schedules.update',
    (c, signal) => c.profiles.schedules.update(twitter, [{ days: ['mon'], times: ['10:00'] }], { signal }),
  ],
  ['updates.get', (c, signal) => c.updates.get(DEMO_IDS.sent.twitter, { utc: true, signal })],
  ['updates.pending', (c, signal) => c.updates.pending(twitter, { count: 1, signal })],
  ['updates.sent', (c, signal) => c.updates.sent(twitter, { filter: 'all', signal })],
  [
    'updates.interactions',
    (c, signal) => c.updates.interactions(DEMO_IDS.sent.twitter, { event: 'retweet', signal }),
  ],
  ['updates.iteratePending', (c, signal) => first(c.updates.iteratePending(twitter, { signal }))],
  ['updates.iterateSent', (c, signal) => first(c.updates.iterateSent(twitter, { pageSize: 1, signal }))],
  [
    'updates.iterateInteractions',
    (c, signal) => first(c.updates.iterateInteractions(DEMO_IDS.sent.twitter, { event: 'retweet', signal })),
  ],
  [
    'updates.reorder',
    (c, signal) =>
      c.updates.reorder(twitter, {
        order: [DEMO_IDS.pending.twitterSecond, DEMO_IDS.pending.twitterFirst],
        signal,
      }),
  ],
  ['updates.shuffle', (c, signal) => c.updates.shuffle(twitter, { count: 2, signal })],
  ['updates.create', (c, signal) => c.updates.create({ profileIds: [twitter], text: 'Cancellable', signal })],
  ['updates.edit', (c, signal) => c.updates.edit(DEMO_IDS.pending.twitterFirst, { text: 'Edited', signal })],
  ['updates.share', (c, signal) => c.updates.share(DEMO_IDS.pending.twitterFirst, { signal })],
  ['updates.destroy', (c, signal) => c.updates.destroy(DEMO_IDS.pending.twitterFirst, { signal })],
  ['updates.moveToTop', (c, signal) => c.updates.moveToTop(DEMO_IDS.pending.twitterSecond, { signal })],
  ['links.shares', (c, signal) => c.links.shares('https://example.com/launch', { signal })],
  ['info.configuration', (c, signal) => c.info.configuration({ signal })],
  [
    'client.request',
    (c, signal) => c.request('GET /profiles/{id}/updates/sent.json', { path: { id: twitter }, signal }),
  ],
];

/** The client on a fresh emulator, with every request the transport was handed recorded. */
function rig() {
  const emulator = createEmulator({ now: START });
  const inner = emulatorTransport(emulator);
  const handed: HttpRequest[] = [];
  const transport: Transport = (request) => {
    handed.push(request);
    return inner(request);
  };
  const client = createBufferClient({
    accessToken: emulator.issueToken(),
    baseUrl: EMULATOR_BASE_URL,
    transport,
  });
  return { emulator, client, handed };
}

const wire = (emulator: Emulator) =>
  emulator.requests.map(({ method, path, query, rawBody }) => ({ method, path, query, rawBody }));

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('every method takes a signal', () => {
  test('the list covers every method of the client', () => {
    const { client } = rig();
    const methods = [
      ...['user', 'profiles', 'updates', 'links', 'info'].flatMap((group) =>
        Object.entries(client[group as keyof BufferClient])
          .filter(([, value]) => typeof value === 'function')
          .map(([name]) => `${group}.${name}`),
      ),
      ...Object.keys(client.profiles.schedules).map((name) => `profiles.schedules.${name}`),
      'client.request',
    ];
    expect(CALLS.map(([name]) => name).sort()).toEqual(methods.sort());
  });

  test.each(CALLS)(
    '%s: the transport gets the signal; the wire is the same as without one',
    async (_, call) => {
      const withSignal = rig();
      const signal = new AbortController().signal;
      await call(withSignal.client, signal);
      expect(withSignal.handed.length).toBeGreaterThan(0);
      expect(withSignal.handed.every((request) => request.signal === signal)).toBe(true);

      const without = rig();
      await call(without.client, undefined as unknown as AbortSignal);
      expect(without.handed.every((request) => request.signal === undefined)).toBe(true);
      expect(wire(withSignal.emulator)).toEqual(wire(without.emulator));
      expect(JSON.stringify(wire(withSignal.emulator))).not.toMatch(/signal/i);
    },
  );

  test.each(CALLS)('%s: aborted before sending → AbortError, and nothing reaches Buffer', async (_, call) => {
    const { emulator, client, handed } = rig();
    const controller = new AbortController();
    controller.abort();
    const error = await failure(call(client, controller.signal));
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).code).toBe(ERR_ABORTED);
    expect(handed).toEqual([]);
    expect(emulator.requests).toEqual([]);
  });

  test.each(CALLS)(
    '%s: a signal that is not an AbortSignal is refused before any request',
    async (_, call) => {
      const { emulator, client, handed } = rig();
      // An iterator throws from the iterate… call itself; a method rejects.
      const error = (await failure(
        (async () => call(client, 'soon' as unknown as AbortSignal))(),
      )) as BufferValidationError;
      expect(error).toBeInstanceOf(BufferValidationError);
      expect(error.source).toBe('input');
      expect(error.issues).toEqual([
        {
          path: 'signal',
          rule: 'type',
          message: 'must be an AbortSignal (e.g. new AbortController().signal)',
        },
      ]);
      expect(handed).toEqual([]);
      expect(emulator.requests).toEqual([]);
    },
  );

  test('a trailing options argument accepts only signal: a misspelt key is an error, not ignored', async () => {
    const { emulator, client } = rig();
    const signal = new AbortController().signal;
    const error = (await failure(
      client.user.get({ singal: signal } as unknown as { signal: AbortSignal }),
    )) as BufferValidationError;
    expect(error).toBeInstanceOf(BufferValidationError);
    expect(error.operation).toBe('user.get');
    expect(error.issues).toEqual([
      { path: 'singal', rule: 'unknown_option', message: 'unknown option "singal"' },
    ]);
    const notAnObject = (await failure(
      client.updates.share(DEMO_IDS.pending.twitterFirst, 'now' as unknown as { signal: AbortSignal }),
    )) as BufferValidationError;
    expect(notAnObject).toBeInstanceOf(BufferValidationError);
    expect(notAnObject.issues[0]).toMatchObject({ path: '(input)', rule: 'type' });
    expect(emulator.requests).toEqual([]);
  });

  test('an abort reason that is a timeout (AbortSignal.timeout) rejects with TimeoutError', async () => {
    const { emulator, client } = rig();
    const controller = new AbortController();
    controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    const error = await failure(
      client.updates.create({ profileIds: [twitter], text: 'x', signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(emulator.requests).toEqual([]);
  });

  test('a transport that ignores the signal: the call still rejects at once, and says which request', async () => {
    const emulator = createEmulator({ now: START });
    let handed = 0;
    const deaf: Transport = () => {
      handed++;
      return new Promise(() => {});
    };
    const client = createBufferClient({
      accessToken: emulator.issueToken(),
      baseUrl: EMULATOR_BASE_URL,
      transport: deaf,
    });
    const controller = new AbortController();
    const call = client.profiles.get(twitter, { signal: controller.signal });
    await Promise.resolve();
    expect(handed).toBe(1);
    controller.abort();
    const error = (await failure(call)) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.request).toEqual({ method: 'GET', url: `${EMULATOR_BASE_URL}/profiles/${twitter}.json` });
  });
});

describe('abort while queued in the client-side rate limiter', () => {
  test('a create queued behind the 60/min limit rejects at once and is never sent, also once the window frees', async () => {
    const emulator = createEmulator({ now: START });
    const waits: (() => void)[] = [];
    const transport = createBufferTransport({
      adapter: fetchTransport({ fetch: emulator.fetch }),
      now: () => emulator.clock.now(),
      // The limiter's wait ends only when the test lets time pass.
      sleep: (ms) =>
        new Promise<void>((resolve) =>
          waits.push(() => {
            emulator.clock.advance(ms);
            resolve();
          }),
        ),
    });
    const client = createBufferClient({
      accessToken: emulator.issueToken(),
      baseUrl: EMULATOR_BASE_URL,
      transport,
    });
    for (let i = 0; i < 60; i++) await client.user.get();

    const controller = new AbortController();
    const queued = client.updates.create({
      profileIds: [twitter],
      text: 'Queued',
      signal: controller.signal,
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(waits).toHaveLength(1); // the create waits for the window
    controller.abort();
    const error = (await failure(queued)) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.request).toEqual({ method: 'POST', url: `${EMULATOR_BASE_URL}/updates/create.json` });
    expect(emulator.requests).toHaveLength(60);

    // The window frees: the aborted create has left the queue, so it is never sent late.
    for (const release of waits.splice(0)) release();
    await new Promise((resolve) => setImmediate(resolve));
    await client.user.get();
    expect(emulator.requests.map((r) => r.path).filter((p) => p === '/1/updates/create.json')).toEqual([]);
    expect(emulator.requests).toHaveLength(61);
  });
});

describe('iterators', () => {
  test('aborted between items: the next step rejects, even with items of the page left, and no page is fetched', async () => {
    const { emulator, client } = rig();
    const controller = new AbortController();
    const iterator = client.updates
      .iteratePending(twitter, { pageSize: 2, signal: controller.signal })
      [Symbol.asyncIterator]();
    expect(await iterator.next()).toMatchObject({
      done: false,
      value: { id: DEMO_IDS.pending.twitterFirst },
    });
    controller.abort();
    const error = (await failure(iterator.next())) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.message).toBe('updates.iteratePending was aborted');
    // The walk is over: a step after the rejection ends it.
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(wire(emulator)).toEqual([
      {
        method: 'GET',
        path: `/1/profiles/${twitter}/updates/pending.json`,
        query: 'page=1&count=2',
        rawBody: '',
      },
    ]);
  });

  test('aborted after a page: the next page is not requested', async () => {
    const { emulator, client } = rig();
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = async () => {
      for await (const update of client.updates.iterateSent(twitter, {
        pageSize: 1,
        filter: 'all',
        signal: controller.signal,
      })) {
        seen.push(update.id);
        controller.abort();
      }
    };
    expect(await failure(walk())).toBeInstanceOf(AbortError);
    expect(seen).toEqual([DEMO_IDS.sent.twitter]);
    expect(emulator.requests.map((r) => r.query)).toEqual(['page=1&count=1&filter=all']);
  });

  test('aborted while a page request is in flight: the step rejects at once', async () => {
    const emulator = createEmulator({ now: START });
    const inner = fetchTransport({ fetch: emulator.fetch });
    let held: (() => void) | undefined;
    const gated = emulatorTransport(emulator, async (request) => {
      // The second page is held until the test lets it go.
      if (new URL(request.url).searchParams.get('page') === '2') {
        await new Promise<void>((resolve) => {
          held = resolve;
        });
      }
      return inner(request);
    });
    const client = createBufferClient({
      accessToken: emulator.issueToken(),
      baseUrl: EMULATOR_BASE_URL,
      transport: gated,
    });
    const controller = new AbortController();
    const iterator = client.updates
      .iteratePending(twitter, { pageSize: 1, signal: controller.signal })
      [Symbol.asyncIterator]();
    expect(await iterator.next()).toMatchObject({ value: { id: DEMO_IDS.pending.twitterFirst } });
    const second = iterator.next();
    while (held === undefined) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    expect(await failure(second)).toBeInstanceOf(AbortError);
    held();
    await new Promise((resolve) => setImmediate(resolve));
    expect(emulator.requests.map((r) => r.query)).toEqual(['page=1&count=1']);
  });

  test('an iterator with a signal that is not an AbortSignal throws from the call, before any request', () => {
    const { emulator, client } = rig();
    expect(() => client.updates.iteratePending(twitter, { signal: {} as AbortSignal })).toThrow(
      BufferValidationError,
    );
    expect(emulator.requests).toEqual([]);
  });
});
