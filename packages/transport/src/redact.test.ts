import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactHeaders, redactUrl } from './redact.js';

describe('redact', () => {
  it.each([
    ['access_token=1/abc&x=1', `access_token=${REDACTED}&x=1`],
    [
      'https://a.example/1/u.json?access_token=1%2Fabc',
      `https://a.example/1/u.json?access_token=${REDACTED}`,
    ],
    ['https://a.example/cb?state=s&code=1/xyz#top', `https://a.example/cb?state=s&code=${REDACTED}#top`],
    [
      'client_id=id&client_secret=s3cr3t&code=1/xyz',
      `client_id=id&client_secret=${REDACTED}&code=${REDACTED}`,
    ],
    ['Authorization: Bearer 1/abc', `Authorization: ${REDACTED}`],
    ['{"authorization":"Bearer 1/abc"}', `{"authorization":"${REDACTED}"}`],
    ['sent with Bearer 1/abc!x', `sent with Bearer ${REDACTED}`],
    [
      '{"access_token":"1/abc","token_type":"bearer"}',
      `{"access_token":"${REDACTED}","token_type":"bearer"}`,
    ],
    ['https://user:pa55@host.example/x', `https://user:${REDACTED}@host.example/x`],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'media[code]=1&error_code=2',
    '{"success":false,"code":1003,"message":"Profile could not be found."}',
    'https://api.bufferapp.com/1/profiles/4eb854340acb04e870000010.json?utc=true',
    'text=Hello%20world&profile_ids[]=a&shorten=true',
  ])('leaves non-secrets alone: %s', (input) => {
    expect(redact(input)).toBe(input);
  });

  const tokenChars = fc.constantFrom(
    ..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/+=%!*()',;:@$".split(''),
  );
  const secret = fc
    .array(tokenChars, { minLength: 12, maxLength: 64 })
    .map((chars) => chars.join(''))
    .filter((s) => !REDACTED.includes(s));
  const placements: Array<(s: string) => string> = [
    (s) => `access_token=${s}`,
    (s) => `text=hi&access_token=${s}&profile_ids[]=a`,
    (s) => `https://api.example/1/user.json?utc=1&access_token=${s}`,
    (s) => `client_id=c&client_secret=${s}&redirect_uri=https%3A%2F%2Fa&code=1%2Fx`,
    (s) => `grant_type=authorization_code&code=${s}`,
    (s) => `Authorization: Bearer ${s}`,
    (s) => `{"Authorization":"Bearer ${s.replaceAll('"', '')}"}`,
    (s) => `request failed (POST https://api.example/x?access_token=${s})`,
  ];

  it('hides any token in any placement (property)', () => {
    fc.assert(
      fc.property(secret, fc.nat(placements.length - 1), (s, i) => {
        const text = placements[i]!(s);
        expect(redact(text)).not.toContain(s);
      }),
      { numRuns: 500 },
    );
  });

  // A URL or form that is itself a percent-encoded value: the secret appears encoded.
  const encodedPlacements: Array<(s: string) => string> = [
    (s) =>
      `https://app.example/login?next=${encodeURIComponent(`https://api.example/1/u.json?access_token=${s}`)}`,
    (s) => `https://app.example/login?next=${encodeURIComponent(`https://api.example/x?a=1&code=${s}#f`)}`,
    (s) => `payload=${encodeURIComponent(`client_id=c&client_secret=${s}`)}&x=1`,
  ];

  it('hides a token inside a percent-encoded URL or form carried as a value (property)', () => {
    fc.assert(
      fc.property(secret, fc.nat(encodedPlacements.length - 1), (s, i) => {
        const once = redact(encodedPlacements[i]!(s));
        expect(once).not.toContain(encodeURIComponent(s));
        expect(redact(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps what follows an encoded secret', () => {
    const next = encodeURIComponent('https://api.example/x?access_token=1/abc&utc=true');
    expect(redact(`https://app.example/login?next=${next}`)).toBe(
      `https://app.example/login?next=https%3A%2F%2Fapi.example%2Fx%3Faccess_token%3D${REDACTED}%26utc%3Dtrue`,
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(secret, fc.nat(placements.length - 1), (s, i) => {
        const once = redact(placements[i]!(s));
        expect(redact(once)).toBe(once);
      }),
    );
  });
});

describe('redactUrl', () => {
  it('accepts a URL object', () => {
    expect(redactUrl(new URL('https://a.example/x?access_token=t&b=2'))).toBe(
      `https://a.example/x?access_token=${REDACTED}&b=2`,
    );
  });
});

describe('redactHeaders', () => {
  it('replaces credential headers whole and redacts the rest', () => {
    expect(
      redactHeaders({
        Authorization: 'Bearer t',
        Cookie: 'session=abc',
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Debug': 'access_token=t',
      }),
    ).toEqual({
      Authorization: REDACTED,
      Cookie: REDACTED,
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Debug': `access_token=${REDACTED}`,
    });
  });

  it('reads a Headers object (names lower-cased)', () => {
    expect(redactHeaders(new Headers({ 'Set-Cookie': 'a=b', 'X-Id': '1' }))).toEqual({
      'set-cookie': REDACTED,
      'x-id': '1',
    });
  });
});
