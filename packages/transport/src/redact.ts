/** What a secret is replaced with in every message, log view and serialised error. */
export const REDACTED = '[REDACTED]';

// Form/query keys whose values are credentials. `code` is the OAuth authorization code. A value runs to the
// next `&`, `#`, whitespace or `"`: hiding too much is harmless, hiding too little is not.
const SECRET_PARAM =
  /(^|[?&#;\s"'(,{])(access_token|refresh_token|id_token|client_secret|code|password)=([^&#\s"]*)/gi;
// The same inside a percent-encoded URL or form carried as a value (`?next=https%3A…%3Faccess_token%3D…`):
// the encoded value runs to the next encoded `&` or `#`.
const ENCODED_SECRET_PARAM =
  /((?:^|[=?&#\s"']|%3F|%26|%23|%20)(?:access_token|refresh_token|id_token|client_secret|code|password)%3D)((?:(?!%26|%23)[^&#\s"])*)/gi;
// JSON string members holding credentials (e.g. a token endpoint's answer). Buffer's numeric `"code": 1003` is kept.
const SECRET_JSON =
  /("(?:access_token|refresh_token|id_token|client_secret|password|authorization)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
// An Authorization header written out as text, in any quoting.
// A quoted value runs to its closing quote, an unquoted one to the end of the line.
const AUTH_HEADER = /\b((?:proxy-)?authorization["']?\s*[:=]\s*)("[^"\r\n]*"?|'[^'\r\n]*'?|[^\r\n]*)/gi;
const AUTH_SCHEME = /\b(Bearer|Basic)\s+[^\s"]+/gi;
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^/\s:@]+):[^/\s@]+@/gi;

/**
 * The one redaction used everywhere (errors, hook views, `toJSON`, `inspect`): hides `Authorization` values,
 * `access_token=`, `client_secret=` and `code=` in URLs and form bodies, credential members of JSON bodies
 * and passwords in URLs. Idempotent: `redact(redact(x)) === redact(x)`.
 */
export function redact(text: string): string {
  return text
    .replace(URL_PASSWORD, `$1:${REDACTED}@`)
    .replace(SECRET_PARAM, `$1$2=${REDACTED}`)
    .replace(ENCODED_SECRET_PARAM, `$1${REDACTED}`)
    .replace(SECRET_JSON, `$1"${REDACTED}"`)
    .replace(AUTH_SCHEME, `$1 ${REDACTED}`)
    .replace(AUTH_HEADER, (_all, name: string, value: string) => {
      const quote = value.startsWith('"') || value.startsWith("'") ? value[0] : '';
      return `${name}${quote}${REDACTED}${quote}`;
    });
}

/** A URL safe to print: credential query parameters and any userinfo password hidden. */
export function redactUrl(url: string | URL): string {
  return redact(String(url));
}

// Headers whose whole value is a credential, whatever its format.
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-auth-token',
]);

/** A plain-object copy of headers safe to log: credential headers replaced, other values redacted. */
export function redactHeaders(
  headers: Headers | Readonly<Record<string, string>> | ReadonlyArray<readonly [string, string]>,
): Record<string, string> {
  const entries: Iterable<readonly [string, string]> =
    headers instanceof Headers
      ? headers.entries()
      : Array.isArray(headers)
        ? headers
        : Object.entries(headers);
  const result: Record<string, string> = {};
  for (const [name, value] of entries) {
    result[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : redact(value);
  }
  return result;
}
