import { assertWellFormed } from './well-formed.js';

// encodeURIComponent leaves these unescaped; the application/x-www-form-urlencoded serializer
// (what URLSearchParams produces) escapes them, so we do too.
const LEFT_BY_ENCODE_URI_COMPONENT = /[!'()~]/g;

function escapeMark(mark: string): string {
  return `%${mark.charCodeAt(0).toString(16).toUpperCase()}`;
}

/**
 * Percent-encodes one form name or value: the bytes URLSearchParams would produce, except that a space is
 * `%20` rather than `+`. `%20` means a space to every decoder (form rules and RFC 3986 alike), while `+` is a
 * space only under form rules, so `%20` cannot be misread.
 */
export function encodeFormComponent(value: string, field: string): string {
  assertWellFormed(value, field);
  return encodeURIComponent(value).replace(LEFT_BY_ENCODE_URI_COMPONENT, escapeMark);
}

/**
 * Like `encodeFormComponent` but leaves `/` literal. Buffer requires its authorization code as
 * `1/mWot…`, never `1%2FmWot…`; a literal `/` decodes to `/` under every form parser, so nothing else changes.
 * Only a real `/` becomes literal: a `%2F` typed in the input was already escaped to `%252F`.
 */
export function encodeFormComponentKeepingSlash(value: string, field: string): string {
  return encodeFormComponent(value, field).replaceAll('%2F', '/');
}
