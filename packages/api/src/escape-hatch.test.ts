import { DEMO_IDS } from '@bufferkit/emulator';
import { describe, expect, test } from 'vitest';
import { createBufferClient } from './client.js';
import type { OperationKey } from './index.js';
import { BufferValidationError } from './index.js';
import { fakeTransport } from './test-support/fake-transport.js';
import { setup } from './test-support/harness.js';

describe('client.request', () => {
  test('GET with a path parameter and a query, validated like the named methods', async () => {
    const h = setup();
    const page = await h.client.request('GET /profiles/{id}/updates/pending.json', {
      path: { id: DEMO_IDS.twitter },
      query: { count: 1, utc: true },
    });
    expect(page.updates).toHaveLength(1);
    expect(h.emulator.requests.at(-1)).toMatchObject({
      path: `/1/profiles/${DEMO_IDS.twitter}/updates/pending.json`,
      query: 'count=1&utc=true',
    });
  });

  test('POST with a form body in Buffer’s field names', async () => {
    const h = setup({}, { tokenPlacement: 'body' });
    const result = await h.client.request('POST /updates/create.json', {
      body: {
        profile_ids: [DEMO_IDS.twitter],
        text: 'Via the escape hatch',
        media: { link: 'https://example.com' },
      },
    });
    expect(result.updates[0]?.text).toBe('Via the escape hatch');
    expect(h.emulator.requests.at(-1)?.rawBody).toBe(
      `profile_ids[]=${DEMO_IDS.twitter}&text=Via%20the%20escape%20hatch&media[link]=https%3A%2F%2Fexample.com&access_token=${h.token}`,
    );
  });

  test('path values are checked and percent-encoded', async () => {
    const transport = fakeTransport(() => ({ json: { id: 'x', service: 'twitter' } }));
    const client = createBufferClient({ accessToken: 't', transport });
    await client.request('GET /profiles/{id}.json', { path: { id: 'a/b' } });
    expect(transport.requests[0]?.url).toBe('https://api.bufferapp.com/1/profiles/a%2Fb.json');
    await expect(client.request('GET /profiles/{id}.json', { path: { id: '' } })).rejects.toThrow(
      /path\.id: must not be empty/,
    );
  });

  test('an operation that is not in the spec is refused before any request', async () => {
    const transport = fakeTransport();
    const client = createBufferClient({ accessToken: 't', transport });
    const error = await client.request('GET /nope.json' as OperationKey).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BufferValidationError);
    expect((error as BufferValidationError).issues[0]).toMatchObject({ path: 'operation', rule: 'one_of' });
    expect(transport.requests).toHaveLength(0);
  });
});
