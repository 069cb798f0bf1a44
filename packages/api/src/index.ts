// Errors and building blocks callers meet through this package.
export {
  BUFFER_ERROR,
  BufferkitError,
  CALLBACK_ERRORS,
  type CallbackErrorCode,
  OAUTH_ERRORS,
  OAuthCallbackError,
  OAuthError,
  type TokenPlacement,
  type TokenSet,
} from '@bufferkit/core';
export {
  AbortError,
  createTransport,
  ERR_ABORTED,
  ERR_HOOK_FAILED,
  ERR_INVALID_REQUEST,
  ERR_NETWORK,
  ERR_RATE_LIMITED,
  ERR_TIMEOUT,
  fetchTransport,
  HookError,
  type HttpRequest,
  type HttpResponse,
  InvalidRequestError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  type Transport,
  TransportError,
  type TransportErrorCode,
} from '@bufferkit/transport';
export { BUFFER_RATE_LIMIT, createBufferTransport } from './buffer-transport.js';
export type { CallOptions } from './call-options.js';
export { type BufferClient, type BufferClientOptions, createBufferClient } from './client.js';
export {
  BufferApiError,
  BufferValidationError,
  INPUT_RULES,
  type InputRule,
  VALIDATION_SOURCES,
  type ValidationIssue,
  type ValidationSource,
} from './errors.js';
export type { OperationKey, RequestFn, RequestOptions, ResponseOf } from './escape-hatch.js';
export type { components, operations, paths } from './generated/buffer-v1.gen.js';
export {
  type BufferOAuth,
  type BufferOAuthOptions,
  createBufferOAuth,
  type ExchangeOptions,
} from './oauth.js';
export { DEFAULT_MAX_PAGES, ITERATE_PAGE_SIZE } from './paging.js';
export type { InfoApi } from './resources/info.js';
export type { LinksApi } from './resources/links.js';
export type { ProfilesApi, SchedulesApi } from './resources/profiles.js';
export type {
  IterateInteractionsOptions,
  IterateOptions,
  IteratePendingOptions,
  IterateSentOptions,
  UpdatesApi,
} from './resources/updates.js';
export type { UserApi } from './resources/user.js';
export type {
  CreateUpdateOptions,
  EditUpdateOptions,
  GetUpdateOptions,
  ListInteractionsOptions,
  ListPendingOptions,
  ListSentOptions,
  MediaOptions,
  ReorderOptions,
  ScheduleInputValue as ScheduleInput,
  ShuffleOptions,
} from './schemas/inputs.js';
export type { TimeInput } from './time.js';
export type {
  Configuration,
  CreateUpdateResult,
  EditUpdateResult,
  Interaction,
  InteractionsPage,
  LinkShares,
  Media,
  Profile,
  Schedule,
  Success,
  Update,
  UpdatesPage,
  UpdatesResult,
  User,
} from './types.js';
