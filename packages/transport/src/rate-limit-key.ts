import { hashKey } from './hash-key.js';
import type { HttpRequest } from './types.js';

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}

/** The credential a request carries: the Authorization header's token, or `access_token` in query or body. */
function credentialOf(request: HttpRequest): string | undefined {
  const authorization = headerValue(request.headers, 'authorization');
  if (authorization) return authorization.replace(/^\s*bearer\s+/i, '').trim();
  const fromQuery = URL.canParse(request.url) ? new URL(request.url).searchParams.get('access_token') : null;
  if (fromQuery) return fromQuery;
  return (request.body && new URLSearchParams(request.body).get('access_token')) || undefined;
}

/**
 * Default limiter key: one bucket per credential, whichever place it travels in, so that one user's
 * requests share a budget. Hashed: the limiter never holds the token. Requests without one share ''.
 */
export function defaultRateLimitKey(request: HttpRequest): string {
  const credential = credentialOf(request);
  return credential ? hashKey(credential) : '';
}
