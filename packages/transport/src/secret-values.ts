import { REDACTED, redact } from './redact.js';

const SECRET_PARAMS = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'code',
  'password',
]);
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie']);
// Shorter literals would scrub ordinary words from messages; patterns still catch them in context.
const MIN_LENGTH = 4;

export interface RequestSecrets {
  url: string;
  headers?: Readonly<Record<string, string>> | undefined;
  body?: string | undefined;
}

function fromForm(form: string, into: Set<string>): void {
  for (const pair of form.split('&')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const key = pair.slice(0, at);
    if (!SECRET_PARAMS.has(key)) continue;
    const raw = pair.slice(at + 1);
    into.add(raw);
    try {
      into.add(decodeURIComponent(raw.replaceAll('+', ' ')));
    } catch {
      // A malformed escape: the raw value is still scrubbed.
    }
  }
}

/**
 * The literal credentials a request carries (header values, secret query and form parameters, raw and
 * decoded), so that they can be scrubbed from text no pattern would recognise, such as an abort reason or
 * an HTTP stack's message that quotes a header.
 */
export function secretValuesOf(request: RequestSecrets | undefined): string[] {
  if (!request) return [];
  const found = new Set<string>();
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (!SECRET_HEADERS.has(name.toLowerCase()) || typeof value !== 'string') continue;
    found.add(value);
    const token = /^\s*\S+\s+(\S+)\s*$/.exec(value)?.[1];
    if (token) found.add(token);
  }
  const query = request.url.indexOf('?');
  if (query >= 0) fromForm(request.url.slice(query + 1).split('#')[0] ?? '', found);
  if (typeof request.body === 'string') fromForm(request.body, found);
  return [...found].filter((value) => value.length >= MIN_LENGTH).sort((a, b) => b.length - a.length);
}

/** `redact`, then every known literal secret of the request replaced. */
export function scrubberFor(request: RequestSecrets | undefined): (text: string) => string {
  const secrets = secretValuesOf(request);
  return (text) => {
    let result = redact(text);
    for (const secret of secrets) result = result.replaceAll(secret, REDACTED);
    return result;
  };
}
