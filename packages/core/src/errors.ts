/**
 * Every error core throws extends `BufferkitError`, so callers can catch one class and switch on `kind`.
 * `kind` (not `code`) is the discriminator because Buffer's own numeric error `code` lives on API errors
 * built on this base.
 *
 * Messages are written so they never contain a secret: inputs that may be secrets (tokens, codes, client
 * secrets) are described by position or character class, never echoed.
 */
export abstract class BufferkitError extends Error {
  abstract readonly kind: string;

  /** A plain, secret-free object for logs: no stack, no `cause`. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, kind: this.kind, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (value !== undefined && key !== 'cause') json[key] = value;
    }
    return json;
  }
}

/** Error codes of OAuth 2.0 (draft-ietf-oauth-v2-20 §4.1.2.1 and §5.2), which Buffer implements. */
export const OAUTH_ERRORS = {
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
  /** Not from the draft: the token endpoint answered with something that is neither a token nor an OAuth error. */
  invalidResponse: 'invalid_response',
} as const;

/** Errors `parseCallback` raises itself (a provider's own `error` is passed through unchanged). */
export const CALLBACK_ERRORS = {
  missingState: 'missing_state',
  stateMismatch: 'state_mismatch',
  missingCode: 'missing_code',
  duplicateParameter: 'duplicate_parameter',
} as const;

export type CallbackErrorCode = (typeof CALLBACK_ERRORS)[keyof typeof CALLBACK_ERRORS];

/** Why an input was refused before anything was built or sent. */
export const INPUT_ERRORS = {
  missingParameter: 'missing_parameter',
  invalidUrl: 'invalid_url',
  loneSurrogate: 'lone_surrogate',
  invalidToken: 'invalid_token',
  tokenAlreadyPresent: 'token_already_present',
  invalidPlacement: 'invalid_placement',
  invalidKey: 'invalid_key',
  invalidValue: 'invalid_value',
  circularReference: 'circular_reference',
} as const;

export type InputErrorReason = (typeof INPUT_ERRORS)[keyof typeof INPUT_ERRORS];

/** The token endpoint did not return a usable token. */
export class OAuthError extends BufferkitError {
  override readonly name = 'OAuthError';
  readonly kind = 'oauth_error';
  /** The draft-20 `error` code, or `invalid_response` when the body was not an OAuth answer at all. */
  readonly error: string;
  readonly description?: string;
  readonly uri?: string;
  readonly status: number;
  /** A short, redacted excerpt of the body, for bodies that were not an OAuth error. */
  readonly snippet?: string;

  constructor(o: { error: string; description?: string; uri?: string; status: number; snippet?: string }) {
    super(
      `OAuth token request failed (HTTP ${o.status}): ${o.error}${o.description ? ` - ${o.description}` : ''}`,
    );
    this.error = o.error;
    this.status = o.status;
    if (o.description !== undefined) this.description = o.description;
    if (o.uri !== undefined) this.uri = o.uri;
    if (o.snippet !== undefined) this.snippet = o.snippet;
  }
}

/** The authorization callback cannot be trusted or carries no code. */
export class OAuthCallbackError extends BufferkitError {
  override readonly name = 'OAuthCallbackError';
  readonly kind = 'oauth_callback_error';
  /** The provider's `error` (e.g. `access_denied`) or one of `CALLBACK_ERRORS`. */
  readonly error: string;
  readonly description?: string;
  readonly uri?: string;
  /**
   * When the state check failed but the callback also carried a provider `error`, that error is kept here.
   * It is unverified (anyone can forge a callback), so show it only as a hint.
   */
  readonly unverifiedError?: string;

  constructor(o: {
    error: string;
    description?: string;
    uri?: string;
    unverifiedError?: string;
    message?: string;
  }) {
    super(o.message ?? `OAuth authorization failed: ${o.error}${o.description ? ` - ${o.description}` : ''}`);
    this.error = o.error;
    if (o.description !== undefined) this.description = o.description;
    if (o.uri !== undefined) this.uri = o.uri;
    if (o.unverifiedError !== undefined) this.unverifiedError = o.unverifiedError;
  }
}

/** A caller passed something core cannot encode or use; nothing was built. */
export class InvalidInputError extends BufferkitError {
  override readonly name = 'InvalidInputError';
  readonly kind = 'invalid_input';
  readonly reason: InputErrorReason;
  /** The parameter or form field path at fault, e.g. `clientSecret` or `schedules[0][times][1]`. */
  readonly field?: string;

  constructor(reason: InputErrorReason, message: string, field?: string) {
    super(message);
    this.reason = reason;
    if (field !== undefined) this.field = field;
  }
}
