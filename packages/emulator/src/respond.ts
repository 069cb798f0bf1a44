import type { Params } from './params.js';

const CALLBACK = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

/**
 * A JSON response honouring `pretty=true` and a JSONP `callback` (used by share-count widgets).
 * Falls back to plain JSON when the params could not be parsed.
 */
export function jsonResponse(
  status: number,
  body: unknown,
  params: Params = {},
  headers: Record<string, string> = {},
): Response {
  const pretty = params.pretty === 'true' || params.pretty === '1';
  const text = pretty ? JSON.stringify(body, null, 2) : JSON.stringify(body);
  const callback = typeof params.callback === 'string' ? params.callback : undefined;
  if (callback && CALLBACK.test(callback)) {
    return new Response(`/**/${callback}(${text});`, {
      status,
      headers: { 'content-type': 'application/javascript; charset=utf-8', ...headers },
    });
  }
  return new Response(text, {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
