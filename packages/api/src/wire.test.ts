import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createBufferClient } from './index.js';
import { fakeTransport } from './test-support/fake-transport.js';

// Strings without lone surrogates (which UTF-8 cannot carry and are refused with a clear error).
const text = fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => s.trim().length > 0);
const id = fc
  .string({ unit: 'grapheme-ascii', minLength: 1 })
  .filter((s) => !/[\s\p{Cc}]/u.test(s) && s !== '.' && s !== '..');

describe('whatever the caller passes, the wire carries exactly that', () => {
  test('create: profile ids, text and media read back unchanged with a standard form parser', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(id, { minLength: 1, maxLength: 4 }),
        text,
        text,
        async (profileIds, body, link) => {
          const transport = fakeTransport(() => ({ json: { success: true, updates: [] } }));
          const client = createBufferClient({ accessToken: 'tok', transport });
          await client.updates.create({ profileIds, text: body, media: { link } });
          const form = new URLSearchParams(transport.requests[0]?.body);
          expect(form.getAll('profile_ids[]')).toEqual(profileIds);
          expect(form.get('text')).toBe(body);
          expect(form.get('media[link]')).toBe(link);
          expect([...form.keys()].filter((k) => k !== 'profile_ids[]')).toEqual(['text', 'media[link]']);
        },
      ),
    );
  });

  test('path ids: any id stays inside its one path segment', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ minLength: 1 })
          .filter((s) => !/[\s\p{Cc}]/u.test(s) && s !== '.' && s !== '..' && !/\p{Cs}/u.test(s)),
        async (updateId) => {
          const transport = fakeTransport(() => ({ json: { id: 'x' } }));
          const client = createBufferClient({ accessToken: 'tok', transport });
          await client.updates.get(updateId);
          const url = new URL(transport.requests[0]?.url ?? '');
          const segments = url.pathname.split('/');
          expect(segments.slice(0, 3)).toEqual(['', '1', 'updates']);
          expect(segments).toHaveLength(4);
          expect(decodeURIComponent(segments[3]?.replace(/\.json$/, '') ?? '')).toBe(updateId);
          expect(url.search).toBe('');
          expect(url.hash).toBe('');
        },
      ),
    );
  });
});
