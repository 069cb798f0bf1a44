import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAuthorizationUrl } from './authorization-url.js';
import { InvalidInputError } from './errors.js';

describe('buildAuthorizationUrl', () => {
  it('builds Buffer’s authorize URL with the parameters in order', () => {
    expect(
      buildAuthorizationUrl({
        clientId: '4e9680b8512f7e6b22000000',
        redirectUri: 'https://example.com/back',
        state: 'xyz',
      }),
    ).toBe(
      'https://bufferapp.com/oauth2/authorize?client_id=4e9680b8512f7e6b22000000' +
        '&redirect_uri=https%3A%2F%2Fexample.com%2Fback&response_type=code&state=xyz',
    );
  });

  it('uses the redirect URI byte for byte: no trailing slash, case, port or query normalisation', () => {
    const redirectUri = 'HTTP://Example.COM:443/Call%62ack/?b=2&a=1 #x';
    const url = buildAuthorizationUrl({ clientId: 'c', redirectUri, state: 's' });
    expect(url).toBe(
      'https://bufferapp.com/oauth2/authorize?client_id=c' +
        '&redirect_uri=HTTP%3A%2F%2FExample.COM%3A443%2FCall%2562ack%2F%3Fb%3D2%26a%3D1%20%23x' +
        '&response_type=code&state=s',
    );
    expect(new URL(url).searchParams.get('redirect_uri')).toBe(redirectUri);
  });

  it('encodes a space as %20, which reads as a space with or without form rules', () => {
    const url = buildAuthorizationUrl({
      clientId: 'a b+c',
      redirectUri: 'http://127.0.0.1:3000/cb',
      state: 's t',
    });
    expect(url).toContain('client_id=a%20b%2Bc&');
    expect(url).toContain('&state=s%20t');
  });

  it('honours an overridden authorize URL (an emulator) and keeps a query it already has', () => {
    expect(
      buildAuthorizationUrl({
        clientId: 'c',
        redirectUri: 'http://localhost/cb',
        state: 's',
        authorizeUrl: 'http://127.0.0.1:4010/oauth2/authorize',
      }),
    ).toBe(
      'http://127.0.0.1:4010/oauth2/authorize?client_id=c&redirect_uri=http%3A%2F%2Flocalhost%2Fcb&response_type=code&state=s',
    );
    expect(
      buildAuthorizationUrl({
        clientId: 'c',
        redirectUri: 'http://localhost/cb',
        state: 's',
        authorizeUrl: 'https://gateway.example/authorize?tenant=a%20b',
      }),
    ).toBe(
      'https://gateway.example/authorize?tenant=a%20b&client_id=c&redirect_uri=http%3A%2F%2Flocalhost%2Fcb&response_type=code&state=s',
    );
    expect(
      buildAuthorizationUrl({
        clientId: 'c',
        redirectUri: 'r',
        state: 's',
        authorizeUrl: 'https://g.example/a?',
      }),
    ).toBe('https://g.example/a?client_id=c&redirect_uri=r&response_type=code&state=s');
  });

  it('refuses an authorize URL that already sets one of its parameters, or is not an http(s) URL', () => {
    const base = { clientId: 'c', redirectUri: 'http://localhost/cb', state: 's' };
    for (const authorizeUrl of [
      'https://g.example/a?state=1',
      'https://g.example/a?response_type=token',
      'not a url',
      'ftp://g.example/a',
      'https://g.example/a#frag',
    ]) {
      expect(() => buildAuthorizationUrl({ ...base, authorizeUrl })).toThrowError(
        expect.objectContaining({ kind: 'invalid_input', field: 'authorizeUrl' }),
      );
    }
  });

  it('refuses missing or empty inputs with a typed error naming the field', () => {
    for (const field of ['clientId', 'redirectUri', 'state'] as const) {
      const input = { clientId: 'c', redirectUri: 'r', state: 's', [field]: '' };
      let caught: unknown;
      try {
        buildAuthorizationUrl(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidInputError);
      expect(caught).toMatchObject({ reason: 'missing_parameter', field });
    }
  });

  it('refuses a lone surrogate instead of sending U+FFFD', () => {
    expect(() => buildAuthorizationUrl({ clientId: 'c', redirectUri: 'r', state: 'a\uD800' })).toThrowError(
      expect.objectContaining({ reason: 'lone_surrogate', field: 'state' }),
    );
  });

  it('every value reads back exactly with URLSearchParams (property)', () => {
    const value = fc.string({ unit: 'grapheme', minLength: 1 });
    fc.assert(
      fc.property(value, value, value, (clientId, redirectUri, state) => {
        const url = new URL(buildAuthorizationUrl({ clientId, redirectUri, state }));
        expect([...url.searchParams]).toEqual([
          ['client_id', clientId],
          ['redirect_uri', redirectUri],
          ['response_type', 'code'],
          ['state', state],
        ]);
      }),
    );
  });
});
