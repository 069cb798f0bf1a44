import { AUTHORIZE_URL } from './constants.js';
import { INPUT_ERRORS, InvalidInputError } from './errors.js';
import { encodeFormComponent } from './form-component.js';
import { appendQuery, requireEndpointUrl, requireString } from './require-input.js';

export interface AuthorizationUrlOptions {
  clientId: string;
  /** Used byte for byte: Buffer compares it with the registered Callback URL exactly. */
  redirectUri: string;
  state: string;
  /** Defaults to Buffer's; point it at an emulator. A query it already has is kept (see below). */
  authorizeUrl?: string;
}

const OUR_PARAMETERS = ['client_id', 'redirect_uri', 'response_type', 'state'];

/**
 * Builds the URL to send the user to:
 * `…/oauth2/authorize?client_id=…&redirect_uri=…&response_type=code&state=…`.
 *
 * The redirect URI is never normalised (no trailing slash, case or port changes); it is only percent-encoded
 * as a query value. A custom `authorizeUrl` may carry its own query (say, a gateway's `?tenant=x`); it is kept
 * as given and our parameters follow it. If it already sets one of our parameters the URL would be ambiguous,
 * so that is rejected.
 */
export function buildAuthorizationUrl(o: AuthorizationUrlOptions): string {
  const clientId = requireString(o.clientId, 'clientId');
  const redirectUri = requireString(o.redirectUri, 'redirectUri');
  const state = requireString(o.state, 'state');
  const authorizeUrl = requireEndpointUrl(o.authorizeUrl ?? AUTHORIZE_URL, 'authorizeUrl');
  const existing = new URL(authorizeUrl).searchParams;
  const clash = OUR_PARAMETERS.find((name) => existing.has(name));
  if (clash) {
    throw new InvalidInputError(
      INPUT_ERRORS.invalidUrl,
      `authorizeUrl already has a "${clash}" query parameter; buildAuthorizationUrl sets it`,
      'authorizeUrl',
    );
  }
  const query = [
    `client_id=${encodeFormComponent(clientId, 'clientId')}`,
    `redirect_uri=${encodeFormComponent(redirectUri, 'redirectUri')}`,
    'response_type=code',
    `state=${encodeFormComponent(state, 'state')}`,
  ].join('&');
  return appendQuery(authorizeUrl, query);
}
