import { describe, expect, it } from 'vitest';
import {
  BufferkitError,
  CALLBACK_ERRORS,
  INPUT_ERRORS,
  InvalidInputError,
  OAUTH_ERRORS,
  OAuthCallbackError,
  OAuthError,
} from './errors.js';

describe('error classes', () => {
  it('all extend BufferkitError and Error, with a stable kind and name', () => {
    const errors = [
      [new OAuthError({ error: 'invalid_grant', status: 400 }), 'OAuthError', 'oauth_error'],
      [new OAuthCallbackError({ error: 'access_denied' }), 'OAuthCallbackError', 'oauth_callback_error'],
      [
        new InvalidInputError('missing_parameter', 'x is required', 'x'),
        'InvalidInputError',
        'invalid_input',
      ],
    ] as const;
    for (const [error, name, kind] of errors) {
      expect(error).toBeInstanceOf(BufferkitError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(name);
      expect(error.kind).toBe(kind);
      expect(String(error)).toMatch(new RegExp(`^${name}: `));
    }
  });

  it('toJSON gives the fields without stack or cause, and omits absent ones', () => {
    const error = new OAuthCallbackError({ error: 'access_denied', description: 'denied' });
    expect(error.toJSON()).toEqual({
      name: 'OAuthCallbackError',
      kind: 'oauth_callback_error',
      message: 'OAuth authorization failed: access_denied - denied',
      error: 'access_denied',
      description: 'denied',
    });
    const input = new InvalidInputError('invalid_token', 'bad');
    expect(JSON.parse(JSON.stringify(input))).toEqual({
      name: 'InvalidInputError',
      kind: 'invalid_input',
      message: 'bad',
      reason: 'invalid_token',
    });
  });

  it('exports the OAuth, callback and input error codes', () => {
    expect(OAUTH_ERRORS).toEqual({
      invalidRequest: 'invalid_request',
      invalidClient: 'invalid_client',
      invalidGrant: 'invalid_grant',
      unauthorizedClient: 'unauthorized_client',
      unsupportedGrantType: 'unsupported_grant_type',
      unsupportedResponseType: 'unsupported_response_type',
      invalidScope: 'invalid_scope',
      accessDenied: 'access_denied',
      serverError: 'server_error',
      temporarilyUnavailable: 'temporarily_unavailable',
      invalidResponse: 'invalid_response',
    });
    expect(CALLBACK_ERRORS).toEqual({
      missingState: 'missing_state',
      stateMismatch: 'state_mismatch',
      missingCode: 'missing_code',
      duplicateParameter: 'duplicate_parameter',
    });
    expect(Object.values(INPUT_ERRORS)).toContain('lone_surrogate');
  });
});
