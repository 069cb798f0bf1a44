import { API_BASE_URL } from '@bufferkit/core';
import type { Transport } from '@bufferkit/transport';
import { BufferApiError } from '../errors.js';
import type { Endpoint } from './api-request.js';
import { buildHttpRequest, type RequestContext } from './build-http-request.js';
import { interpretResponse } from './interpret-response.js';

export type Sender = <T>(endpoint: Endpoint<T>, signal?: AbortSignal) => Promise<T>;

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

/** Builds, sends and reads one call. Transport failures (network, timeout, abort) propagate unchanged. */
export function createSender(transport: Transport, context: RequestContext): Sender {
  const secrets = context.accessToken === undefined ? [] : [context.accessToken];
  return async <T>(endpoint: Endpoint<T>, signal?: AbortSignal): Promise<T> => {
    const request = buildHttpRequest(endpoint.request, context);
    const response = await transport(signal ? { ...request, signal } : request);
    try {
      return interpretResponse(response, endpoint.schema, endpoint.request.operation, request, secrets);
    } catch (error) {
      throw baseUrlAdvice(error, context.baseUrl);
    }
  };
}
