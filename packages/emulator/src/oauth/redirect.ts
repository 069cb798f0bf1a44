/**
 * Appends query parameters to a redirect URI, after any query it already has and before any fragment.
 * Values are percent-encoded except those marked raw (Buffer writes the code's `/` unencoded).
 */
export function appendQuery(uri: string, params: ReadonlyArray<readonly [string, string, 'raw'?]>): string {
  const hash = uri.indexOf('#');
  const base = hash >= 0 ? uri.slice(0, hash) : uri;
  const fragment = hash >= 0 ? uri.slice(hash) : '';
  const query = params
    .map(([key, value, raw]) => `${encodeURIComponent(key)}=${raw ? value : encodeURIComponent(value)}`)
    .join('&');
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}${query}${fragment}`;
}
