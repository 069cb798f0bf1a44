import { errorFromAbortReason, toTransportError } from './classify-error.js';
import { readResponse } from './fetch-transport.js';
import type { Transport } from './types.js';
import { assertValidRequest } from './validate-request.js';

/** The per-call options this adapter passes; only ones that ky 1 and ky 2 both understand. */
export interface KyCallOptions {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  retry: number;
  throwHttpErrors: boolean;
  timeout: false;
}

/**
 * What the adapter needs of ky: the default export or any `ky.create(…)`/`ky.extend(…)` instance fits.
 * Declared here (not imported from ky) so that the types work without ky installed.
 */
export type KyInstance = (url: string, options: KyCallOptions) => PromiseLike<Response>;

export interface KyTransportOptions {
  /** A ky instance; when absent, ky is imported on first use (it is an optional peer dependency). */
  ky?: KyInstance;
}

let defaultKy: Promise<KyInstance> | undefined;

function loadKy(): Promise<KyInstance> {
  defaultKy ??= import('ky').then(
    (module) => module.default as unknown as KyInstance,
    (error: unknown) => {
      defaultKy = undefined;
      throw new Error(
        'kyTransport() needs the optional peer dependency "ky" (npm install ky@^1), or pass an instance: kyTransport({ ky })',
        { cause: error },
      );
    },
  );
  return defaultKy;
}

/**
 * An adapter on ky. ky's own retries, timeout and HTTP-error throwing are off: the policies of
 * `createTransport` do that, and a second retry layer could resend a POST.
 */
export function kyTransport(options: KyTransportOptions = {}): Transport {
  return async (request) => {
    assertValidRequest(request);
    const ky = options.ky ?? (await loadKy());
    if (request.signal?.aborted) throw errorFromAbortReason(request.signal.reason, request);
    let response: Response;
    try {
      response = await ky(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        ...(request.signal ? { signal: request.signal } : {}),
        retry: 0,
        throwHttpErrors: false,
        timeout: false,
      });
    } catch (error) {
      throw toTransportError(error, request, 'send');
    }
    return readResponse(response, request);
  };
}
