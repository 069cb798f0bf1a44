import { AbortError, TimeoutError, TransportError } from '@bufferkit/transport';
import * as z from 'zod/mini';
import { parseInput } from './validate.js';

/**
 * Options of one call that are not Buffer parameters: they steer the call and never go on the wire. Methods
 * with an options object take them in it; methods without one take them as an optional last argument.
 */
export interface CallOptions {
  /**
   * Cancels the call: it rejects at once with `AbortError` (`TimeoutError` for `AbortSignal.timeout()`),
   * also while it waits in the rate limiter's queue or between retries. Aborting stops the waiting, it cannot
   * unsend: a POST that already reached Buffer may still have been applied.
   */
  signal?: AbortSignal | undefined;
}

/** An `AbortSignal`, also from another realm (an iframe, a test environment) where `instanceof` fails. */
export function isAbortSignal(value: unknown): value is AbortSignal {
  if (typeof AbortSignal !== 'undefined' && value instanceof AbortSignal) return true;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<AbortSignal>;
  return (
    typeof candidate.aborted === 'boolean' &&
    typeof candidate.addEventListener === 'function' &&
    typeof candidate.removeEventListener === 'function'
  );
}

const signal = z.optional(
  z.custom<AbortSignal>(isAbortSignal, {
    error: 'must be an AbortSignal (e.g. new AbortController().signal)',
    params: { rule: 'type' },
  }),
);

const CallOptionsInput = z.optional(z.strictObject({ signal }));

/** Checks a `signal` a caller passed (JavaScript callers can pass anything) before any request. */
export function checkSignal(value: unknown, operation: string): AbortSignal | undefined {
  return parseInput(signal, value, operation, 'signal');
}

/** Validates the trailing `{ signal }` of a method without other options; an unknown key is refused. */
export function parseCallOptions(options: unknown, operation: string): AbortSignal | undefined {
  return parseInput(CallOptionsInput, options, operation)?.signal;
}

/**
 * Takes `signal` out of a method's options object, so that only Buffer's parameters are validated and
 * encoded. Anything that is not a plain options object is passed on unchanged, for the method's own check.
 */
export function splitCallOptions<T>(options: T): { params: WithoutCallOptions<T>; signal: unknown } {
  if (
    typeof options !== 'object' ||
    options === null ||
    Array.isArray(options) ||
    !Object.hasOwn(options, 'signal')
  ) {
    return { params: options as WithoutCallOptions<T>, signal: undefined };
  }
  const { signal: taken, ...params } = options as T & { signal?: unknown };
  return { params: params as WithoutCallOptions<T>, signal: taken };
}

/** A method's options without the call options: the parameters its input schema reads. */
export type WithoutCallOptions<T> = T extends object ? Omit<T, keyof CallOptions> : T;

/**
 * The error an aborted call rejects with, as the transport makes it: the reason itself when it is one of the
 * transport's errors, `TimeoutError` for a timeout (`AbortSignal.timeout()`), else `AbortError`.
 */
export function abortError(
  reason: unknown,
  request?: { method: string; url: string; headers?: Record<string, string>; body?: string },
  message = 'The request was aborted',
): TransportError {
  if (reason instanceof TransportError) return reason;
  const name =
    typeof reason === 'object' && reason !== null ? (reason as { name?: unknown }).name : undefined;
  if (name === 'TimeoutError') return new TimeoutError('The request timed out', { request, cause: reason });
  return new AbortError(message, { request, cause: reason });
}

/**
 * Settles with `promise`, or rejects at once with `onAbort(reason)` when `signal` aborts, whether or not the
 * work behind `promise` listens to the signal (a custom transport might not).
 */
export function raceAbort<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort: (reason: unknown) => Error,
): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(onAbort(signal.reason));
  }
  return new Promise<T>((resolve, reject) => {
    const aborted = () => {
      promise.catch(() => {});
      reject(onAbort(signal.reason));
    };
    signal.addEventListener('abort', aborted, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', aborted);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', aborted);
        reject(error);
      },
    );
  });
}
