import type { Hono } from 'hono';
import type { AppEnv, PlaygroundDeps } from '../context.js';
import { describeError, oauthWords } from '../describe-error.js';
import type { ExchangeOutcome } from '../session.js';
import { MessagePage } from '../views/message-page.js';

export function registerAuthRoutes(app: Hono<AppEnv>, deps: PlaygroundDeps): void {
  const { config, sessions } = deps;

  app.post('/connect', (c) => {
    const session = c.get('session');
    if (config.mode === 'token' && config.accessToken !== undefined) {
      session.accessToken = config.accessToken;
      return c.redirect('/dashboard', 303);
    }
    if (deps.oauth === undefined) throw new Error('OAuth is not configured');
    const { url, state } = deps.oauth.authorizationUrl();
    sessions.addAttempt(session, state);
    return c.redirect(url, 303);
  });

  app.get('/callback', async (c) => {
    const session = c.get('session');
    const page = (title: string, detail: string, code: string | undefined, status: 400 | 404) =>
      c.html(
        <MessagePage bufferLabel={config.bufferLabel} title={title} detail={detail} code={code} />,
        status,
      );
    if (deps.oauth === undefined) {
      return page(
        'Nothing to do here',
        'This playground uses a single access token, so it never receives OAuth callbacks.',
        undefined,
        404,
      );
    }
    const oauth = deps.oauth;
    const callbackUrl = new URL(c.req.url);
    const state = callbackUrl.searchParams.get('state') ?? '';
    const attempt = session.attempts.get(state);
    if (attempt === undefined) {
      // Never exchange a code for a state this session did not start: that is how login CSRF works.
      const error = state === '' ? 'missing_state' : 'state_mismatch';
      const words = oauthWords(error, undefined);
      return page(words.title, words.detail, error, 400);
    }
    // One exchange per state: a reload or a second tab awaits the same promise instead of sending the
    // (single-use) code again.
    attempt.exchange ??= exchange();
    const outcome = await attempt.exchange;
    if (outcome.ok) {
      // Signed in under a new session id: every request that waited for this exchange carries it home.
      const signedIn = sessions.get(outcome.sessionId);
      if (signedIn !== undefined) c.set('session', signedIn);
      return c.redirect('/dashboard', 302);
    }
    return page(outcome.title, outcome.detail, outcome.error, 400);

    async function exchange(): Promise<ExchangeOutcome> {
      try {
        const token = await oauth.exchangeCallback(callbackUrl, { expectedState: state });
        session.accessToken = token.accessToken;
        session.flash = { kind: 'info', message: 'Connected to Buffer.' };
        // A session id must not outlive the sign-in (session fixation): the connection moves to a new one.
        return { ok: true, sessionId: sessions.rotate(session).id };
      } catch (error) {
        const words = describeError(error);
        return { ok: false, error: words.code, title: words.title, detail: words.detail };
      }
    }
  });

  app.post('/disconnect', async (c) => {
    const session = c.get('session');
    let flash = { kind: 'info' as 'info' | 'error', message: 'Disconnected.' };
    if (session.accessToken !== undefined) {
      if (config.mode === 'token') {
        // Deauthorizing would revoke the owner's only token for every future run; forget it here instead.
        flash.message = 'Disconnected. The BUFFER_ACCESS_TOKEN itself was left valid.';
      } else {
        try {
          await deps.clientFor(session.accessToken).user.deauthorize();
          flash.message = 'Disconnected. Buffer revoked this app’s access.';
        } catch (error) {
          const words = describeError(error);
          flash = {
            kind: 'error',
            message: `Disconnected here, but Buffer did not confirm revoking access: ${words.detail}${
              words.code === undefined ? '' : ` [Buffer error ${words.code}]`
            }`,
          };
        }
      }
    }
    sessions.destroy(session.id);
    const fresh = sessions.create();
    fresh.flash = flash;
    c.set('session', fresh);
    return c.redirect('/', 303);
  });
}
