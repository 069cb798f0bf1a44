import { describe, expect, it } from 'vitest';
import { OAuthError } from './errors.js';
import { parseTokenResponse } from './token-response.js';

const json = { 'Content-Type': 'application/json' };

function oauthError(run: () => unknown): OAuthError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OAuthError);
    return error as OAuthError;
  }
  throw new Error('expected an OAuthError');
}

describe('parseTokenResponse', () => {
  it('reads a token, unescaping \\/ and defaulting token_type to bearer', () => {
    const text = '{"access_token":"1\\/abc"}';
    expect(parseTokenResponse({ status: 200, headers: json, text })).toEqual({
      accessToken: '1/abc',
      tokenType: 'bearer',
      raw: { access_token: '1/abc' },
    });
  });

  it('keeps a token_type that is given, and the whole body as raw', () => {
    const text = '\uFEFF {"access_token":"1/abc","token_type":"Bearer","extra":[1]} ';
    expect(parseTokenResponse({ status: 200, headers: new Headers(json), text })).toEqual({
      accessToken: '1/abc',
      tokenType: 'Bearer',
      raw: { access_token: '1/abc', token_type: 'Bearer', extra: [1] },
    });
  });

  it('turns a draft-20 error body into OAuthError with its fields and the status', () => {
    const error = oauthError(() =>
      parseTokenResponse({
        status: 400,
        headers: json,
        text: '{"error":"invalid_grant","error_description":"The code has expired","error_uri":"https://buffer.com/e"}',
      }),
    );
    expect(error).toMatchObject({
      kind: 'oauth_error',
      error: 'invalid_grant',
      description: 'The code has expired',
      uri: 'https://buffer.com/e',
      status: 400,
    });
    expect(error.snippet).toBeUndefined();
    expect(error.message).toBe('OAuth token request failed (HTTP 400): invalid_grant - The code has expired');
  });

  it('treats an error body as an error even with status 200', () => {
    const error = oauthError(() =>
      parseTokenResponse({
        status: 200,
        headers: json,
        text: '{"error":"invalid_client","access_token":"x"}',
      }),
    );
    expect(error).toMatchObject({ error: 'invalid_client', status: 200 });
  });

  it.each([
    [
      'an HTML error page',
      502,
      { 'content-type': 'text/html; charset=utf-8' },
      '<html>\n<body><h1>502 Bad Gateway</h1></body>\n</html>',
      'The token endpoint returned an HTML page instead of JSON',
      '<html> <body><h1>502 Bad Gateway</h1></body> </html>',
    ],
    ['an empty body', 500, {}, '', 'The token endpoint returned empty body', ''],
    [
      'JSON without a token',
      200,
      json,
      '{"success":true}',
      'The token endpoint returned JSON without an access_token',
      '{"success":true}',
    ],
    [
      'an empty token',
      200,
      json,
      '{"access_token":""}',
      'The token endpoint returned JSON without an access_token',
      '{"access_token":"[REDACTED]"}',
    ],
    [
      'broken JSON',
      200,
      json,
      '{"access_token": "1/abc',
      'The token endpoint returned a body that is not a JSON object (application/json)',
      '{"access_token": "[REDACTED]"',
    ],
    [
      'a JSON array',
      200,
      json,
      '["x"]',
      'The token endpoint returned a body that is not a JSON object (application/json)',
      '["x"]',
    ],
    [
      'a token with an error status',
      500,
      json,
      '{"access_token":"1/abcdefghij"}',
      'The token endpoint returned a token with a non-success status',
      '{"access_token":"[REDACTED]"}',
    ],
    [
      "Buffer's own error shape",
      400,
      json,
      '{"success":false,"code":1004,"message":"Required parameter missing."}',
      'Required parameter missing.',
      '{"success":false,"code":1004,"message":"Required parameter missing."}',
    ],
  ])(
    'turns %s into OAuthError invalid_response with a snippet',
    (_label, status, headers, text, description, snippet) => {
      const error = oauthError(() => parseTokenResponse({ status, headers, text }));
      expect(error).toMatchObject({ error: 'invalid_response', status, description, snippet });
      expect(error).not.toBeInstanceOf(SyntaxError);
    },
  );

  it('never puts a token, secret or code into the snippet or message', () => {
    const secret = 'sup3r-s3cret+/=';
    const code = '1/mWot20jTwojsd00jFlaaR45';
    const text =
      `<html><p>client_secret=${encodeURIComponent(secret)}&code=${code}</p>` +
      `<pre>{"access_token":"1\\/f00ba4", "refresh_token":"r3fr3sh"} Authorization: Bearer t0k3n.value</pre>` +
      `<p>echo ${secret} and ${code}</p></html>`;
    const error = oauthError(() =>
      parseTokenResponse({ status: 500, headers: {}, text }, { secrets: [secret, code] }),
    );
    const everything = JSON.stringify(error) + error.message + String(error.snippet);
    for (const leaked of [
      secret,
      encodeURIComponent(secret),
      code,
      'mWot20j',
      'f00ba4',
      'r3fr3sh',
      't0k3n',
    ]) {
      expect(everything).not.toContain(leaked);
    }
    expect(error.snippet).toContain('client_secret=[REDACTED]');
    expect(error.snippet).toContain('"access_token":"[REDACTED]"');
    expect(error.snippet).toContain('Bearer [REDACTED]');
  });

  it('keeps snippets short and on one line', () => {
    const error = oauthError(() =>
      parseTokenResponse({
        status: 503,
        headers: { 'Content-Type': 'text/plain' },
        text: `down\n${'x'.repeat(5000)}`,
      }),
    );
    expect(error.snippet).toBe(`down ${'x'.repeat(195)}…`);
    expect(error.description).toBe(
      'The token endpoint returned a body that is not a JSON object (text/plain)',
    );
  });

  it('redacts a secret echoed in a draft-20 error description', () => {
    const error = oauthError(() =>
      parseTokenResponse(
        {
          status: 400,
          headers: json,
          text: '{"error":"invalid_grant","error_description":"code 1/abcdefghijk is used"}',
        },
        {},
      ),
    );
    expect(error.description).toBe('code 1/[REDACTED] is used');
  });

  it('has a secret-free toJSON', () => {
    const error = oauthError(() =>
      parseTokenResponse({ status: 401, headers: json, text: '{"error":"invalid_client"}' }),
    );
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'OAuthError',
      kind: 'oauth_error',
      message: 'OAuth token request failed (HTTP 401): invalid_client',
      error: 'invalid_client',
      status: 401,
    });
  });
});
