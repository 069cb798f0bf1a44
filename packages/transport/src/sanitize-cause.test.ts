import { describe, expect, it } from 'vitest';
import { NetworkError } from './errors.js';
import { sanitizeCause } from './sanitize-cause.js';

describe('sanitizeCause', () => {
  it('keeps name, message, errno code and nested causes, and drops everything else', () => {
    const request = { headers: { authorization: 'Bearer secret-token' } };
    const inner = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
      errno: -111,
      syscall: 'connect',
      request,
    });
    const outer = Object.assign(new TypeError('fetch failed', { cause: inner }), { request });
    const copy = sanitizeCause(outer) as Error & {
      request?: unknown;
      cause: Error & Record<string, unknown>;
    };
    expect(copy).toBeInstanceOf(Error);
    expect(copy).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(copy.request).toBeUndefined();
    expect(copy.cause).toMatchObject({
      message: inner.message,
      code: 'ECONNREFUSED',
      errno: -111,
      syscall: 'connect',
    });
    expect(copy.cause.request).toBeUndefined();
  });

  it('redacts messages and stacks, and copies non-errors as redacted text', () => {
    const error = new Error('bad https://x.example/?access_token=abc');
    const copy = sanitizeCause(error) as Error;
    expect(copy.message).toBe('bad https://x.example/?access_token=[REDACTED]');
    expect(copy.stack).not.toContain('abc');
    expect(sanitizeCause('Authorization: Bearer abc')).toBe('Authorization: [REDACTED]');
  });

  it('stops at a bounded depth on a cyclic cause chain', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    a.cause = a;
    let depth = 0;
    let node = sanitizeCause(a) as { cause?: unknown } | undefined;
    while (node?.cause) {
      node = node.cause as { cause?: unknown };
      depth++;
    }
    expect(depth).toBe(4);
  });

  it('error stacks and names use the subclass name', () => {
    const error = new NetworkError('x', { mayHaveReachedServer: true });
    expect(error.stack?.startsWith('NetworkError: x')).toBe(true);
    expect(String(error)).toBe('NetworkError: x');
  });
});
