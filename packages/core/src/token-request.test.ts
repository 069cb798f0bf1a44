import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from './errors.js';
import { buildTokenRequest } from './token-request.js';

const base = {
  clientId: '4e9680b8512f7e6b22000000',
  clientSecret: 'secret',
  redirectUri: 'https://example.com/back',
  code: '1/mWot20jTwojsd00jFlaaR45',
};

describe('buildTokenRequest', () => {
  it('builds the exact POST Buffer expects (seed vector)', () => {
    expect(buildTokenRequest(base)).toEqual({
      method: 'POST',
      url: 'https://api.bufferapp.com/1/oauth2/token.json',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body:
        'client_id=4e9680b8512f7e6b22000000&client_secret=secret&redirect_uri=https%3A%2F%2Fexample.com%2Fback' +
        '&code=1/mWot20jTwojsd00jFlaaR45&grant_type=authorization_code',
    });
  });

  it('leaves only / literal in the code, and encodes every other parameter in full', () => {
    const { body } = buildTokenRequest({ ...base, clientSecret: 'a+b/c=&d', code: '1/a+b c&d=e%2Ff/ü' });
    expect(body).toBe(
      'client_id=4e9680b8512f7e6b22000000&client_secret=a%2Bb%2Fc%3D%26d' +
        '&redirect_uri=https%3A%2F%2Fexample.com%2Fback&code=1/a%2Bb%20c%26d%3De%252Ff/%C3%BC' +
        '&grant_type=authorization_code',
    );
    const params = new URLSearchParams(body);
    expect(params.get('client_secret')).toBe('a+b/c=&d');
    expect(params.get('code')).toBe('1/a+b c&d=e%2Ff/ü');
  });

  it('honours an overridden token URL (an emulator)', () => {
    expect(buildTokenRequest({ ...base, tokenUrl: 'http://127.0.0.1:4010/1/oauth2/token.json' }).url).toBe(
      'http://127.0.0.1:4010/1/oauth2/token.json',
    );
  });

  it('refuses a missing or empty input before building anything, without echoing secrets', () => {
    for (const field of ['clientId', 'clientSecret', 'redirectUri', 'code'] as const) {
      for (const bad of ['', undefined]) {
        let caught: unknown;
        try {
          buildTokenRequest({ ...base, [field]: bad as unknown as string });
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(InvalidInputError);
        expect(caught).toMatchObject({ reason: 'missing_parameter', field });
        expect(String((caught as Error).message)).not.toContain(base.code);
        expect((caught as Error).message).toBe(
          `${field} is required and must be a non-empty string (got ${bad === '' ? 'an empty string' : 'missing'})`,
        );
      }
    }
    expect(() => buildTokenRequest({ ...base, tokenUrl: 'token.json' })).toThrowError(
      expect.objectContaining({ reason: 'invalid_url', field: 'tokenUrl' }),
    );
  });

  it('refuses a lone surrogate in a secret, naming the field only', () => {
    let caught: unknown;
    try {
      buildTokenRequest({ ...base, clientSecret: 'sec\uDC00ret' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ reason: 'lone_surrogate', field: 'clientSecret' });
    expect((caught as Error).message).not.toContain('sec');
  });

  it('any code reads back exactly with a form parser and its part never holds %2F (property)', () => {
    const code = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1 }),
      fc.string({ unit: fc.constantFrom('/', '%', '2', 'F', 'f', '+', ' ', '&', '=', 'a'), minLength: 1 }),
    );
    fc.assert(
      fc.property(code, (value) => {
        const wellFormed = !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
          value,
        );
        if (!wellFormed) {
          expect(() => buildTokenRequest({ ...base, code: value })).toThrowError(InvalidInputError);
          return;
        }
        const { body } = buildTokenRequest({ ...base, code: value });
        const codePart = body.split('&').find((pair) => pair.startsWith('code='));
        expect(codePart?.toUpperCase()).not.toContain('%2F');
        expect(new URLSearchParams(body).getAll('code')).toEqual([value]);
        expect(new URLSearchParams(body).get('grant_type')).toBe('authorization_code');
      }),
    );
  });
});
