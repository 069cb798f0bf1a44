import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OAuthCallbackError } from './errors.js';
import { parseCallback } from './parse-callback.js';

const expectedState = 'st4te_-AbC';

function callbackError(run: () => unknown): OAuthCallbackError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OAuthCallbackError);
    return error as OAuthCallbackError;
  }
  throw new Error('expected an OAuthCallbackError');
}

describe('parseCallback', () => {
  it.each([
    ['a full URL', `https://example.com/back?code=1/abc&state=${expectedState}`],
    ['a URL object', new URL(`https://example.com/back?code=1/abc&state=${expectedState}`)],
    ['a path with a query', `/back?state=${expectedState}&code=1/abc`],
    ['a bare query', `code=1/abc&state=${expectedState}`],
    ['a bare query with ?', `?code=1/abc&state=${expectedState}`],
    ['URLSearchParams', new URLSearchParams({ code: '1/abc', state: expectedState })],
    ['a URL with a fragment', `https://example.com/back?code=1/abc&state=${expectedState}#_=_`],
  ])('reads the code from %s', (_label, input) => {
    expect(parseCallback(input, { expectedState })).toEqual({ code: '1/abc', state: expectedState });
  });

  it('gives 1/abc for a raw or a percent-encoded code, and decodes exactly once', () => {
    const parse = (code: string) =>
      parseCallback(`?code=${code}&state=${expectedState}`, { expectedState }).code;
    expect(parse('1/abc')).toBe('1/abc');
    expect(parse('1%2Fabc')).toBe('1/abc');
    expect(parse('1%2fabc')).toBe('1/abc');
    expect(parse('1%252Fabc')).toBe('1%2Fabc');
    expect(parse('1/mWot20jTwojsd00jFlaaR45')).toBe('1/mWot20jTwojsd00jFlaaR45');
  });

  it('keeps a raw + in the code (codes never hold spaces); %2B and %20 decode as usual', () => {
    const parse = (code: string) =>
      parseCallback(`?code=${code}&state=${expectedState}`, { expectedState }).code;
    expect(parse('1/a+b')).toBe('1/a+b');
    expect(parse('1/a%2Bb')).toBe('1/a+b');
    expect(parse('1/a%20b')).toBe('1/a b');
    expect(
      parseCallback(new URL(`http://x/cb?code=1/a+b&state=${expectedState}`), { expectedState }).code,
    ).toBe('1/a+b');
  });

  it('accepts a state with + whether the provider meant it literally or as a space', () => {
    expect(parseCallback('?code=1/a&state=a+b', { expectedState: 'a+b' }).state).toBe('a+b');
    expect(parseCallback('?code=1/a&state=a+b', { expectedState: 'a b' }).state).toBe('a b');
    expect(parseCallback('?code=1/a&state=a%20b', { expectedState: 'a b' }).state).toBe('a b');
    expect(callbackError(() => parseCallback('?code=1/a&state=a%20b', { expectedState: 'a+b' })).error).toBe(
      'state_mismatch',
    );
  });

  it('rejects a missing state before looking at the code or the error', () => {
    for (const input of ['?code=1/abc', '?code=1/abc&state=', 'https://example.com/back', '/back', '']) {
      const error = callbackError(() => parseCallback(input, { expectedState }));
      expect(error.error).toBe('missing_state');
      expect(error.message).toMatch(/no state/);
    }
  });

  it('rejects a different state first, even when the callback carries an error', () => {
    const error = callbackError(() =>
      parseCallback('?error=access_denied&error_description=no&state=other', { expectedState }),
    );
    expect(error.error).toBe('state_mismatch');
    expect(error.unverifiedError).toBe('access_denied');
    expect(error.message).not.toContain(expectedState);
    expect(error.message).not.toContain('other');
    const forged = callbackError(() =>
      parseCallback('?error=Call+0800+now%0Afake+log+line&state=other', { expectedState }),
    );
    expect(forged.unverifiedError).toBeUndefined();
    expect(forged.message).not.toContain('0800');
    expect(callbackError(() => parseCallback('?code=1/abc&state=st4te_-AbD', { expectedState })).error).toBe(
      'state_mismatch',
    );
    expect(callbackError(() => parseCallback('?code=1/abc&state=st4te_-AbC0', { expectedState })).error).toBe(
      'state_mismatch',
    );
  });

  it('rejects a repeated state or code', () => {
    expect(
      callbackError(() =>
        parseCallback(`?code=1/a&state=${expectedState}&state=${expectedState}`, { expectedState }),
      ).error,
    ).toBe('duplicate_parameter');
    expect(
      callbackError(() => parseCallback(`?code=1/a&code=1/b&state=${expectedState}`, { expectedState }))
        .error,
    ).toBe('duplicate_parameter');
  });

  it('turns a provider error into OAuthCallbackError carrying error, description and uri', () => {
    const error = callbackError(() =>
      parseCallback(
        `https://example.com/back?error=access_denied&error_description=The+user+denied%20access&error_uri=https%3A%2F%2Fbuffer.com%2Fhelp&state=${expectedState}`,
        { expectedState },
      ),
    );
    expect(error.error).toBe('access_denied');
    expect(error.description).toBe('The user denied access');
    expect(error.uri).toBe('https://buffer.com/help');
    expect(error.message).toBe('OAuth authorization failed: access_denied - The user denied access');
    expect(error.kind).toBe('oauth_callback_error');
  });

  it('hides secret-shaped text in a provider error description', () => {
    const error = callbackError(() =>
      parseCallback(
        `?error=invalid_request&error_description=code+1%2FmWot20jTwojsd00j+is+bad&state=${expectedState}`,
        {
          expectedState,
        },
      ),
    );
    expect(error.description).toBe('code 1/[REDACTED] is bad');
  });

  it('says so when there is neither a code nor an error', () => {
    const error = callbackError(() => parseCallback(`?state=${expectedState}&code=`, { expectedState }));
    expect(error.error).toBe('missing_code');
    expect(error.message).toBe('The callback carries neither an authorization code nor an error');
  });

  it('refuses input that is not a URL, query or URLSearchParams', () => {
    for (const bad of [undefined, null, 42, {}]) {
      expect(() => parseCallback(bad as unknown as string, { expectedState })).toThrowError(
        expect.objectContaining({ kind: 'invalid_input', reason: 'invalid_value', field: 'input' }),
      );
    }
  });

  it('reads a URL-like object from another realm through its href', () => {
    const foreign = { href: `https://example.com/back?code=1%2Fabc&state=${expectedState}` };
    expect(parseCallback(foreign as unknown as URL, { expectedState }).code).toBe('1/abc');
  });

  it('refuses an empty expectedState as a programming error', () => {
    expect(() => parseCallback('?code=1/a&state=', { expectedState: '' })).toThrowError(
      expect.objectContaining({ kind: 'invalid_input', field: 'expectedState' }),
    );
  });

  it('reads back any code and state that were percent-encoded once (property)', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1 });
    fc.assert(
      fc.property(text, text, (code, state) => {
        const query = `code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`;
        expect(parseCallback(query, { expectedState: state })).toEqual({ code, state });
        expect(parseCallback(`https://example.com/cb?${query}`, { expectedState: state }).code).toBe(code);
      }),
    );
  });
});
