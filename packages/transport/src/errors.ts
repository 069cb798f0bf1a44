import { redact, redactUrl } from './redact.js';
import { describeCause, sanitizeCause } from './sanitize-cause.js';
import { scrubberFor } from './secret-values.js';
import type { HttpResponse } from './types.js';

export const ERR_NETWORK = 'ERR_NETWORK';
export const ERR_TIMEOUT = 'ERR_TIMEOUT';
export const ERR_ABORTED = 'ERR_ABORTED';
export const ERR_RATE_LIMITED = 'ERR_RATE_LIMITED';
export const ERR_HOOK_FAILED = 'ERR_HOOK_FAILED';
export const ERR_INVALID_REQUEST = 'ERR_INVALID_REQUEST';

export type TransportErrorCode =
  | typeof ERR_NETWORK
  | typeof ERR_TIMEOUT
  | typeof ERR_ABORTED
  | typeof ERR_RATE_LIMITED
  | typeof ERR_HOOK_FAILED
  | typeof ERR_INVALID_REQUEST;

/** Method and redacted URL: all an error ever says about the request. */
export interface RequestSummary {
  readonly method: string;
  readonly url: string;
}

export function summarizeRequest(request: { method: string; url: string }): RequestSummary {
  return { method: request.method.toUpperCase(), url: redactUrl(request.url) };
}

export interface TransportErrorOptions {
  /** The request; its credentials are scrubbed from the message and cause, and only method + URL are kept. */
  request?: { method: string; url: string; headers?: Record<string, string>; body?: string } | undefined;
  cause?: unknown;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
type Inspect = (value: unknown, options?: unknown) => string;

/** Base of every error this package throws. Message, stack, `toJSON` and `inspect` are all redacted. */
export abstract class TransportError extends Error {
  abstract readonly code: TransportErrorCode;
  readonly request: RequestSummary | undefined;

  constructor(message: string, options: TransportErrorOptions = {}) {
    const request = options.request ? summarizeRequest(options.request) : undefined;
    // The URL goes last so that nothing after it can be mistaken for part of a redacted value.
    const where = request ? `: ${request.method} ${request.url}` : '';
    const scrub = scrubberFor(options.request);
    super(
      scrub(`${message}${where}`),
      options.cause === undefined ? undefined : { cause: sanitizeCause(options.cause, scrub) },
    );
    this.request = request;
  }

  /** Fields specific to a subclass, for `toJSON` and `inspect`. */
  protected details(): Record<string, unknown> {
    return {};
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      request: this.request,
      ...this.details(),
      ...(this.cause === undefined ? {} : { cause: describeCause(this.cause) }),
    };
  }

  [INSPECT](_depth: number, options: unknown, inspect?: Inspect): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const stack = redact(this.stack ?? `${this.name}: ${this.message}`);
    return inspect ? `${stack} ${inspect(fields, options)}` : `${stack} ${JSON.stringify(fields)}`;
  }
}

/** No response was received. `mayHaveReachedServer` is false only when the request provably was not sent. */
export class NetworkError extends TransportError {
  override readonly name = 'NetworkError';
  readonly code = ERR_NETWORK;
  readonly mayHaveReachedServer: boolean;

  constructor(message: string, options: TransportErrorOptions & { mayHaveReachedServer: boolean }) {
    super(message, options);
    this.mayHaveReachedServer = options.mayHaveReachedServer;
  }

  protected override details(): Record<string, unknown> {
    return { mayHaveReachedServer: this.mayHaveReachedServer };
  }
}

/** An attempt took longer than `timeoutMs`. The request may have reached the server. */
export class TimeoutError extends TransportError {
  override readonly name = 'TimeoutError';
  readonly code = ERR_TIMEOUT;
  readonly timeoutMs: number | undefined;

  constructor(message: string, options: TransportErrorOptions & { timeoutMs?: number } = {}) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
  }

  protected override details(): Record<string, unknown> {
    return { timeoutMs: this.timeoutMs };
  }
}

/** The caller's `AbortSignal` fired. Never retried. */
export class AbortError extends TransportError {
  override readonly name = 'AbortError';
  readonly code = ERR_ABORTED;
}

/**
 * The server asked to wait longer than `maxRetryAfterMs`. The answer is kept on `response`
 * (not enumerable, so it stays out of logs).
 */
export class RateLimitError extends TransportError {
  override readonly name = 'RateLimitError';
  readonly code = ERR_RATE_LIMITED;
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;
  declare readonly response: HttpResponse | undefined;

  constructor(
    message: string,
    options: TransportErrorOptions & { retryAfterMs?: number; status?: number; response?: HttpResponse } = {},
  ) {
    super(message, options);
    this.retryAfterMs = options.retryAfterMs;
    this.status = options.status;
    Object.defineProperty(this, 'response', { value: options.response, enumerable: false });
  }

  protected override details(): Record<string, unknown> {
    return { status: this.status, retryAfterMs: this.retryAfterMs };
  }
}

export type HookName = 'onRequest' | 'onResponse' | 'onError';

/**
 * A hook threw. `cause` is the hook's error; `response` (after `onResponse`) or `error` (after `onError`)
 * keeps what the transport had, so the server's answer is never lost.
 */
export class HookError extends TransportError {
  override readonly name = 'HookError';
  readonly code = ERR_HOOK_FAILED;
  readonly hook: HookName;
  declare readonly response: HttpResponse | undefined;
  declare readonly error: TransportError | undefined;

  constructor(
    hook: HookName,
    options: TransportErrorOptions & { response?: HttpResponse; error?: TransportError },
  ) {
    super(`The ${hook} hook threw`, options);
    this.hook = hook;
    Object.defineProperty(this, 'response', { value: options.response, enumerable: false });
    Object.defineProperty(this, 'error', { value: options.error, enumerable: false });
  }

  protected override details(): Record<string, unknown> {
    return { hook: this.hook, ...(this.error ? { error: this.error.toJSON() } : {}) };
  }
}

/** The request cannot be sent as given (bad URL, body on GET…). Thrown before anything is sent. */
export class InvalidRequestError extends TransportError {
  override readonly name = 'InvalidRequestError';
  readonly code = ERR_INVALID_REQUEST;
}
