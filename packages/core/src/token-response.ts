import { OAUTH_ERRORS, OAuthError } from './errors.js';
import { bodySnippet, redactSecrets } from './redact.js';

export interface TokenResponseInput {
  status: number;
  headers: Headers | Record<string, string>;
  text: string;
}

export interface TokenResponseOptions {
  /**
   * Strings to hide from error snippets besides the usual suspects (access tokens, `client_secret=`, `code=`,
   * Buffer-shaped `1/…` values): pass the client secret and the code you sent. Strings shorter than 4
   * characters are not searched for, as hiding them would garble the snippet.
   */
  secrets?: readonly string[];
}

export interface TokenSet {
  accessToken: string;
  /** Buffer documents only `access_token`; `bearer` when the response has no `token_type`. */
  tokenType: string;
  /** The whole parsed body, for fields Buffer may add. */
  raw: Record<string, unknown>;
}

function contentTypeOf(headers: Headers | Record<string, string>): string {
  if (headers instanceof Headers) return headers.get('content-type') ?? '';
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type');
  return entry?.[1] ?? '';
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function describeUnusable(contentType: string, text: string, json: boolean): string {
  if (text.trim().length === 0) return `empty body`;
  if (json) return 'JSON without an access_token';
  if (/html/i.test(contentType) || /^\s*</.test(text)) return 'an HTML page instead of JSON';
  return `a body that is not a JSON object${contentType ? ` (${contentType.split(';')[0]})` : ''}`;
}

/**
 * Validates the token endpoint's answer. A 2xx JSON object with a non-empty string `access_token` is a token
 * (JSON's `\/` escapes read as `/`). A draft-20 error body (`error`, `error_description`, `error_uri`), even
 * with a 200, becomes an `OAuthError` with those fields and the status. Anything else (an HTML error page,
 * an empty body, JSON without a token) is an `OAuthError` `invalid_response` with the status and a short,
 * redacted snippet of the body; a JSON syntax error never escapes.
 */
export function parseTokenResponse(r: TokenResponseInput, o: TokenResponseOptions = {}): TokenSet {
  const secrets = o.secrets ?? [];
  const text = typeof r.text === 'string' ? r.text : '';
  const body = parseJsonObject(text);

  const error = optionalString(body?.error);
  if (body && error !== undefined) {
    const description = optionalString(body.error_description);
    const uri = optionalString(body.error_uri);
    throw new OAuthError({
      error: redactSecrets(error, secrets),
      status: r.status,
      ...(description !== undefined ? { description: redactSecrets(description, secrets) } : {}),
      ...(uri !== undefined ? { uri: redactSecrets(uri, secrets) } : {}),
    });
  }

  const accessToken = optionalString(body?.access_token);
  if (body && accessToken !== undefined && r.status >= 200 && r.status < 300) {
    const tokenType = optionalString(body.token_type) ?? 'bearer';
    return { accessToken, tokenType, raw: body };
  }

  // Buffer's own error shape, `{"success":false,"code":…,"message":"…"}`, is kept as the description.
  const message = optionalString(body?.message);
  const what =
    body && accessToken !== undefined
      ? 'a token with a non-success status'
      : describeUnusable(contentTypeOf(r.headers), text, body !== undefined);
  throw new OAuthError({
    error: OAUTH_ERRORS.invalidResponse,
    status: r.status,
    description:
      message !== undefined ? redactSecrets(message, secrets) : `The token endpoint returned ${what}`,
    snippet: bodySnippet(text, secrets),
  });
}
