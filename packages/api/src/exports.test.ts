import * as core from '@bufferkit/core';
import * as transport from '@bufferkit/transport';
import { expect, test } from 'vitest';
import * as api from './index.js';

const fromApi: Record<string, unknown> = { ...api };
const fromCore: Record<string, unknown> = { ...core };
const fromTransport: Record<string, unknown> = { ...transport };

test('every error a client or OAuth call can throw, and the constants to switch on, come from @bufferkit/api', () => {
  // The very same classes and objects as the leaf packages', so `instanceof` and `===` work across them.
  for (const name of [
    'BufferkitError',
    'OAuthError',
    'OAuthCallbackError',
    'OAUTH_ERRORS',
    'CALLBACK_ERRORS',
    'BUFFER_ERROR',
  ] as const) {
    expect(fromApi[name], name).toBe(fromCore[name]);
  }
  for (const name of [
    'TransportError',
    'NetworkError',
    'TimeoutError',
    'AbortError',
    'RateLimitError',
    'HookError',
    'InvalidRequestError',
    'ERR_NETWORK',
    'ERR_TIMEOUT',
    'ERR_ABORTED',
    'ERR_RATE_LIMITED',
    'ERR_HOOK_FAILED',
    'ERR_INVALID_REQUEST',
  ] as const) {
    expect(fromApi[name], name).toBe(fromTransport[name]);
  }
  expect(api.OAUTH_ERRORS.accessDenied).toBe('access_denied');
  expect(api.CALLBACK_ERRORS.stateMismatch).toBe('state_mismatch');
  expect(
    new api.BufferApiError({
      status: 500,
      code: 1000,
      serverMessage: undefined,
      meaning: undefined,
      operation: 'x',
      rawBody: '',
    }),
  ).toBeInstanceOf(api.BufferkitError);
});
