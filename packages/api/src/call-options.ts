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
