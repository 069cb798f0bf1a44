import { errorFromAbortReason, toTransportError } from './classify-error.js';
import type { HttpRequest, HttpResponse, Transport } from './types.js';
import { assertValidRequest } from './validate-request.js';

export interface FetchTransportOptions {
  /** Defaults to the global `fetch`, looked up on each call. */
  fetch?: typeof globalThis.fetch;
}

/** Sends a request with a fetch-compatible function and reads the whole body as text. */
export async function sendWithFetch(
  fetchFn: typeof globalThis.fetch,
  request: HttpRequest,
): Promise<HttpResponse> {
  assertValidRequest(request);
  if (request.signal?.aborted) throw errorFromAbortReason(request.signal.reason, request);
  let response: Response;
  try {
    response = await fetchFn(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      ...(request.signal ? { signal: request.signal } : {}),
    });
  } catch (error) {
    throw toTransportError(error, request, 'send');
  }
  return readResponse(response, request);
}

export async function readResponse(response: Response, request: HttpRequest): Promise<HttpResponse> {
  try {
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  } catch (error) {
    throw toTransportError(error, request, 'body');
  }
}

/** The zero-dependency adapter: the global `fetch` (Node ≥ 20, browsers, edge runtimes) or one passed in. */
export function fetchTransport(options: FetchTransportOptions = {}): Transport {
  // Called unbound: browsers reject `fetch` invoked with a foreign `this` ("Illegal invocation").
  const custom = options.fetch;
  return (request) => sendWithFetch(custom ?? globalThis.fetch, request);
}
