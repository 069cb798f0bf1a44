import { API_BASE_URL } from '@bufferkit/core';
import { BufferValidationError } from './errors.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

function httpsMessage(field: string, secrets: string): string {
  return `${field} must use https (plain http is only allowed for 127.0.0.1, ::1 and localhost), so ${secrets} never sent in clear text`;
}

/** Whether `value` is an http(s) URL on 127.0.0.1, ::1 or localhost (a local emulator). */
export function isLoopbackUrl(value: string): boolean {
  return URL.canParse(value) && LOOPBACK_HOSTS.has(new URL(value).hostname);
}

/**
 * Refuses a plain-http URL off loopback (the same rule as `resolveBaseUrl`) and returns the URL unchanged;
 * for URLs that may keep a query of their own, such as an authorize URL. Malformed URLs are left to the caller.
 */
export function requireHttpsOrLoopback(
  value: string,
  field: string,
  operation: string,
  secrets: string,
): string {
  if (URL.canParse(value)) {
    const url = new URL(value);
    if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
      throw new BufferValidationError({
        source: 'input',
        operation,
        issues: [{ path: field, rule: 'https_required', message: httpsMessage(field, secrets) }],
      });
    }
  }
  return value;
}

/**
 * The API root, without a trailing slash. HTTPS is required so a token never crosses the network in clear
 * text; plain http is allowed only for loopback hosts (a local emulator), where nothing leaves the machine.
 */
export function resolveBaseUrl(
  value: string | undefined,
  field = 'baseUrl',
  operation = 'createBufferClient',
  secrets = 'the access token is',
): string {
  const refuse = (rule: string, message: string): never => {
    throw new BufferValidationError({ source: 'input', operation, issues: [{ path: field, rule, message }] });
  };
  const raw = value ?? API_BASE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('format', `${field} must be an absolute URL such as ${API_BASE_URL}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    refuse('format', `${field} must be an http(s) URL`);
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    refuse('https_required', httpsMessage(field, secrets));
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    refuse('format', `${field} must not contain a query, fragment or credentials`);
  }
  return url.href.replace(/\/+$/, '');
}
