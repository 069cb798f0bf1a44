import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from './errors.js';
import { withAccessToken } from './with-access-token.js';

const token = '1/8f3c0a9e2b7d4e51a6c3b9d0e7f21a4c';

function inputError(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError');
}

describe('withAccessToken', () => {
  const get: { method: string; url: string; headers: Record<string, string> } = {
    method: 'GET',
    url: 'https://api.bufferapp.com/1/profiles.json',
    headers: { Accept: 'application/json' },
  };
  const post = {
    method: 'POST',
    url: 'https://api.bufferapp.com/1/updates/create.json',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'text=hi&profile_ids[]=a',
  };

  it('puts the token in the Authorization header by default', () => {
    expect(withAccessToken(get, token)).toEqual({
      ...get,
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
    });
  });

  it('appends access_token to the existing query, before a fragment', () => {
    expect(withAccessToken(get, token, 'query').url).toBe(
      'https://api.bufferapp.com/1/profiles.json?access_token=1/8f3c0a9e2b7d4e51a6c3b9d0e7f21a4c',
    );
    const paged = {
      ...get,
      url: 'https://api.bufferapp.com/1/profiles/x/updates/sent.json?page=2&count=5#top',
    };
    expect(withAccessToken(paged, 'a+b/c', 'query').url).toBe(
      'https://api.bufferapp.com/1/profiles/x/updates/sent.json?page=2&count=5&access_token=a%2Bb/c#top',
    );
    expect(withAccessToken({ ...get, url: 'https://h/p?' }, 'x', 'query').url).toBe(
      'https://h/p?access_token=x',
    );
  });

  it('appends access_token to the form body, setting the form Content-Type when none is set', () => {
    expect(withAccessToken(post, token, 'body')).toEqual({
      ...post,
      body: `text=hi&profile_ids[]=a&access_token=${token}`,
    });
    const bare = { method: 'POST', url: 'https://h/1/updates/x/share.json', headers: {} };
    expect(withAccessToken(bare, token, 'body')).toEqual({
      ...bare,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `access_token=${token}`,
    });
  });

  it('never mutates the request and keeps its other fields', () => {
    const signal = new AbortController().signal;
    const request = { ...post, headers: { ...post.headers }, signal, idempotent: false };
    const frozen = structuredClone({ ...request, signal: undefined });
    for (const placement of ['header', 'query', 'body'] as const) {
      const result = withAccessToken(request, token, placement);
      expect(result).not.toBe(request);
      expect(result.headers).not.toBe(request.headers);
      expect(result.signal).toBe(signal);
      expect(result.idempotent).toBe(false);
    }
    expect({ ...request, signal: undefined }).toEqual(frozen);
  });

  it('refuses a request that already carries a token anywhere', () => {
    const carriers = [
      { ...get, headers: { authorization: 'Bearer other' } },
      { ...get, url: `${get.url}?access_token=other` },
      { ...post, body: 'text=hi&access_token=other' },
    ];
    for (const request of carriers) {
      for (const placement of ['header', 'query', 'body'] as const) {
        const error = inputError(() => withAccessToken(request, token, placement));
        expect(error.reason).toBe('token_already_present');
        expect(error.message).not.toContain('other');
      }
    }
  });

  it('refuses a body placement where there is no form body to add to', () => {
    expect(inputError(() => withAccessToken(get, token, 'body'))).toMatchObject({
      reason: 'invalid_placement',
      message: 'A GET request has no body; place the token in the header or query',
    });
    const jsonPost = { ...post, headers: { 'content-type': 'application/json' }, body: '{}' };
    expect(inputError(() => withAccessToken(jsonPost, token, 'body')).reason).toBe('invalid_placement');
    expect(inputError(() => withAccessToken(get, token, 'cookie' as unknown as 'header')).reason).toBe(
      'invalid_placement',
    );
  });

  it.each([
    ['a trailing newline', `${token}\n`, 'a line break at index 34'],
    ['a space', '1/abc def', 'a space at index 5'],
    ['a tab', '\tabc', 'a control character at index 0'],
    ['a non-ASCII character', 'abcé', 'a non-ASCII character at index 3'],
    ['DEL', 'abc\u007f', 'a control character at index 3'],
  ])('refuses a token with %s without repeating it', (_label, bad, where) => {
    const error = inputError(() => withAccessToken(get, bad));
    expect(error.reason).toBe('invalid_token');
    expect(error.message).toContain(where);
    expect(error.message).not.toContain(bad.trim());
    expect(JSON.stringify(error)).not.toContain(bad.trim());
  });

  it('refuses an empty token', () => {
    expect(inputError(() => withAccessToken(get, '')).reason).toBe('invalid_token');
  });

  it('any visible-ASCII token reads back exactly from every placement (property)', () => {
    const visible = fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
      minLength: 1,
    });
    fc.assert(
      fc.property(visible, (t) => {
        expect(withAccessToken(get, t).headers.Authorization).toBe(`Bearer ${t}`);
        expect(new URL(withAccessToken(get, t, 'query').url).searchParams.get('access_token')).toBe(t);
        const body = withAccessToken(post, t, 'body').body;
        expect(new URLSearchParams(body).get('access_token')).toBe(t);
        expect(new URLSearchParams(body).get('text')).toBe('hi');
      }),
    );
  });
});
