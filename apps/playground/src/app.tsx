import { createBufferClient, createBufferOAuth } from '@bufferkit/api';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import type { AppEnv, FormFields, PlaygroundAppConfig, PlaygroundDeps } from './context.js';
import { field, takeFlash } from './context.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerDashboardRoutes } from './routes/dashboard.js';
import { registerQueueRoutes } from './routes/queue.js';
import { registerScheduleRoutes } from './routes/schedules.js';
import { SESSION_COOKIE, SessionStore, sessionCookie } from './session.js';
import { CLIENT_SCRIPT, STYLESHEET } from './static-assets.js';
import { createPlaygroundTransport } from './transport.js';
import { HomePage } from './views/home.js';
import { MessagePage } from './views/message-page.js';

export type { PlaygroundAppConfig } from './context.js';

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' https: http: data:; script-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'",
  // The callback URL carries the one-time code; no page may leak it to another site.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

const MAX_FORM_BYTES = 256 * 1024;

/** The playground as a Hono app: pure, so tests drive it in-process with `app.request(...)`. */
export function createPlaygroundApp(config: PlaygroundAppConfig): Hono<AppEnv> {
  const sessions = config.sessions ?? new SessionStore();
  // Never the SDK's default transport: it queues requests for up to a minute instead of showing Buffer's 429.
  const transport = config.transport ?? createPlaygroundTransport();
  const deps: PlaygroundDeps = {
    config,
    sessions,
    oauth:
      config.oauth === undefined
        ? undefined
        : createBufferOAuth({
            clientId: config.oauth.clientId,
            clientSecret: config.oauth.clientSecret,
            redirectUri: config.oauth.redirectUri,
            ...(config.oauth.authorizeUrl === undefined ? {} : { authorizeUrl: config.oauth.authorizeUrl }),
            ...(config.oauth.tokenUrl === undefined ? {} : { tokenUrl: config.oauth.tokenUrl }),
            transport,
          }),
    clientFor: (accessToken) =>
      createBufferClient({
        accessToken,
        transport,
        ...(config.baseUrl === undefined ? {} : { baseUrl: config.baseUrl }),
      }),
  };
  const app = new Hono<AppEnv>();

  app.get('/static/playground.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(CLIENT_SCRIPT);
  });
  app.get('/static/playground.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(STYLESHEET);
  });

  // Sessions: an unknown or missing id always gets a fresh random one; ids are never taken from the client.
  app.use('*', async (c, next) => {
    const incoming = getCookie(c, SESSION_COOKIE);
    const session = sessions.get(incoming) ?? sessions.create();
    c.set('session', session);
    await next();
    const current = c.get('session');
    if (current.id !== incoming)
      c.header('Set-Cookie', sessionCookie(current.id, config.secureCookies ?? false));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!c.res.headers.has(name)) c.header(name, value);
    }
  });

  // Forms here are small; anything bigger is refused before it is read.
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_FORM_BYTES,
      onError: (c) =>
        c.html(
          <MessagePage
            bufferLabel={config.bufferLabel}
            title="That form is too large"
            detail={`The playground accepts forms up to ${MAX_FORM_BYTES / 1024} KiB. Nothing was done.`}
          />,
          413,
        ),
    }),
  );

  // CSRF: every POST carries the session's token in `_csrf`.
  app.use('*', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const type = c.req.header('Content-Type') ?? '';
    const form: FormFields =
      type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')
        ? await c.req.parseBody({ all: true })
        : {};
    c.set('form', form);
    const session = c.get('session');
    if (field(form, '_csrf') !== session.csrfToken) {
      return c.html(
        <MessagePage
          bufferLabel={config.bufferLabel}
          title="This form has expired"
          detail="The form was not sent from this browser session (its security token does not match), so nothing was done. Reload the page and try again."
          code="csrf_mismatch"
        />,
        403,
      );
    }
    return next();
  });

  app.get('/', (c) => {
    const session = c.get('session');
    if (session.accessToken !== undefined) return c.redirect('/dashboard', 302);
    const flash = takeFlash(session);
    return c.html(
      <HomePage
        bufferLabel={config.bufferLabel}
        mode={config.mode}
        csrfToken={session.csrfToken}
        {...(flash === undefined ? {} : { flash })}
      />,
    );
  });

  registerAuthRoutes(app, deps);
  registerDashboardRoutes(app, deps);
  registerScheduleRoutes(app, deps);
  registerQueueRoutes(app, deps);

  app.notFound((c) =>
    c.html(
      <MessagePage
        bufferLabel={config.bufferLabel}
        title="Page not found"
        detail="There is no page at this address."
        action={{ href: '/', label: 'Go to the start page' }}
      />,
      404,
    ),
  );

  app.onError((error, c) => {
    // Name and message only: a stack trace or a request body must never reach the page or the log.
    console.error(`playground: unexpected ${error.name}: ${error.message}`);
    return c.html(
      <MessagePage
        bufferLabel={config.bufferLabel}
        title="Something went wrong"
        detail="An unexpected error happened on the playground server. Nothing more is known; try again."
      />,
      500,
    );
  });

  return app;
}
