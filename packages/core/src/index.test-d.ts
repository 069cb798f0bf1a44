import { describe, expectTypeOf, it } from 'vitest';
import {
  BUFFER_ERROR_CODES,
  type BufferkitError,
  buildTokenRequest,
  type CallbackResult,
  encodeForm,
  type FormValue,
  type OAuthCallbackError,
  type OAuthError,
  parseCallback,
  parseTokenResponse,
  type TokenPlacement,
  type TokenRequest,
  withAccessToken,
} from './index.js';

describe('public types', () => {
  it('FormValue takes scalars, arrays and maps, and rejects functions, dates and bigints', () => {
    expectTypeOf<{ profile_ids: string[]; media: { link: string }; now: boolean; count: number }>().toExtend<
      Record<string, FormValue>
    >();
    expectTypeOf<() => void>().not.toExtend<FormValue>();
    expectTypeOf<bigint>().not.toExtend<FormValue>();
    expectTypeOf<symbol>().not.toExtend<FormValue>();
    // @ts-expect-error a function is not a form value
    encodeForm({ callback: () => 1 });
    // @ts-expect-error nor is one nested in a map
    encodeForm({ media: { link: () => 'x' } });
    expectTypeOf(encodeForm).returns.toEqualTypeOf<string>();
  });

  it('withAccessToken returns the request type it was given', () => {
    interface MyRequest {
      method: 'POST';
      url: string;
      headers: Record<string, string>;
      body?: string;
      signal?: AbortSignal;
      idempotent?: boolean;
    }
    const request: MyRequest = { method: 'POST', url: 'https://x', headers: {} };
    expectTypeOf(withAccessToken(request, 't')).toEqualTypeOf<MyRequest>();
    expectTypeOf(
      withAccessToken(
        buildTokenRequest({ clientId: 'a', clientSecret: 'b', redirectUri: 'c', code: 'd' }),
        't',
      ),
    ).toEqualTypeOf<TokenRequest>();
    expectTypeOf(withAccessToken).parameter(2).toEqualTypeOf<TokenPlacement | undefined>();
    // @ts-expect-error a request needs a url
    withAccessToken({ method: 'GET', headers: {} }, 't');
    // @ts-expect-error only the three placements Buffer accepts
    withAccessToken(request, 't', 'cookie');
  });

  it('OAuth functions have the agreed shapes', () => {
    expectTypeOf(parseCallback).returns.toEqualTypeOf<CallbackResult>();
    expectTypeOf<CallbackResult>().toEqualTypeOf<{ code: string; state: string }>();
    expectTypeOf(parseCallback).parameter(0).toEqualTypeOf<string | URL | URLSearchParams>();
    expectTypeOf(parseTokenResponse).returns.toEqualTypeOf<{
      accessToken: string;
      tokenType: string;
      raw: Record<string, unknown>;
    }>();
    expectTypeOf<TokenRequest['method']>().toEqualTypeOf<'POST'>();
    expectTypeOf(BUFFER_ERROR_CODES[1025].status).toEqualTypeOf<400>();
  });

  it('errors share one base with a literal kind', () => {
    expectTypeOf<OAuthError>().toExtend<BufferkitError>();
    expectTypeOf<OAuthError['kind']>().toEqualTypeOf<'oauth_error'>();
    expectTypeOf<OAuthCallbackError['kind']>().toEqualTypeOf<'oauth_callback_error'>();
    expectTypeOf<OAuthError['status']>().toEqualTypeOf<number>();
    expectTypeOf<OAuthError['description']>().toEqualTypeOf<string | undefined>();
  });
});
