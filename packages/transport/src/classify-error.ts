import { AbortError, NetworkError, TimeoutError, TransportError } from './errors.js';

// Errno codes meaning no connection was ever made, so not one byte of the request was written.
const NEVER_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function collectCodes(error: unknown, codes: string[], depth: number): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return codes;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') codes.push(code);
  collectCodes(cause, codes, depth + 1);
  if (Array.isArray(errors)) for (const inner of errors) collectCodes(inner, codes, depth + 1);
  return codes;
}

/**
 * Whether a failed send may have delivered the request. Only a refused connection or a failed DNS lookup
 * (fetch puts the errno code on `cause`, ky passes fetch's error through) proves it did not; an unknown
 * failure counts as delivered, so that a create is never sent twice.
 */
export function mayHaveReachedServer(error: unknown): boolean {
  return !collectCodes(error, [], 0).some((code) => NEVER_SENT.has(code));
}

function errorName(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string'
    ? (value as { name: string }).name
    : undefined;
}

type RequestLike = { method: string; url: string };

/** The error for an aborted signal: our own TimeoutError as is, a DOM TimeoutError likewise, else AbortError. */
export function errorFromAbortReason(
  reason: unknown,
  request?: RequestLike,
  message = 'The request was aborted',
): TransportError {
  if (reason instanceof TransportError) return reason;
  if (errorName(reason) === 'TimeoutError')
    return new TimeoutError('The request timed out', { request, cause: reason });
  return new AbortError(message, { request, cause: reason });
}

/**
 * Maps whatever an HTTP stack threw to this package's errors. `phase` says whether the response head
 * had already arrived (a failure while reading the body always may have reached the server).
 */
export function toTransportError(
  error: unknown,
  request: RequestLike & { signal?: AbortSignal | undefined },
  phase: 'send' | 'body' = 'send',
): TransportError {
  if (error instanceof TransportError) return error;
  if (request.signal?.aborted) return errorFromAbortReason(request.signal.reason, request);
  const name = errorName(error);
  if (name === 'AbortError') return new AbortError('The request was aborted', { request, cause: error });
  if (name === 'TimeoutError') return new TimeoutError('The request timed out', { request, cause: error });
  if (phase === 'body') {
    return new NetworkError('The connection failed while reading the response body', {
      request,
      cause: error,
      mayHaveReachedServer: true,
    });
  }
  const reached = mayHaveReachedServer(error);
  return new NetworkError(
    reached ? 'The connection failed; the request may have reached the server' : 'Could not connect',
    { request, cause: error, mayHaveReachedServer: reached },
  );
}
