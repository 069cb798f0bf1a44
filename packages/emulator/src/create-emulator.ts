import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { handleApi } from './api.js';
import { type Clock, createClock } from './clock.js';
import { bufferError } from './errors.js';
import { authorize, decide } from './oauth/authorize.js';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './rate-limit.js';
import { jsonResponse } from './respond.js';
import { type Configuration, defaultConfiguration } from './state/configuration.js';
import { DEMO_IDS, demoSeed } from './state/seed.js';
import { Store } from './state/store.js';
import type { AppRegistration, ProfileRecord, Seed, UpdateRecord, UserRecord } from './state/types.js';

/** The fixed demo application the default emulator knows. Not a secret: it only works against the emulator. */
export const DEMO_APP: AppRegistration = Object.freeze({
  clientId: '5e1f2a3b4c5d6e7f80910a0b',
  clientSecret: 'b0c4e7a1d9f2438e8c6a5b3d2e1f0a9c',
  redirectUri: 'http://localhost:3000/callback',
  name: 'bufferkit demo',
});

export interface EmulatorOptions {
  /** Initial state, or a function of the clock's start time. Default: {@link demoSeed}. */
  seed?: Seed | ((nowMs: number) => Seed);
  /** Registered OAuth apps. Default: `[DEMO_APP]`. */
  apps?: AppRegistration[];
  /** Start time (ms since epoch). Given: a manual clock that moves only when told. Omitted: real time. */
  now?: number;
  /** Requests per user in a rolling window. Default 60 per 60 000 ms; `false` disables. */
  rateLimit?: RateLimitOptions | false;
  /** Authorization code lifetime. Default 30 000 ms. */
  codeTtlMs?: number;
  /** Random source for shuffle (default Math.random). */
  random?: () => number;
  /** The user who consents on the authorize page unless `?user=` names another. Default: the demo user. */
  defaultUserId?: string;
  /** Body of /info/configuration.json; also decides supported interactions and link attachments. */
  configuration?: Configuration;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The raw query string, without `?`. */
  query: string;
  headers: Record<string, string>;
  rawBody: string;
  /** Emulator clock time (ms) when it arrived. */
  at: number;
}

export interface EmulatorSnapshot {
  users: UserRecord[];
  profiles: ProfileRecord[];
  updates: UpdateRecord[];
}

export interface ListeningEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface Emulator {
  app: Hono;
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  listen(o?: { port?: number; host?: string }): Promise<ListeningEmulator>;
  reset(): void;
  clock: Clock;
  readonly requests: readonly RecordedRequest[];
  clearRequests(): void;
  registerApp(app: AppRegistration): void;
  issueToken(userId?: string, clientId?: string): string;
  demoUserId: string;
  /** A deep copy of the current state (after posting anything that has come due). */
  snapshot(): EmulatorSnapshot;
  /** The pending updates of a profile in due order (a deep copy). */
  pendingOf(profileId: string): UpdateRecord[];
}

const ORIGIN = 'http://emulator.invalid';

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const clock = createClock(options.now);
  const startMs = clock.now();
  const apps = options.apps ?? [DEMO_APP];
  const codeTtlMs = options.codeTtlMs ?? 30_000;
  const configuration = options.configuration ?? defaultConfiguration();
  const seedOf = () => {
    const seed = options.seed ?? demoSeed;
    return typeof seed === 'function' ? seed(startMs) : seed;
  };
  const initialSeed = seedOf();
  const demoUserId = options.defaultUserId ?? initialSeed.users[0]?.id ?? DEMO_IDS.user;
  const registered: AppRegistration[] = [...apps];
  let store = new Store(initialSeed, registered, clock.now);
  const rateLimiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  let requests: RecordedRequest[] = [];
  const rawBodies = new WeakMap<Request, string>();

  const app = new Hono();
  app.use('*', async (c, next) => {
    const request = c.req.raw;
    const rawBody = request.body ? await request.clone().text() : '';
    rawBodies.set(request, rawBody);
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    requests.push({
      method: request.method,
      path: url.pathname,
      query: url.search.slice(1),
      headers,
      rawBody,
      at: clock.now(),
    });
    await next();
  });
  app.get('/oauth2/authorize', (c) => authorize(store, new URL(c.req.url), demoUserId));
  app.post('/oauth2/authorize/decision', (c) => {
    const type = c.req.header('content-type') ?? '';
    const body = /^application\/x-www-form-urlencoded\b/i.test(type) ? (rawBodies.get(c.req.raw) ?? '') : '';
    return decide(store, new URLSearchParams(body), clock.now(), codeTtlMs);
  });
  app.all('/1/*', (c) =>
    handleApi(
      {
        store: () => store,
        now: clock.now,
        random: options.random ?? Math.random,
        configuration: () => configuration,
        rateLimiter,
      },
      c.req.raw,
      rawBodies.get(c.req.raw) ?? '',
    ),
  );
  app.notFound(() => {
    const error = bufferError(404);
    return jsonResponse(error.status, error.body);
  });

  return {
    app,
    clock,
    demoUserId,
    get requests() {
      return [...requests];
    },
    fetch(input, init) {
      const request =
        typeof input === 'string' && input.startsWith('/')
          ? new Request(`${ORIGIN}${input}`, init)
          : new Request(input, init);
      return Promise.resolve(app.fetch(request));
    },
    async listen(o = {}) {
      const hostname = o.host ?? '127.0.0.1';
      return new Promise<ListeningEmulator>((resolvePromise, reject) => {
        const server = serve({ fetch: app.fetch, port: o.port ?? 0, hostname }, (info: AddressInfo) => {
          server.off('error', reject);
          const host = hostname.includes(':') ? `[${hostname}]` : hostname;
          resolvePromise({
            url: `http://${host}:${info.port}`,
            port: info.port,
            close: () =>
              new Promise<void>((done, fail) => {
                server.close((error?: Error) => (error ? fail(error) : done()));
                if ('closeAllConnections' in server) server.closeAllConnections();
              }),
          });
        });
        server.once('error', reject);
      });
    },
    reset() {
      store = new Store(seedOf(), registered, clock.now);
      rateLimiter.reset();
      requests = [];
    },
    clearRequests() {
      requests = [];
    },
    registerApp(registration) {
      registered.push({ ...registration });
      store.apps.set(registration.clientId, { ...registration });
    },
    issueToken(userId = demoUserId, clientId = DEMO_APP.clientId) {
      if (!store.users.has(userId)) throw new Error(`issueToken: no user ${userId} in the emulator's state.`);
      return store.issueToken(userId, clientId);
    },
    snapshot() {
      store.tick();
      return structuredClone({
        users: [...store.users.values()],
        profiles: [...store.profiles.values()],
        updates: [...store.updates.values()],
      });
    },
    pendingOf(profileId) {
      store.tick();
      return structuredClone(store.pending(profileId));
    },
  };
}
