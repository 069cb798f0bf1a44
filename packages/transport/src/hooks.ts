import type { TransportError } from './errors.js';
import { redact, redactHeaders, redactUrl } from './redact.js';
import type { HttpRequest } from './types.js';

/** A redacted copy of a request, safe to log. */
export interface RequestView {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  readonly idempotent: boolean;
}

export interface TransportRequestEvent {
  readonly request: RequestView;
  /** 1 for the first try. */
  readonly attempt: number;
}

export interface TransportResponseEvent extends TransportRequestEvent {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The response body, redacted (a token endpoint's `access_token` is hidden). */
  readonly text: string;
  readonly durationMs: number;
  readonly willRetry: boolean;
}

export interface TransportErrorEvent extends TransportRequestEvent {
  readonly error: TransportError;
  readonly durationMs: number;
  readonly willRetry: boolean;
}

/** Logging and metrics. Each hook sees redacted views only; a hook that throws fails the call with HookError. */
export interface TransportHooks {
  onRequest?: (event: TransportRequestEvent) => void | Promise<void>;
  onResponse?: (event: TransportResponseEvent) => void | Promise<void>;
  onError?: (event: TransportErrorEvent) => void | Promise<void>;
}

/**
 * A redacted copy of a request, safe to log. `scrub` (default: `redact`) also hides the request's own
 * credential values wherever they appear, e.g. `scrubberFor(request)`.
 */
export function requestView(
  request: HttpRequest,
  idempotent: boolean,
  scrub: (text: string) => string = redact,
): RequestView {
  return Object.freeze({
    method: request.method.toUpperCase(),
    url: scrub(redactUrl(request.url)),
    headers: Object.freeze(scrubValues(redactHeaders(request.headers), scrub)),
    body: request.body === undefined ? undefined : scrub(request.body),
    idempotent,
  });
}

/** `headers` with `scrub` applied to every value. */
export function scrubValues(
  headers: Record<string, string>,
  scrub: (text: string) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = scrub(value);
  return out;
}
