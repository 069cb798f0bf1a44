import { assertValidToken, InvalidInputError, type TokenPlacement } from '@bufferkit/core';
import type { Transport } from '@bufferkit/transport';
import { resolveBaseUrl } from './base-url.js';
import { defaultBufferTransport } from './buffer-transport.js';
import { BufferValidationError } from './errors.js';
import { createRequestFn, type RequestFn } from './escape-hatch.js';
import { createSender } from './http/send.js';
import { createInfoApi, type InfoApi } from './resources/info.js';
import { createLinksApi, type LinksApi } from './resources/links.js';
import { createProfilesApi, type ProfilesApi } from './resources/profiles.js';
import { createUpdatesApi, type UpdatesApi } from './resources/updates.js';
import { createUserApi, type UserApi } from './resources/user.js';

export interface BufferClientOptions {
  accessToken: string;
  /** Default: a shared transport with Buffer's rate limit (60/min per token) and safe retries. */
  transport?: Transport;
  /** Default `https://api.bufferapp.com/1`. Must be https, except for 127.0.0.1, ::1 and localhost. */
  baseUrl?: string;
  /**
   * Where the token travels: `header` (default, `Authorization: Bearer`), `query` (`?access_token=`, visible
   * in server logs) or `body` (an `access_token` form field of POSTs; GETs, having no body, use the query).
   */
  tokenPlacement?: TokenPlacement;
}

export interface BufferClient {
  readonly user: UserApi;
  readonly profiles: ProfilesApi;
  readonly updates: UpdatesApi;
  readonly links: LinksApi;
  readonly info: InfoApi;
  /** Any operation of the spec by `METHOD /path`, typed from the generated OpenAPI types. */
  readonly request: RequestFn;
}

const PLACEMENTS: readonly TokenPlacement[] = ['header', 'query', 'body'];

function refuse(path: string, rule: string, message: string): never {
  throw new BufferValidationError({
    source: 'input',
    operation: 'createBufferClient',
    issues: [{ path, rule, message }],
  });
}

/** A client for one user's access token. Options are checked here, so a misconfiguration fails before any request. */
export function createBufferClient(options: BufferClientOptions): BufferClient {
  const { accessToken, transport, tokenPlacement = 'header' } = options ?? ({} as BufferClientOptions);
  if (typeof accessToken !== 'string' || accessToken.trim().length === 0) {
    refuse(
      'accessToken',
      'required',
      'is required: a non-empty access token (from createBufferOAuth or your app page)',
    );
  }
  try {
    assertValidToken(accessToken);
  } catch (error) {
    if (error instanceof InvalidInputError)
      refuse('accessToken', 'format', error.message.replace(/^accessToken /, ''));
    throw error;
  }
  if (!PLACEMENTS.includes(tokenPlacement)) {
    refuse('tokenPlacement', 'one_of', `must be one of ${PLACEMENTS.join(', ')}`);
  }
  if (transport !== undefined && typeof transport !== 'function') {
    refuse(
      'transport',
      'type',
      'must be a transport function, e.g. createBufferTransport() or createTransport()',
    );
  }
  const baseUrl = resolveBaseUrl(options.baseUrl);
  const send = createSender(transport ?? defaultBufferTransport(), { baseUrl, accessToken, tokenPlacement });
  return {
    user: createUserApi(send),
    profiles: createProfilesApi(send),
    updates: createUpdatesApi(send),
    links: createLinksApi(send),
    info: createInfoApi(send),
    request: createRequestFn(send),
  };
}
