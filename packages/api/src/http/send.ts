import { API_BASE_URL } from '@bufferkit/core';
import { errorFromAbortReason, raceSignal, type Transport } from '@bufferkit/transport';
import { checkSignal } from '../call-options.js';
import { BufferApiError } from '../errors.js';
import type { Endpoint } from './api-request.js';
import { buildHttpRequest, type RequestContext } from './build-http-request.js';
import { interpretResponse } from './interpret-response.js';

/** Sends one call; `signal` is checked to be an `AbortSignal` (or undefined) before anything is sent. */
export type Sender = <T>(endpoint: Endpoint<T>, signal?: unknown) => Promise<T>;

/**
 * Buffer's API lives under `/1`. A 404 without a Buffer code of its own (404 "Endpoint not found", or no code)
 * from a base URL that does not end in `/1` most likely means the version path was left out.
 */
function baseUrlAdvice(error: unknown, baseUrl: string): unknown {
  if (!(error instanceof BufferApiError) || error.status !== 404) return error;
  if (error.code !== undefined && error.code !== 404) return error;
  if (new URL(baseUrl).pathname.replace(/\/+$/, '').endsWith('/1')) return error;
  const before = error.message;
  const stack = error.stack;
  error.message = `${before.replace(/\.$/, '')}. Is baseUrl missing the API version? Buffer's API root is ${API_BASE_URL}; an emulator's is its URL + /1 (baseUrl is ${baseUrl})`;
  if (stack?.includes(before)) error.stack = stack.replace(before, error.message);
  return error;
}

/**
 * Builds, sends and reads one call. Transport failures (network, timeout, abort) propagate unchanged. With a
 * `signal`, the transport gets it on `HttpRequest.signal` (never as a parameter); an aborted call rejects
 * before the transport is asked, or at once while it runs, even with a transport that ignores the signal.
 */
export function createSender(transport: Transport, context: RequestContext): Sender {
  const secrets = context.accessToken === undefined ? [] : [context.accessToken];
  return async <T>(endpoint: Endpoint<T>, given?: unknown): Promise<T> => {
    const request = buildHttpRequest(endpoint.request, context);
    const signal = checkSignal(given, endpoint.request.operation);
    const toError = (reason: unknown) => errorFromAbortReason(reason, request);
    if (signal?.aborted) throw toError(signal.reason);
    const sent = signal ? transport({ ...request, signal }) : transport(request);
    const response = await raceSignal(sent, signal, toError);
    try {
      return interpretResponse(response, endpoint.schema, endpoint.request.operation, request, secrets);
    } catch (error) {
      throw baseUrlAdvice(error, context.baseUrl);
    }
  };
}
