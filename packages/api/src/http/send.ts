import type { Transport } from '@bufferkit/transport';
import type { Endpoint } from './api-request.js';
import { buildHttpRequest, type RequestContext } from './build-http-request.js';
import { interpretResponse } from './interpret-response.js';

export type Sender = <T>(endpoint: Endpoint<T>, signal?: AbortSignal) => Promise<T>;

/** Builds, sends and reads one call. Transport failures (network, timeout, abort) propagate unchanged. */
export function createSender(transport: Transport, context: RequestContext): Sender {
  const secrets = context.accessToken === undefined ? [] : [context.accessToken];
  return async <T>(endpoint: Endpoint<T>, signal?: AbortSignal): Promise<T> => {
    const request = buildHttpRequest(endpoint.request, context);
    const response = await transport(signal ? { ...request, signal } : request);
    return interpretResponse(response, endpoint.schema, endpoint.request.operation, request, secrets);
  };
}
