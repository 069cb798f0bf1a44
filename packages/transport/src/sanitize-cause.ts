import { redact } from './redact.js';

const MAX_DEPTH = 4;

/**
 * A copy of an underlying error that keeps what helps debugging (name, message, errno code, stack, nested
 * causes) and drops everything else: undici and ky errors can carry the whole Request, headers included.
 */
export function sanitizeCause(cause: unknown, scrub: (text: string) => string = redact, depth = 0): unknown {
  if (cause === undefined || cause === null) return cause;
  if (typeof cause !== 'object' && typeof cause !== 'function') return scrub(String(cause));
  const source = cause as {
    name?: unknown;
    message?: unknown;
    stack?: unknown;
    code?: unknown;
    errno?: unknown;
    syscall?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  const copy = new Error(scrub(typeof source.message === 'string' ? source.message : String(cause)));
  copy.name = typeof source.name === 'string' ? scrub(source.name) : 'Error';
  copy.stack = typeof source.stack === 'string' ? scrub(source.stack) : `${copy.name}: ${copy.message}`;
  const extra = copy as unknown as Record<string, unknown>;
  for (const key of ['code', 'errno', 'syscall'] as const) {
    const value = source[key];
    if (typeof value === 'string') extra[key] = scrub(value);
    else if (typeof value === 'number') extra[key] = value;
  }
  if (depth < MAX_DEPTH && source.cause !== undefined) {
    Object.defineProperty(copy, 'cause', {
      value: sanitizeCause(source.cause, scrub, depth + 1),
      enumerable: false,
      writable: true,
      configurable: true,
    });
  }
  if (depth < MAX_DEPTH && Array.isArray(source.errors)) {
    extra.errors = source.errors.slice(0, 8).map((error: unknown) => sanitizeCause(error, scrub, depth + 1));
  }
  return copy;
}

/** A JSON-friendly summary of a (sanitized) cause chain. */
export function describeCause(cause: unknown, depth = 0): unknown {
  if (!(cause instanceof Error)) return cause;
  const { code } = cause as { code?: unknown };
  return {
    name: cause.name,
    message: cause.message,
    ...(code !== undefined ? { code } : {}),
    ...(depth < MAX_DEPTH && cause.cause !== undefined
      ? { cause: describeCause(cause.cause, depth + 1) }
      : {}),
  };
}
