import { TOKEN_URL } from './constants.js';
import { encodeFormComponent, encodeFormComponentKeepingSlash } from './form-component.js';
import { requireEndpointUrl, requireString } from './require-input.js';

export interface TokenRequestOptions {
  clientId: string;
  clientSecret: string;
  /** Must be the same string as in the authorization URL. */
  redirectUri: string;
  /** The decoded code, as `parseCallback` returns it (`1/abc`, not `1%2Fabc`). */
  code: string;
  tokenUrl?: string;
}

export interface TokenRequest {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  /** The exact form body to send; transports send it byte for byte. */
  body: string;
}

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/**
 * Builds the code-for-token exchange:
 * `client_id=…&client_secret=…&redirect_uri=…&code=…&grant_type=authorization_code`.
 *
 * Buffer rejects a code sent as `1%2F…`, so in the code (only) `/` is left literal; every other character is
 * form-encoded, and every other parameter is encoded in full. The result reads back exactly under any form
 * parser. Missing or empty inputs are refused before anything is built.
 */
export function buildTokenRequest(o: TokenRequestOptions): TokenRequest {
  const clientId = requireString(o.clientId, 'clientId');
  const clientSecret = requireString(o.clientSecret, 'clientSecret');
  const redirectUri = requireString(o.redirectUri, 'redirectUri');
  const code = requireString(o.code, 'code');
  const url = requireEndpointUrl(o.tokenUrl ?? TOKEN_URL, 'tokenUrl');
  const body = [
    `client_id=${encodeFormComponent(clientId, 'clientId')}`,
    `client_secret=${encodeFormComponent(clientSecret, 'clientSecret')}`,
    `redirect_uri=${encodeFormComponent(redirectUri, 'redirectUri')}`,
    `code=${encodeFormComponentKeepingSlash(code, 'code')}`,
    'grant_type=authorization_code',
  ].join('&');
  return {
    method: 'POST',
    url,
    headers: { 'Content-Type': FORM_CONTENT_TYPE, Accept: 'application/json' },
    body,
  };
}
