import { bufferError } from './errors.js';
import type { Params } from './params.js';

export type TokenSource = 'header' | 'query' | 'body';

/**
 * Finds the access token. Buffer accepts it in the Authorization header (Bearer), the query string or
 * the form body; sending it in more than one place (or twice in one place) is ambiguous and rejected
 * with 400 / code 1003 rather than guessing which one was meant.
 * Returns undefined when no token was sent.
 */
export function extractToken(
  authorization: string | null,
  query: Params,
  body: Params,
): { token: string; source: TokenSource } | undefined {
  const found: Array<{ token: unknown; source: TokenSource }> = [];
  const bearer = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  if (bearer?.[1]) found.push({ token: bearer[1], source: 'header' });
  if (query.access_token !== undefined) found.push({ token: query.access_token, source: 'query' });
  if (body.access_token !== undefined) found.push({ token: body.access_token, source: 'body' });
  if (found.length === 0) return undefined;
  const [first] = found;
  if (found.length > 1 || !first || typeof first.token !== 'string')
    throw bufferError(
      1003,
      'Access token given more than once; send it in exactly one of the Authorization header, the query string or the body.',
    );
  if (first.token === '') throw bufferError(1001);
  return { token: first.token, source: first.source };
}
