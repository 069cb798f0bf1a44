import { DEMO_IDS } from '@bufferkit/emulator';
import { describe, expect, test } from 'vitest';
import { createBufferClient } from './index.js';
import { type PageOf, paginate } from './paging.js';
import { fakeTransport } from './test-support/fake-transport.js';
import { setup } from './test-support/harness.js';

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: `u${from + i}` }));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('paginate', () => {
  test('stops at total', async () => {
    const pages: number[] = [];
    const items = await collect(
      paginate(
        async (page): Promise<PageOf<{ id: string }>> => {
          pages.push(page);
          return { total: 4, items: ids((page - 1) * 2, 2) };
        },
        { startPage: 1, count: 2, maxPages: 100 },
      ),
    );
    expect(items.map((i) => i.id)).toEqual(['u0', 'u1', 'u2', 'u3']);
    expect(pages).toEqual([1, 2]);
  });

  test('stops at a short page even if total claims more', async () => {
    const pages: number[] = [];
    const items = await collect(
      paginate(
        async (page) => {
          pages.push(page);
          return { total: 1000, items: page === 1 ? ids(0, 3) : ids(3, 1) };
        },
        { startPage: 1, count: 3, maxPages: 100 },
      ),
    );
    expect(items).toHaveLength(4);
    expect(pages).toEqual([1, 2]);
  });

  test('stops when a page repeats ids (a server that ignores page), yielding nothing twice', async () => {
    const pages: number[] = [];
    const items = await collect(
      paginate(
        async (page) => {
          pages.push(page);
          return { total: 1000, items: ids(0, 2) };
        },
        { startPage: 1, count: 2, maxPages: 100 },
      ),
    );
    expect(items.map((i) => i.id)).toEqual(['u0', 'u1']);
    expect(pages).toEqual([1, 2]);
  });

  test('a page that repeats some ids (the list moved) does not end the walk; later pages still come', async () => {
    // Page 2 was fetched after an update joined the queue, so it starts with the last id of page 1.
    const pages: Record<number, string[]> = { 1: ['u0', 'u1'], 2: ['u1', 'u2'], 3: ['u3', 'u4'], 4: ['u5'] };
    const fetched: number[] = [];
    const items = await collect(
      paginate(
        async (page) => {
          fetched.push(page);
          return { total: 7, items: (pages[page] ?? []).map((id) => ({ id })) };
        },
        { startPage: 1, count: 2, maxPages: 100 },
      ),
    );
    expect(items.map((i) => i.id)).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5']);
    expect(fetched).toEqual([1, 2, 3, 4]);
  });

  test('starting at a later page, the pages before it count towards total: no request past the end', async () => {
    const pages: number[] = [];
    const items = await collect(
      paginate(
        async (page) => {
          pages.push(page);
          return { total: 6, items: page <= 3 ? ids((page - 1) * 2, 2) : [] };
        },
        { startPage: 2, count: 2, maxPages: 100 },
      ),
    );
    expect(items.map((i) => i.id)).toEqual(['u2', 'u3', 'u4', 'u5']);
    expect(pages).toEqual([2, 3]);
  });

  test('stops at the page cap', async () => {
    const pages: number[] = [];
    const items = await collect(
      paginate(
        async (page) => {
          pages.push(page);
          return { total: 1_000_000, items: ids(page * 10, 10) };
        },
        { startPage: 3, count: 10, maxPages: 5 },
      ),
    );
    expect(pages).toEqual([3, 4, 5, 6, 7]);
    expect(items).toHaveLength(50);
  });

  test('stops at an empty page', async () => {
    const items = await collect(
      paginate(async () => ({ total: 5, items: [] }), { startPage: 1, count: 2, maxPages: 9 }),
    );
    expect(items).toEqual([]);
  });
});

describe('client iterators', () => {
  test('iterateSent walks the emulator page by page with count on the wire', async () => {
    const h = setup();
    const seen = await collect(
      h.client.updates.iterateSent(DEMO_IDS.twitter, { pageSize: 1, filter: 'all' }),
    );
    expect(seen.map((u) => u.id)).toEqual([DEMO_IDS.sent.twitter, DEMO_IDS.sent.twitterOlder]);
    expect(h.emulator.requests.map((r) => r.query)).toEqual([
      'page=1&count=1&filter=all',
      'page=2&count=1&filter=all',
    ]);
  });

  test('iteratePending yields the whole queue, iterateInteractions every interaction', async () => {
    const h = setup();
    const pending = await collect(h.client.updates.iteratePending(DEMO_IDS.twitter));
    expect(pending.map((u) => u.id)).toEqual([DEMO_IDS.pending.twitterFirst, DEMO_IDS.pending.twitterSecond]);
    const interactions = await collect(
      h.client.updates.iterateInteractions(DEMO_IDS.sent.twitter, { event: 'retweets', pageSize: 1 }),
    );
    expect(interactions).toHaveLength(2);
    expect(new Set(interactions.map((i) => i.id)).size).toBe(2);
  });

  test('a server that ignores page cannot make the iterator loop', async () => {
    const transport = fakeTransport(() => ({ json: { total: 500, updates: [{ id: 'a' }, { id: 'b' }] } }));
    const client = createBufferClient({ accessToken: 't', transport });
    const seen = await collect(client.updates.iteratePending('p1', { pageSize: 2 }));
    expect(seen.map((u) => u.id)).toEqual(['a', 'b']);
    expect(transport.requests).toHaveLength(2);
  });

  test('maxPages bounds a server that keeps inventing new ids', async () => {
    const transport = fakeTransport((_r, n) => ({ json: { total: 1e9, updates: [{ id: `x${n}` }] } }));
    const client = createBufferClient({ accessToken: 't', transport });
    const seen = await collect(client.updates.iteratePending('p1', { pageSize: 1, maxPages: 7 }));
    expect(seen).toHaveLength(7);
    expect(transport.requests).toHaveLength(7);
  });
});
