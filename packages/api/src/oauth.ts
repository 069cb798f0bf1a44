import {
  AUTHORIZE_URL,
  buildAuthorizationUrl,
  buildTokenRequest,
  CALLBACK_ERRORS,
  generateState,
  InvalidInputError,
  OAUTH_ERRORS,
  OAuthCallbackError,
  OAuthError,
  parseCallback,
  parseTokenResponse,
  TOKEN_URL,
  type TokenSet,
} from '@bufferkit/core';
import {
  createTransport,
  errorFromAbortReason,
  RateLimitError,
  raceSignal,
  type Transport,
} from '@bufferkit/transport';
import { isLoopbackUrl, requireHttpsOrLoopback, resolveBaseUrl } from './base-url.js';
import { type CallOptions, checkSignal } from './call-options.js';
import { BufferValidationError, inputRuleOf } from './errors.js';

export interface BufferOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** Exactly the Callback URL registered for the app. */
  redirectUri: string;
  /** Default: a transport that never resends the token request once it may have reached Buffer. */
  transport?: Transport;
  /**
   * Default `https://bufferapp.com/oauth2/authorize`. Must be https except for loopback hosts; a loopback one
   * (an emulator) needs `tokenUrl` too.
   */
  authorizeUrl?: string;
  /**
   * Default `https://api.bufferapp.com/1/oauth2/token.json`. Must be https except for loopback hosts; a
   * loopback one (an emulator) needs `authorizeUrl` too.
   */
  tokenUrl?: string;
}

export interface BufferOAuth {
  /** Where to send the user, and the state to keep (e.g. in their session) until the callback. */
  authorizationUrl(): { url: string; state: string };
  /**
   * Checks the callback against `expectedState` and swaps its code for an access token. Two concurrent calls
   * with the same code share one token request (a code is single use). `signal` cancels this call only: the
   * shared request goes on for the other callers, and is cancelled once every caller sharing it has aborted.
   */
  exchangeCallback(callbackUrl: string | URL | URLSearchParams, options: ExchangeOptions): Promise<TokenSet>;
}

export interface ExchangeOptions extends CallOptions {
  /** The `state` of the `authorizationUrl()` this callback answers (kept e.g. in the user's session). */
  expectedState: string;
}

/** One token request, shared by every concurrent exchange of its code. */
interface SharedExchange {
  readonly result: Promise<TokenSet>;
  readonly controller: AbortController;
  /** Callers waiting with a signal of their own; when the last of them aborts, the request is cancelled. */
  abortable: number;
  /** A caller without a signal waits for it: the request then runs to its end whoever else aborts. */
  pinned: boolean;
}

const START_AGAIN = 'Start the authorization again with a fresh authorizationUrl()';

function withAdvice<E extends Error>(error: E, advice: string): E {
  const before = error.message;
  // Read the stack before changing the message: V8 formats it on first read, and it may have been read already.
  const stack = error.stack;
  error.message = `${before.replace(/\.$/, '')}. ${advice}`;
  if (stack?.includes(before)) error.stack = stack.replace(before, error.message);
  return error;
}

function callbackAdvice(error: OAuthCallbackError): OAuthCallbackError {
  switch (error.error) {
    case CALLBACK_ERRORS.stateMismatch:
    case CALLBACK_ERRORS.missingState:
      return withAdvice(
        error,
        `Do not use this callback: it may be forged (cross-site request forgery) or belong to another attempt. ${START_AGAIN}`,
      );
    case OAUTH_ERRORS.accessDenied:
      return withAdvice(
        error,
        'The user said no: they declined to give your app access to their Buffer account',
      );
    case CALLBACK_ERRORS.missingCode:
    case CALLBACK_ERRORS.duplicateParameter:
      return withAdvice(error, START_AGAIN);
    default:
      return withAdvice(error, `Buffer refused the authorization. ${START_AGAIN}`);
  }
}

function tokenAdvice(error: OAuthError): OAuthError {
  switch (error.error) {
    case OAUTH_ERRORS.invalidGrant:
      return withAdvice(
        error,
        `The code is invalid, expired (codes last 30 seconds) or already used, or the redirect URI differs. ${START_AGAIN} and exchange the new code at once`,
      );
    case OAUTH_ERRORS.invalidClient:
    case OAUTH_ERRORS.unauthorizedClient:
      return withAdvice(error, 'Check clientId and clientSecret against your Buffer app registration');
    default:
      return error;
  }
}

function asValidationError(error: unknown, operation: string): unknown {
  if (!(error instanceof InvalidInputError)) return error;
  return new BufferValidationError({
    source: 'input',
    operation,
    issues: [{ path: error.field ?? '(input)', rule: inputRuleOf(error.reason), message: error.message }],
    cause: error,
  });
}

/**
 * A local server (an emulator) on one side and Buffer's default on the other cannot work: the code the local
 * server hands out would be sent to Buffer, or Buffer's code to the local server.
 */
function requireBothForLocalServer(authorizeUrl: string | undefined, tokenUrl: string | undefined): void {
  const check = (given: string | undefined, missing: 'authorizeUrl' | 'tokenUrl', other: string): void => {
    if (given === undefined || !isLoopbackUrl(given)) return;
    throw new BufferValidationError({
      source: 'input',
      operation: 'createBufferOAuth',
      issues: [
        {
          path: missing,
          rule: 'required',
          message: `is required when ${other} points at a local server (${given}); it would default to Buffer's ${
            missing === 'tokenUrl' ? TOKEN_URL : AUTHORIZE_URL
          }, which cannot work with that server's codes`,
        },
      ],
    });
  };
  if (tokenUrl === undefined) check(authorizeUrl, 'tokenUrl', 'authorizeUrl');
  if (authorizeUrl === undefined) check(tokenUrl, 'authorizeUrl', 'tokenUrl');
}

/** Buffer's OAuth 2.0 authorization-code flow (draft-ietf-oauth-v2-20), from core's pure rules. */
export function createBufferOAuth(options: BufferOAuthOptions): BufferOAuth {
  const { clientId, clientSecret, redirectUri } = options ?? ({} as BufferOAuthOptions);
  const authorizeUrl =
    options?.authorizeUrl === undefined
      ? undefined
      : requireHttpsOrLoopback(
          options.authorizeUrl,
          'authorizeUrl',
          'createBufferOAuth',
          'the user signing in to Buffer is',
        );
  const tokenUrl = options?.tokenUrl === undefined ? undefined : resolveTokenUrl(options.tokenUrl);
  requireBothForLocalServer(authorizeUrl, tokenUrl);
  // Every option is checked now, so a misconfiguration fails at start-up, not at a user's first callback.
  try {
    buildTokenRequest({
      clientId,
      clientSecret,
      redirectUri,
      code: '1/check',
      ...(tokenUrl ? { tokenUrl } : {}),
    });
    buildAuthorizationUrl({
      clientId,
      redirectUri,
      state: 'check',
      ...(authorizeUrl ? { authorizeUrl } : {}),
    });
  } catch (error) {
    throw asValidationError(error, 'createBufferOAuth');
  }
  // The token request is a POST and not idempotent: the transport resends it only when it provably never left.
  const transport = options.transport ?? createTransport();
  const inFlight = new Map<string, SharedExchange>();
  const tokenRequest = { method: 'POST', url: tokenUrl ?? TOKEN_URL };

  async function exchange(code: string, signal: AbortSignal): Promise<TokenSet> {
    let request: ReturnType<typeof buildTokenRequest>;
    try {
      request = buildTokenRequest({
        clientId,
        clientSecret,
        redirectUri,
        code,
        ...(tokenUrl === undefined ? {} : { tokenUrl }),
      });
    } catch (error) {
      throw asValidationError(error, 'exchangeCallback');
    }
    const response = await transport({ ...request, idempotent: false, signal });
    if (response.status === 429) {
      throw new RateLimitError('Buffer rate-limited the token request', { request, status: 429, response });
    }
    try {
      return parseTokenResponse(response, { secrets: [clientSecret, code] });
    } catch (error) {
      throw error instanceof OAuthError ? tokenAdvice(error) : error;
    }
  }

  return {
    authorizationUrl() {
      const state = generateState();
      try {
        const url = buildAuthorizationUrl({
          clientId,
          redirectUri,
          state,
          ...(authorizeUrl === undefined ? {} : { authorizeUrl }),
        });
        return { url, state };
      } catch (error) {
        throw asValidationError(error, 'authorizationUrl');
      }
    },

    async exchangeCallback(callbackUrl, o) {
      let code: string;
      try {
        code = parseCallback(callbackUrl, { expectedState: o?.expectedState as string }).code;
      } catch (error) {
        if (error instanceof OAuthCallbackError) throw callbackAdvice(error);
        throw asValidationError(error, 'exchangeCallback');
      }
      const signal = checkSignal(o?.signal, 'exchangeCallback');
      if (signal?.aborted) throw errorFromAbortReason(signal.reason, tokenRequest);
      let shared = inFlight.get(code);
      if (!shared) {
        const controller = new AbortController();
        const entry: SharedExchange = {
          result: exchange(code, controller.signal).finally(() => {
            if (inFlight.get(code) === entry) inFlight.delete(code);
          }),
          controller,
          abortable: 0,
          pinned: false,
        };
        inFlight.set(code, entry);
        shared = entry;
      }
      if (!signal) {
        shared.pinned = true;
        return shared.result;
      }
      const joined = shared;
      joined.abortable++;
      return raceSignal(joined.result, signal, (reason) => {
        joined.abortable--;
        // The last caller left: nobody wants the token, so the request stops (before it leaves, if it is
        // still queued, which keeps the code usable). A later exchange of the code starts a new request.
        if (!joined.pinned && joined.abortable === 0) {
          if (inFlight.get(code) === joined) inFlight.delete(code);
          joined.controller.abort(reason);
        }
        return errorFromAbortReason(reason, tokenRequest);
      });
    },
  };
}

function resolveTokenUrl(url: string): string {
  return resolveBaseUrl(url, 'tokenUrl', 'createBufferOAuth', 'the client secret and the code are');
}
