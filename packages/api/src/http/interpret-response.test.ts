import { RateLimitError } from '@bufferkit/transport';
import { describe, expect, test } from 'vitest';
import { BufferApiError, BufferValidationError, createBufferClient } from '../index.js';
import { fakeTransport } from '../test-support/fake-transport.js';

const TOKEN = '1/abcdefghijklmnopqrstuvwxyz012345';

function clientAnswering(answer: Parameters<typeof fakeTransport>[0]) {
  return createBufferClient({ accessToken: TOKEN, transport: fakeTransport(answer) });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

describe('error mapping', () => {
  test('non-2xx Buffer error body → BufferApiError with status, numeric code, message and meaning', async () => {
    const client = clientAnswering(() => ({
      status: 400,
      json: { success: false, code: 1025, message: "Whoops, it looks like you've posted that one recently." },
    }));
    const error = (await failure(client.updates.create({ profileIds: ['p'], text: 'x' }))) as BufferApiError;
    expect(error).toBeInstanceOf(BufferApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 1025,
      serverMessage: "Whoops, it looks like you've posted that one recently.",
      meaning: "Update was recently posted, can't post duplicate content.",
      operation: 'updates.create',
    });
    expect(error.message).toBe(
      "Buffer API error 1025 (HTTP 400) from updates.create: Whoops, it looks like you've posted that one recently. (Update was recently posted, can't post duplicate content.)",
    );
    expect(error.body).toEqual({ success: false, code: 1025, message: expect.any(String) });
  });

  test('a 200 with success:false is an error too', async () => {
    const client = clientAnswering(() => ({
      status: 200,
      json: { success: false, code: 1022, error: 'nope' },
    }));
    const error = (await failure(client.updates.share('u1'))) as BufferApiError;
    expect(error).toMatchObject({
      status: 200,
      code: 1022,
      serverMessage: 'nope',
      meaning: 'Update did not save successfully.',
    });
  });

  test('a 200 with Buffer’s error pair (code and error) but no success field is an error too', async () => {
    const client = clientAnswering(() => ({
      status: 200,
      json: { error: 'Access token required.', code: 1001 },
    }));
    const error = (await failure(client.user.get())) as BufferApiError;
    expect(error).toBeInstanceOf(BufferApiError);
    expect(error).toMatchObject({
      status: 200,
      code: 1001,
      serverMessage: 'Access token required.',
      meaning: 'Access token required.',
    });
  });

  test('a code sent as a string is read as a number; an unknown code has no meaning', async () => {
    const client = clientAnswering(() => ({
      status: 400,
      json: { success: false, code: '4242', message: 'm' },
    }));
    const error = (await failure(client.user.get())) as BufferApiError;
    expect(error).toMatchObject({ code: 4242, meaning: undefined });
  });

  test('a non-JSON error page → BufferApiError with a short, single-line, redacted snippet', async () => {
    const html = `<html>\n<body>  <h1>502 Bad Gateway</h1> access_token=${TOKEN} ${'x'.repeat(500)}</body></html>`;
    const client = clientAnswering(() => ({
      status: 502,
      headers: new Headers({ 'content-type': 'text/html' }),
      text: html,
    }));
    const error = (await failure(client.user.get())) as BufferApiError;
    expect(error).toBeInstanceOf(BufferApiError);
    expect(error).toMatchObject({ status: 502, code: undefined, serverMessage: 'response body is not JSON' });
    expect(error.snippet?.startsWith('<html> <body> <h1>502 Bad Gateway</h1> access_token=[REDACTED]')).toBe(
      true,
    );
    expect(error.snippet?.length).toBeLessThanOrEqual(201);
    expect(error.message).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(error.rawBody).toBe(html);
  });

  test('a 200 whose body is not JSON is a BufferApiError, never a SyntaxError', async () => {
    const client = clientAnswering(() => ({ status: 200, text: '{"id": ' }));
    const error = await failure(client.user.get());
    expect(error).toBeInstanceOf(BufferApiError);
    expect(error).not.toBeInstanceOf(SyntaxError);
  });

  test('an empty body says so', async () => {
    const client = clientAnswering(() => ({ status: 500, text: '' }));
    const error = (await failure(client.user.get())) as BufferApiError;
    expect(error).toMatchObject({ status: 500, serverMessage: 'empty response body', snippet: undefined });
  });

  test('429 → RateLimitError with Retry-After and the response kept', async () => {
    const client = clientAnswering(() => ({
      status: 429,
      headers: new Headers({ 'retry-after': '7' }),
      json: { success: false, code: 429, message: 'Too Many Requests.' },
    }));
    const error = (await failure(client.profiles.list())) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 7000 });
    expect(error.response?.status).toBe(429);
  });

  test('Buffer’s message is redacted when it echoes the token', async () => {
    const client = clientAnswering(() => ({
      status: 401,
      json: { success: false, code: 401, message: `Bad token ${TOKEN}` },
    }));
    const error = (await failure(client.user.get())) as BufferApiError;
    expect(error.message).not.toContain(TOKEN);
  });
});

describe('response validation', () => {
  test('ids sent as numbers become strings; unknown fields are kept; documented nulls are accepted', async () => {
    const client = clientAnswering(() => ({
      json: {
        id: 123456789,
        profile_id: 42,
        text: 't',
        due_at: null,
        media: null,
        sent_at: null,
        service_update_id: 133667319959392256n.toString(),
        brand_new_field: { nested: true },
      },
    }));
    const update = await client.updates.get('u1');
    expect(update.id).toBe('123456789');
    expect(update.profile_id).toBe('42');
    expect(update.due_at).toBeNull();
    expect(update.media).toBeNull();
    expect((update as Record<string, unknown>).brand_new_field).toEqual({ nested: true });
  });

  test('ids sent as numbers beyond 2^53 keep their exact digits (JSON.parse alone would round them)', async () => {
    const text =
      '{"id": 133667319959392256, "profile_id": -9007199254740993, "service_update_id": 9007199254740993,' +
      ' "user_id": 9007199254740991, "text": "keeps 133667319959392256 and \\"9007199254740993\\" as written",' +
      ' "statistics": {"reach": 2460}, "due_at": 1.5e3}';
    const client = clientAnswering(() => ({ text }));
    const update = await client.updates.get('u1');
    expect(update.id).toBe('133667319959392256');
    expect(update.profile_id).toBe('-9007199254740993');
    expect(update.service_update_id).toBe('9007199254740993');
    expect(update.user_id).toBe('9007199254740991');
    expect(update.text).toBe('keeps 133667319959392256 and "9007199254740993" as written');
    expect(update.statistics?.reach).toBe(2460);
  });

  test('a number field too large to be exact is a mismatch, not a silently rounded value', async () => {
    const text = '{"total": 12345678901234567890, "updates": []}';
    const client = clientAnswering(() => ({ text }));
    const error = (await failure(client.updates.pending('p1'))) as BufferValidationError;
    expect(error).toBeInstanceOf(BufferValidationError);
    expect(error.path).toBe('$.total');
    expect(error.rawBody).toBe(text);
  });

  test('a real mismatch → BufferValidationError with the JSON path and the raw body', async () => {
    const text = JSON.stringify({ total: 1, updates: [{ id: 'a' }, { id: 'b', created_at: 'yesterday' }] });
    const client = clientAnswering(() => ({ text }));
    const error = (await failure(client.updates.pending('p1'))) as BufferValidationError;
    expect(error).toBeInstanceOf(BufferValidationError);
    expect(error.source).toBe('response');
    expect(error.path).toBe('$.updates[1].created_at');
    expect(error.issues[0]?.rule).toBe('invalid_type');
    expect(error.rawBody).toBe(text);
    expect(Object.keys(error)).not.toContain('rawBody');
    expect(error.message).toMatch(
      /^The response to updates\.pending does not match the Buffer API spec: \$\.updates\[1\]\.created_at/,
    );
  });

  test('a missing required field is a mismatch', async () => {
    const client = clientAnswering(() => ({ json: { updates: [] } }));
    const error = (await failure(client.updates.sent('p1'))) as BufferValidationError;
    expect(error.path).toBe('$.total');
  });

  test('a JSON array where an object is expected is a mismatch, not a TypeError', async () => {
    const client = clientAnswering(() => ({ json: [] }));
    const error = await failure(client.user.get());
    expect(error).toBeInstanceOf(BufferValidationError);
  });
});
