export { errorFromAbortReason } from './classify-error.js';
export {
  createTransport,
  isIdempotent,
  type RateLimitOptions,
  type TransportOptions,
} from './create-transport.js';
export {
  AbortError,
  ERR_ABORTED,
  ERR_HOOK_FAILED,
  ERR_INVALID_REQUEST,
  ERR_NETWORK,
  ERR_RATE_LIMITED,
  ERR_TIMEOUT,
  HookError,
  type HookName,
  InvalidRequestError,
  NetworkError,
  RateLimitError,
  type RequestSummary,
  TimeoutError,
  TransportError,
  type TransportErrorCode,
} from './errors.js';
export { type FetchTransportOptions, fetchTransport } from './fetch-transport.js';
export type {
  RequestView,
  TransportErrorEvent,
  TransportHooks,
  TransportRequestEvent,
  TransportResponseEvent,
} from './hooks.js';
export { type KyCallOptions, type KyInstance, type KyTransportOptions, kyTransport } from './ky-transport.js';
export { defaultRateLimitKey } from './rate-limit-key.js';
export { REDACTED, redact, redactHeaders, redactUrl } from './redact.js';
export { parseRetryAfter } from './retry-after.js';
export { DEFAULT_RETRY_STATUSES, type RetryOptions } from './retry-options.js';
export { raceSignal } from './signals.js';
export type { HttpRequest, HttpResponse, Middleware, Transport } from './types.js';
