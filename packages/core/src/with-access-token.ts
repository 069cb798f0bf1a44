import { INPUT_ERRORS, InvalidInputError } from './errors.js';
import { encodeFormComponentKeepingSlash } from './form-component.js';
import { appendQuery } from './require-input.js';
import { FORM_CONTENT_TYPE } from './token-request.js';

/** Where the access token goes: Buffer accepts the Authorization header, the query string or the form body. */
export type TokenPlacement = 'header' | 'query' | 'body';

export const TOKEN_PLACEMENTS: readonly TokenPlacement[] = ['header', 'query', 'body'];

/** The request shape `withAccessToken` works on (structurally the transport's `HttpRequest`). */
export interface AuthorizableRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

function headerName(headers: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(headers).find((key) => key.toLowerCase() === lower);
}

function queryOf(url: string): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const mark = base.indexOf('?');
  return mark === -1 ? '' : base.slice(mark + 1);
}

function fail(
  reason: (typeof INPUT_ERRORS)[keyof typeof INPUT_ERRORS],
  message: string,
  field: string,
): never {
  throw new InvalidInputError(reason, message, field);
}

/** Refuses an empty token or one with characters outside visible ASCII, without repeating the token. */
export function assertValidToken(token: unknown, field = 'accessToken'): asserts token is string {
  if (typeof token !== 'string' || token.length === 0) {
    fail(INPUT_ERRORS.invalidToken, `${field} is required and must be a non-empty string`, field);
  }
  for (let i = 0; i < token.length; i++) {
    const unit = token.charCodeAt(i);
    if (unit < 0x21 || unit > 0x7e) {
      const what =
        unit === 0x20
          ? 'a space'
          : unit === 0x0a || unit === 0x0d
            ? 'a line break'
            : unit < 0x20 || unit === 0x7f
              ? 'a control character'
              : 'a non-ASCII character';
      fail(
        INPUT_ERRORS.invalidToken,
        `${field} contains ${what} at index ${i} (of ${token.length}); tokens are visible ASCII only. Check for stray whitespace when reading it from a file or environment variable`,
        field,
      );
    }
  }
}

/**
 * Returns a copy of `request` carrying `token` in exactly one place: `header` (default) as
 * `Authorization: Bearer <token>`, `query` as `access_token` after the existing query, or `body` as
 * `access_token` after the existing form body (setting the form Content-Type if none is set).
 * The request is never mutated. A request that already carries a token (an Authorization header, or
 * `access_token` in the query or body) is refused, so a token is never sent twice or in two versions.
 * In the query and body, `/` in the token stays literal, as Buffer's own codes and tokens are written.
 */
export function withAccessToken<R extends AuthorizableRequest>(
  request: R,
  token: string,
  placement: TokenPlacement = 'header',
): R {
  assertValidToken(token);
  if (!TOKEN_PLACEMENTS.includes(placement)) {
    fail(
      INPUT_ERRORS.invalidPlacement,
      `placement must be one of ${TOKEN_PLACEMENTS.join(', ')} (got ${String(placement)})`,
      'placement',
    );
  }
  const headers = request.headers ?? {};
  const contentTypeName = headerName(headers, 'content-type');
  const contentType = contentTypeName ? (headers[contentTypeName] ?? '') : '';
  const formBody = contentTypeName === undefined || contentType.toLowerCase().startsWith(FORM_CONTENT_TYPE);

  if (headerName(headers, 'authorization') !== undefined) {
    fail(INPUT_ERRORS.tokenAlreadyPresent, 'The request already has an Authorization header', 'headers');
  }
  if (new URLSearchParams(queryOf(request.url)).has('access_token')) {
    fail(INPUT_ERRORS.tokenAlreadyPresent, 'The request URL already has an access_token parameter', 'url');
  }
  if (request.body !== undefined && formBody && new URLSearchParams(request.body).has('access_token')) {
    fail(INPUT_ERRORS.tokenAlreadyPresent, 'The request body already has an access_token parameter', 'body');
  }

  const pair = `access_token=${encodeFormComponentKeepingSlash(token, 'accessToken')}`;
  if (placement === 'header') {
    return { ...request, headers: { ...headers, Authorization: `Bearer ${token}` } };
  }
  if (placement === 'query') {
    return { ...request, headers: { ...headers }, url: appendQuery(request.url, pair) };
  }
  const method = request.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD') {
    fail(
      INPUT_ERRORS.invalidPlacement,
      `A ${method} request has no body; place the token in the header or query`,
      'placement',
    );
  }
  if (!formBody) {
    fail(
      INPUT_ERRORS.invalidPlacement,
      `The body is ${contentType}, not a form; place the token in the header or query`,
      'placement',
    );
  }
  const body = request.body === undefined || request.body === '' ? pair : `${request.body}&${pair}`;
  return {
    ...request,
    headers: contentTypeName ? { ...headers } : { ...headers, 'Content-Type': FORM_CONTENT_TYPE },
    body,
  };
}
