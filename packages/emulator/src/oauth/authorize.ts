import { randomAlnum } from '../state/ids.js';
import type { Store } from '../state/store.js';
import { consentPage, errorPage, PAGE_HEADERS } from './html.js';
import { appendQuery } from './redirect.js';

function html(status: number, body: string): Response {
  return new Response(body, { status, headers: PAGE_HEADERS });
}

function redirect(location: string): Response {
  return new Response(null, { status: 302, headers: { location, 'cache-control': 'no-store' } });
}

function withState(state: string | undefined): Array<readonly [string, string]> {
  return state === undefined ? [] : [['state', state]];
}

/**
 * GET /oauth2/authorize. The client and its exact registered redirect URI are checked first; until both
 * are known good every problem is an HTML error page, never a redirect. After that, errors about the
 * request itself (response_type) go back to the client as `?error=…`, as OAuth 2.0 specifies.
 */
export function authorize(store: Store, url: URL, defaultUserId: string): Response {
  const q = url.searchParams;
  const clientId = q.get('client_id');
  if (!clientId) return html(400, errorPage('invalid_request', 'The client_id parameter is missing.'));
  const app = store.apps.get(clientId);
  if (!app)
    return html(400, errorPage('invalid_client', 'No application is registered with this client_id.'));
  const redirectUri = q.get('redirect_uri');
  if (!redirectUri) return html(400, errorPage('invalid_request', 'The redirect_uri parameter is missing.'));
  if (redirectUri !== app.redirectUri)
    return html(
      400,
      errorPage(
        'redirect_uri_mismatch',
        "The redirect_uri does not match the application's registered callback URL.",
      ),
    );
  const state = q.get('state') ?? undefined;
  const responseType = q.get('response_type');
  if (responseType !== 'code') {
    const error = responseType ? 'unsupported_response_type' : 'invalid_request';
    const description = responseType
      ? 'Only response_type=code is supported.'
      : 'The response_type parameter is missing.';
    return redirect(
      appendQuery(redirectUri, [['error', error], ['error_description', description], ...withState(state)]),
    );
  }
  const userId = q.get('user') ?? defaultUserId;
  const user = store.users.get(userId);
  if (!user) return html(400, errorPage('invalid_request', 'Unknown user.'));
  const consent = randomAlnum(32);
  store.consents.set(consent, { clientId, redirectUri, state, userId });
  return html(
    200,
    consentPage(app.name, user.name, {
      client_id: clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      ...(state !== undefined ? { state } : {}),
      ...(q.get('user') !== null ? { user: userId } : {}),
      consent,
    }),
  );
}

/** POST /oauth2/authorize/decision: the consent form's Approve or Deny. */
export function decide(store: Store, form: URLSearchParams, nowMs: number, codeTtlMs: number): Response {
  const nonce = form.get('consent') ?? '';
  const consent = store.consents.get(nonce);
  if (!consent)
    return html(
      400,
      errorPage('invalid_request', 'This consent form expired or was already used; start again.'),
    );
  store.consents.delete(nonce);
  const state = form.get('state') ?? undefined;
  if (
    form.get('client_id') !== consent.clientId ||
    form.get('redirect_uri') !== consent.redirectUri ||
    state !== consent.state
  )
    return html(400, errorPage('invalid_request', 'The consent form was altered; start again.'));
  const decision = form.get('decision');
  if (decision === 'deny')
    return redirect(
      appendQuery(consent.redirectUri, [
        ['error', 'access_denied'],
        ['error_description', 'The user denied access to your application.'],
        ...withState(state),
      ]),
    );
  if (decision !== 'approve') return html(400, errorPage('invalid_request', 'Choose Approve or Deny.'));
  const code = `1/${randomAlnum(32)}`;
  store.codes.set(code, {
    clientId: consent.clientId,
    redirectUri: consent.redirectUri,
    userId: consent.userId,
    expiresAt: nowMs + codeTtlMs,
    used: false,
  });
  return redirect(appendQuery(consent.redirectUri, [['code', code, 'raw'], ...withState(state)]));
}
