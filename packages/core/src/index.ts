export { type AuthorizationUrlOptions, buildAuthorizationUrl } from './authorization-url.js';
export {
  BUFFER_ERROR,
  BUFFER_ERROR_CODES,
  type BufferErrorCode,
  type BufferErrorCodeInfo,
  describeBufferError,
} from './buffer-error-codes.js';
export { API_BASE_URL, AUTHORIZE_URL, CODE_LIFETIME_MS, TOKEN_URL } from './constants.js';
export { encodeForm, type FormParams, type FormValue, formEntries } from './encode-form.js';
export {
  BufferkitError,
  CALLBACK_ERRORS,
  type CallbackErrorCode,
  INPUT_ERRORS,
  type InputErrorReason,
  InvalidInputError,
  OAUTH_ERRORS,
  OAuthCallbackError,
  OAuthError,
} from './errors.js';
export { generateState, STATE_BYTES } from './generate-state.js';
export { type CallbackOptions, type CallbackResult, parseCallback } from './parse-callback.js';
export { bodySnippet, redactSecrets } from './redact.js';
export { timingSafeEqual } from './timing-safe-equal.js';
export {
  buildTokenRequest,
  FORM_CONTENT_TYPE,
  type TokenRequest,
  type TokenRequestOptions,
} from './token-request.js';
export {
  parseTokenResponse,
  type TokenResponseInput,
  type TokenResponseOptions,
  type TokenSet,
} from './token-response.js';
export {
  type AuthorizableRequest,
  assertValidToken,
  TOKEN_PLACEMENTS,
  type TokenPlacement,
  withAccessToken,
} from './with-access-token.js';
