import type { BufferClient } from '../buffer.js';
import { type AppContext, ID_PATTERN, type PlaygroundDeps } from '../context.js';
import { describeError } from '../describe-error.js';
import type { Session } from '../session.js';
import { MessagePage } from '../views/message-page.js';

/** The session's client, or undefined when it is not connected. */
export function clientOf(deps: PlaygroundDeps, session: Session): BufferClient | undefined {
  return session.accessToken === undefined ? undefined : deps.clientFor(session.accessToken);
}

export function notConnected(c: AppContext) {
  c.get('session').flash = { kind: 'info', message: 'Connect a Buffer account first.' };
  return c.redirect('/', c.req.method === 'GET' ? 302 : 303);
}

/** A page whose Buffer reads failed: plain words and Buffer's code; a rejected token ends the connection. */
export function pageFailure(c: AppContext, deps: PlaygroundDeps, error: unknown) {
  const session = c.get('session');
  const words = describeError(error);
  logUnexpected(error, words.code);
  if (words.tokenRejected) {
    delete session.accessToken;
    session.flash = { kind: 'error', message: `${words.detail} [Buffer error ${words.code}] Connect again.` };
    return c.redirect('/', 302);
  }
  return c.html(
    <MessagePage
      bufferLabel={deps.config.bufferLabel}
      title={words.title}
      detail={words.detail}
      code={words.code}
      connected={true}
      csrfToken={session.csrfToken}
      action={{ href: '/dashboard', label: 'Back to the dashboard' }}
    />,
    502,
  );
}

/**
 * What every route on one profile or update needs first: a connected session and a well-formed `:id`.
 * Otherwise the answer to send instead: home for a disconnected browser, a 404 page for a malformed id.
 */
export function connectedTo(
  c: AppContext,
  deps: PlaygroundDeps,
  notFound: (c: AppContext) => Response | Promise<Response>,
): { session: Session; client: BufferClient; id: string } | Response | Promise<Response> {
  const session = c.get('session');
  const client = clientOf(deps, session);
  if (client === undefined) return notConnected(c);
  const id = c.req.param('id') ?? '';
  if (!ID_PATTERN.test(id)) return notFound(c);
  return { session, client, id };
}

/** A 404 page for an address that names no Buffer profile or update. */
export function notFoundPage(c: AppContext, deps: PlaygroundDeps, detail: string) {
  return c.html(
    <MessagePage
      bufferLabel={deps.config.bufferLabel}
      title="Not found"
      detail={detail}
      action={{ href: '/dashboard', label: 'Back to the dashboard' }}
    />,
    404,
  );
}

/** After a failed POST: the words travel across the redirect as a flash message. */
export function actionFailure(c: AppContext, error: unknown, redirectTo: string) {
  const session = c.get('session');
  const words = describeError(error);
  logUnexpected(error, words.code);
  const suffix = words.code === undefined ? '' : ` [Buffer error ${words.code}]`;
  session.flash = { kind: 'error', message: `${words.detail}${suffix}` };
  if (words.tokenRejected) {
    delete session.accessToken;
    return c.redirect('/', 303);
  }
  return c.redirect(redirectTo, 303);
}

function logUnexpected(error: unknown, code: string | undefined): void {
  // Only errors that are not Buffer's answers are worth a log line; name and message only (no bodies, no tokens).
  if (code === undefined && error instanceof Error)
    console.error(`playground: ${error.name}: ${error.message}`);
}

export function positiveInt(value: string | undefined, fallback = 1): number {
  if (value === undefined || !/^\d{1,6}$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 ? n : fallback;
}
