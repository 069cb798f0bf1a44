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

export function requestView(request: HttpRequest, idempotent: boolean): RequestView {
  return Object.freeze({
    method: request.method.toUpperCase(),
    url: redactUrl(request.url),
    headers: Object.freeze(redactHeaders(request.headers)),
    body: request.body === undefined ? undefined : redact(request.body),
    idempotent,
  });
}
