import { extractToken } from './auth.js';
import { BufferError, bufferError } from './errors.js';
import { exchangeToken } from './oauth/token.js';
import { type Params, parseForm, rejectUnknown } from './params.js';
import type { createRateLimiter } from './rate-limit.js';
import { jsonResponse } from './respond.js';
import { resolve } from './routes/router.js';
import type { ApiContext } from './routes/types.js';
import type { Configuration } from './state/configuration.js';
import type { Store } from './state/store.js';

export interface ApiDeps {
  store: () => Store;
  now: () => number;
  random: () => number;
  configuration: () => Configuration;
  rateLimiter: ReturnType<typeof createRateLimiter>;
}

async function readBody(request: Request, rawBody: string): Promise<Params> {
  const type = request.headers.get('content-type') ?? '';
  if (/^application\/x-www-form-urlencoded\b/i.test(type)) return parseForm(rawBody);
  if (/^multipart\/form-data\b/i.test(type)) {
    // PHP clients posting arrays through curl send multipart; read it with the same bracket rules.
    const form = await new Request(request.url, {
      method: 'POST',
      headers: request.headers,
      body: rawBody,
    }).formData();
    const pairs: string[] = [];
    for (const [name, value] of form.entries())
      if (typeof value === 'string') pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
    return parseForm(pairs.join('&'));
  }
  // Anything else (JSON included) is not read, exactly as Buffer ignores it: required params go missing.
  return {};
}

/** Serves everything below /1/: routing, token placement, auth, rate limit, parameters, handler. */
export async function handleApi(deps: ApiDeps, request: Request, rawBody: string): Promise<Response> {
  const url = new URL(request.url);
  let query: Params = {};
  try {
    query = parseForm(url.search.slice(1));
    const found = resolve(request.method, url.pathname.replace(/^\/1\//, ''));
    if (found.kind === 'none') throw bufferError(404);
    if (found.kind === 'format')
      throw bufferError(1005, 'Unsupported response format: use the .json suffix.');
    if (found.kind === 'method') {
      const error = bufferError(405);
      return jsonResponse(error.status, error.body, query, { allow: found.allow.join(', ') });
    }
    const store = deps.store();
    if (found.kind === 'token')
      return exchangeToken(store, request.headers.get('content-type'), rawBody, deps.now());

    const body = request.method === 'POST' ? await readBody(request, rawBody) : {};
    const params = { ...query, ...body };
    const { route } = found;
    const sent = extractToken(request.headers.get('authorization'), query, body);
    if (!sent && route.auth === 'required') throw bufferError(1001);
    let user: ApiContext['user'];
    let clientId: string | undefined;
    if (sent) {
      const token = store.tokens.get(sent.token);
      user = token && !token.revoked ? store.users.get(token.userId) : undefined;
      if (!token || !user) throw bufferError(401);
      clientId = token.clientId;
      const allowed = deps.rateLimiter.take(user.id, deps.now());
      if (!allowed.ok) {
        const error = bufferError(429);
        return jsonResponse(error.status, error.body, params, {
          'retry-after': String(allowed.retryAfterSeconds),
        });
      }
    }
    store.tick();
    rejectUnknown(params, route.params);
    const ctx: ApiContext = {
      store,
      user,
      clientId,
      params,
      nowMs: deps.now(),
      random: deps.random,
      configuration: deps.configuration(),
    };
    const result = route.handle(ctx, found.params);
    return jsonResponse(result.status ?? 200, result.body, params);
  } catch (error) {
    const failure = error instanceof BufferError ? error : bufferError(1000);
    return jsonResponse(failure.status, failure.body, query);
  }
}
