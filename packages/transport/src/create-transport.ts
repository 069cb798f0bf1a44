import { backoffDelay } from './backoff.js';
import { errorFromAbortReason, toTransportError } from './classify-error.js';
import {
  AbortError,
  HookError,
  type HookName,
  NetworkError,
  RateLimitError,
  TimeoutError,
  type TransportError,
} from './errors.js';
import { fetchTransport } from './fetch-transport.js';
import { requestView, scrubValues, type TransportHooks } from './hooks.js';
import { defaultRateLimitKey } from './rate-limit-key.js';
import { createRateLimiter } from './rate-limiter.js';
import { redactHeaders } from './redact.js';
import { parseRetryAfter } from './retry-after.js';
import { type ResolvedRetryOptions, type RetryOptions, resolveRetryOptions } from './retry-options.js';
import { scrubberFor } from './secret-values.js';
import { anySignal, defaultSleep, raceSignal } from './signals.js';
import type { HttpRequest, HttpResponse, Transport } from './types.js';
import { assertValidRequest } from './validate-request.js';

export interface RateLimitOptions {
  /** Requests allowed per window and key. */
  limit: number;
  windowMs: number;
  /** Bucket per key; default: per credential (Authorization header or `access_token`), hashed. */
  key?: (request: HttpRequest) => string;
}

export interface TransportOptions {
  /** Default: `fetchTransport()`. */
  adapter?: Transport;
  /** Default: 3 attempts. `false`: one attempt. */
  retry?: RetryOptions | false;
  /** Per attempt, including reading the body. Default 30_000; `Infinity` for none. */
  timeoutMs?: number;
  /** Client-side limiter; off by default. */
  rateLimit?: RateLimitOptions | false;
  hooks?: TransportHooks;
  /** Injectable for tests: waits between retries and in the rate-limit queue. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Injectable clock (ms since epoch) for `Retry-After` dates, durations and the rate limiter. */
  now?: () => number;
  /** Injectable jitter source in [0, 1). */
  random?: () => number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export function isIdempotent(request: HttpRequest): boolean {
  if (request.idempotent !== undefined) return request.idempotent;
  const method = request.method.toUpperCase();
  return method === 'GET' || method === 'HEAD';
}

/**
 * Whether an attempt that threw may be tried again. A request that may have reached the server is resent
 * only when it is idempotent: a create must never be posted twice.
 */
export function isRetryableError(error: TransportError, idempotent: boolean): boolean {
  if (error instanceof AbortError || error instanceof HookError) return false;
  if (error instanceof TimeoutError) return idempotent;
  if (error instanceof NetworkError) return idempotent || !error.mayHaveReachedServer;
  return false;
}

/** Whether an answer may be tried again: 429 means "not processed" for any method; other statuses need idempotency. */
export function isRetryableStatus(status: number, idempotent: boolean, retry: ResolvedRetryOptions): boolean {
  if (!retry.statuses.includes(status)) return false;
  return idempotent || status === 429;
}

function validateTimeout(timeoutMs: number | undefined): number {
  const value = timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw new RangeError(`timeoutMs must be a number > 0 (or Infinity for none), got ${String(value)}`);
  }
  return value;
}

function validateRateLimit(rateLimit: RateLimitOptions): void {
  if (!Number.isInteger(rateLimit.limit) || rateLimit.limit < 1) {
    throw new RangeError(`rateLimit.limit must be an integer ≥ 1, got ${String(rateLimit.limit)}`);
  }
  if (typeof rateLimit.windowMs !== 'number' || !(rateLimit.windowMs > 0)) {
    throw new RangeError(`rateLimit.windowMs must be a number > 0, got ${String(rateLimit.windowMs)}`);
  }
}

/**
 * The adapter wrapped in the policies: rate limit → attempt with timeout → hooks → retry decision.
 * A non-2xx status is returned (the last one when retries run out); only a failure to get one throws.
 */
export function createTransport(options: TransportOptions = {}): Transport {
  const adapter = options.adapter ?? fetchTransport();
  const retry = resolveRetryOptions(options.retry);
  const timeoutMs = validateTimeout(options.timeoutMs);
  const hooks = options.hooks ?? {};
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const rateLimit = options.rateLimit || undefined;
  if (rateLimit) validateRateLimit(rateLimit);
  const limiter =
    rateLimit && createRateLimiter({ limit: rateLimit.limit, windowMs: rateLimit.windowMs, now, sleep });
  const limiterKey = rateLimit?.key ?? defaultRateLimitKey;

  async function callHook<E>(
    name: HookName,
    event: E,
    request: HttpRequest,
    kept: { response?: HttpResponse; error?: TransportError } = {},
  ): Promise<void> {
    const hook = hooks[name] as ((event: E) => void | Promise<void>) | undefined;
    if (!hook) return;
    try {
      await hook(event);
    } catch (cause) {
      throw new HookError(name, { request, cause, ...kept });
    }
  }

  async function attempt(request: HttpRequest): Promise<HttpResponse> {
    const timer = new AbortController();
    const combined = anySignal([request.signal, timer.signal]);
    const handle = Number.isFinite(timeoutMs)
      ? setTimeout(
          () => timer.abort(new TimeoutError(`No response within ${timeoutMs} ms`, { request, timeoutMs })),
          timeoutMs,
        )
      : undefined;
    try {
      const sent = Promise.resolve().then(() => adapter({ ...request, signal: combined.signal }));
      const response = await raceSignal(sent, combined.signal, (reason) =>
        errorFromAbortReason(reason, request),
      );
      // A custom adapter may hand back another fetch library's Headers (or a plain object).
      return response.headers instanceof Headers
        ? response
        : { ...response, headers: new Headers(response.headers as HeadersInit) };
    } catch (error) {
      // The caller's abort wins over a timeout firing at the same moment, and over the adapter's own view.
      if (request.signal?.aborted) throw errorFromAbortReason(request.signal.reason, request);
      if (timer.signal.aborted) throw errorFromAbortReason(timer.signal.reason, request);
      throw toTransportError(error, request);
    } finally {
      clearTimeout(handle);
      combined.dispose();
    }
  }

  const pause = (ms: number, request: HttpRequest) =>
    raceSignal(sleep(ms, request.signal), request.signal, (reason) => errorFromAbortReason(reason, request));

  return async function transport(request: HttpRequest): Promise<HttpResponse> {
    assertValidRequest(request);
    const { signal } = request;
    const idempotent = isIdempotent(request);
    // Hooks see the request's own credentials hidden everywhere, also where a server echoes them back.
    const scrub = scrubberFor(request);
    const view = requestView(request, idempotent, scrub);
    const toAbortError = (reason: unknown) => errorFromAbortReason(reason, request);
    for (let attemptNo = 1; ; attemptNo++) {
      if (signal?.aborted) throw toAbortError(signal.reason);
      const release = limiter ? await limiter.acquire(limiterKey(request), signal, toAbortError) : undefined;
      try {
        await callHook('onRequest', { request: view, attempt: attemptNo }, request);
        // The caller may have aborted while a hook ran: a custom adapter must not be asked to send then.
        if (signal?.aborted) throw toAbortError(signal.reason);
      } catch (error) {
        release?.();
        throw error;
      }
      const started = now();
      let response: HttpResponse;
      try {
        // Once the answer (or failure) is here, the limiter's slot runs out windowMs from that moment.
        response = await attempt(request).finally(release);
      } catch (thrown) {
        const error = toTransportError(thrown, request);
        const willRetry = attemptNo < retry.attempts && isRetryableError(error, idempotent);
        const durationMs = now() - started;
        await callHook(
          'onError',
          { request: view, attempt: attemptNo, error, durationMs, willRetry },
          request,
          {
            error,
          },
        );
        if (!willRetry) throw error;
        await pause(backoffDelay(attemptNo, retry, random), request);
        continue;
      }
      const durationMs = now() - started;
      let delayMs: number | undefined;
      let tooLongMs: number | undefined;
      if (attemptNo < retry.attempts && isRetryableStatus(response.status, idempotent, retry)) {
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
        if (retryAfterMs !== undefined && retryAfterMs > retry.maxRetryAfterMs) tooLongMs = retryAfterMs;
        else delayMs = retryAfterMs ?? backoffDelay(attemptNo, retry, random);
      }
      await callHook(
        'onResponse',
        {
          request: view,
          attempt: attemptNo,
          status: response.status,
          headers: scrubValues(redactHeaders(response.headers), scrub),
          text: scrub(response.text),
          durationMs,
          willRetry: delayMs !== undefined,
        },
        request,
        { response },
      );
      if (tooLongMs !== undefined) {
        throw new RateLimitError(
          `The server asked to retry after ${tooLongMs} ms, more than maxRetryAfterMs (${retry.maxRetryAfterMs} ms)`,
          { request, retryAfterMs: tooLongMs, status: response.status, response },
        );
      }
      if (delayMs === undefined) return response;
      await pause(delayMs, request);
    }
  };
}
