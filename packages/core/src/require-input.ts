import { INPUT_ERRORS, InvalidInputError } from './errors.js';

/** Rejects a missing or empty string parameter, naming it (never echoing its value). */
export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    const got =
      value === undefined
        ? 'missing'
        : value === null
          ? 'null'
          : typeof value === 'string'
            ? 'an empty string'
            : typeof value;
    throw new InvalidInputError(
      INPUT_ERRORS.missingParameter,
      `${field} is required and must be a non-empty string (got ${got})`,
      field,
    );
  }
  return value;
}

/** Checks that `value` is an absolute http(s) URL without a fragment, and returns it unchanged. */
export function requireEndpointUrl(value: unknown, field: string): string {
  const url = requireString(value, field);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidInputError(INPUT_ERRORS.invalidUrl, `${field} must be an absolute URL`, field);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new InvalidInputError(INPUT_ERRORS.invalidUrl, `${field} must be an http(s) URL`, field);
  }
  // OAuth endpoints must not carry a fragment (draft-20 §3.1, §3.2), and a query appended after one is lost.
  if (url.includes('#')) {
    throw new InvalidInputError(INPUT_ERRORS.invalidUrl, `${field} must not contain a fragment (#…)`, field);
  }
  return url;
}

/** Appends `pairs` (already encoded) to `url`'s query, keeping what is there byte for byte. */
export function appendQuery(url: string, pairs: string): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash);
  const query = base.indexOf('?');
  const separator = query === -1 ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}${pairs}${fragment}`;
}
