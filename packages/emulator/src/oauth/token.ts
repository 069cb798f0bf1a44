import type { Store } from '../state/store.js';

export interface TokenError {
  error: string;
  error_description: string;
}

function oauthError(status: number, error: string, description: string): Response {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    pragma: 'no-cache',
  };
  if (status === 401) headers['www-authenticate'] = 'Basic realm="Buffer"';
  return new Response(JSON.stringify({ error, error_description: description } satisfies TokenError), {
    status,
    headers,
  });
}

/** Form decoding of one value: `+` is a space, then %XX. Undefined for malformed escapes. */
function formDecode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * Splits the raw body on `&` then the first `=`, keeping each raw value: the `code` rule depends on how
 * the client encoded it, which any ordinary form parser would hide.
 */
export function splitRawForm(body: string): Array<{ name: string; raw: string }> {
  if (body === '') return [];
  return body.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    return eq < 0 ? { name: pair, raw: '' } : { name: pair.slice(0, eq), raw: pair.slice(eq + 1) };
  });
}

const REQUIRED = ['grant_type', 'client_id', 'client_secret', 'code', 'redirect_uri'] as const;

/** POST /1/oauth2/token.json — the authorization-code exchange (draft-ietf-oauth-v2-20 §4.1.3). */
export function exchangeToken(
  store: Store,
  contentType: string | null,
  body: string,
  nowMs: number,
): Response {
  if (!contentType || !/^application\/x-www-form-urlencoded\b/i.test(contentType.trim()))
    return oauthError(400, 'invalid_request', 'Send the parameters as application/x-www-form-urlencoded.');
  const raw = new Map<string, string>();
  const values = new Map<string, string>();
  for (const { name: rawName, raw: rawValue } of splitRawForm(body)) {
    const name = formDecode(rawName);
    const value = formDecode(rawValue);
    if (name === undefined || value === undefined)
      return oauthError(400, 'invalid_request', 'The body is not valid form encoding.');
    if (name === '') continue;
    if (values.has(name))
      return oauthError(400, 'invalid_request', `Parameter ${name} was sent more than once.`);
    raw.set(name, rawValue);
    values.set(name, value);
  }
  const grantType = values.get('grant_type');
  if (!grantType) return oauthError(400, 'invalid_request', 'Missing parameter: grant_type.');
  if (grantType !== 'authorization_code')
    return oauthError(400, 'unsupported_grant_type', 'Only grant_type=authorization_code is supported.');
  for (const name of REQUIRED)
    if (!values.get(name)) return oauthError(400, 'invalid_request', `Missing parameter: ${name}.`);

  const clientId = values.get('client_id') ?? '';
  const app = store.apps.get(clientId);
  if (!app || app.clientSecret !== values.get('client_secret'))
    return oauthError(401, 'invalid_client', 'Client authentication failed.');

  // Buffer's rule: the code must arrive as 1/…, never with its slash percent-encoded (1%2F…).
  if (/%2f/i.test(raw.get('code') ?? ''))
    return oauthError(400, 'invalid_grant', 'The code must not be URL-encoded: send 1/… not 1%2F….');
  const code = values.get('code') ?? '';
  const grant = store.codes.get(code);
  if (!grant) return oauthError(400, 'invalid_grant', 'The authorization code is invalid.');
  if (grant.used) {
    // A replayed code is a sign of interception: revoke what it produced.
    for (const token of store.tokens.values()) if (token.code === code) token.revoked = true;
    return oauthError(400, 'invalid_grant', 'The authorization code was already used.');
  }
  // A code lives 30 s: at exactly 30 000 ms it is already expired (strict, so a client that passes here
  // is not relying on a boundary Buffer may not grant).
  if (nowMs >= grant.expiresAt)
    return oauthError(400, 'invalid_grant', 'The authorization code has expired.');
  if (grant.clientId !== clientId)
    return oauthError(400, 'invalid_grant', 'The authorization code was issued to another client.');
  if (grant.redirectUri !== values.get('redirect_uri'))
    return oauthError(400, 'invalid_grant', 'The redirect_uri does not match the one used to authorize.');
  grant.used = true;
  const accessToken = store.issueToken(grant.userId, clientId, code);
  return new Response(JSON.stringify({ access_token: accessToken }), {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      pragma: 'no-cache',
    },
  });
}
