import { inspect } from 'node:util';
import ky from 'ky';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransport, type TransportOptions } from './create-transport.js';
import {
  AbortError,
  HookError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  type TransportError,
} from './errors.js';
import { fetchTransport } from './fetch-transport.js';
import { kyTransport } from './ky-transport.js';
import { closedPortUrl, type LoopbackServer, startLoopbackServer } from './test-support/loopback-server.js';
import type { HttpRequest, Transport } from './types.js';

const SECRET = '1/sEcReT-t0k3n.value_42';
const ENCODED = encodeURIComponent(SECRET);
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

type Placement = (base: string) => HttpRequest;
const placements: Array<[string, Placement]> = [
  [
    'Authorization header',
    (base) => ({
      method: 'POST',
      url: `${base}/1/updates/create.json`,
      headers: { ...FORM, Authorization: `Bearer ${SECRET}` },
      body: 'text=hi',
    }),
  ],
  [
    'access_token in the URL query',
    (base) => ({
      method: 'POST',
      url: `${base}/1/updates/create.json?access_token=${ENCODED}`,
      headers: FORM,
      body: 'text=hi',
    }),
  ],
  [
    'access_token in the form body',
    (base) => ({
      method: 'POST',
      url: `${base}/1/updates/create.json`,
      headers: FORM,
      body: `text=hi&access_token=${SECRET}`,
    }),
  ],
  [
    'client_secret in the form body',
    (base) => ({
      method: 'POST',
      url: `${base}/1/oauth2/token.json`,
      headers: FORM,
      body: `client_id=c&client_secret=${SECRET}&code=1/abc`,
    }),
  ],
  [
    'code in the form body',
    (base) => ({
      method: 'POST',
      url: `${base}/1/oauth2/token.json`,
      headers: FORM,
      body: `client_id=c&code=${SECRET}&grant_type=authorization_code`,
    }),
  ],
];

interface Outcome {
  error: unknown;
  hookPayloads: unknown[];
}

type ErrorPath = (
  context: { server: LoopbackServer; refusedUrl: string; adapter: Transport },
  place: Placement,
) => Promise<Outcome>;

function withHooks(options: TransportOptions, payloads: unknown[]): TransportOptions {
  return {
    ...options,
    hooks: {
      onRequest: (event) => {
        payloads.push(event);
      },
      onResponse: (event) => {
        payloads.push(event);
      },
      onError: (event) => {
        payloads.push(event);
      },
    },
  };
}

async function run(options: TransportOptions, request: HttpRequest): Promise<Outcome> {
  const hookPayloads: unknown[] = [];
  const error = await createTransport(withHooks(options, hookPayloads))(request).then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  return { error, hookPayloads };
}

const noWait = { sleep: async () => {} };

const paths: Array<[string, new (...args: never[]) => TransportError, ErrorPath]> = [
  [
    'refused',
    NetworkError,
    ({ refusedUrl, adapter }, place) =>
      run({ adapter, ...noWait, retry: { attempts: 2 } }, place(refusedUrl)),
  ],
  [
    'reset',
    NetworkError,
    ({ server, adapter }, place) => {
      server.script({ kind: 'reset-after-body' });
      return run({ adapter, ...noWait }, place(server.url));
    },
  ],
  [
    'timeout',
    TimeoutError,
    ({ server, adapter }, place) => {
      // Two stalls: an earlier test's timed-out request may reach the server late and take the first.
      server.script({ kind: 'stall' }, { kind: 'stall' });
      return run({ adapter, timeoutMs: 250, retry: false }, place(server.url));
    },
  ],
  [
    'abort (with a reason quoting the token)',
    AbortError,
    async ({ server, adapter }, place) => {
      server.script({ kind: 'stall' });
      const controller = new AbortController();
      const before = server.requests.length;
      const outcome = run({ adapter }, { ...place(server.url), signal: controller.signal });
      while (server.requests.length === before) await new Promise((resolve) => setTimeout(resolve, 2));
      controller.abort(new Error(`user cancelled the request made with ${SECRET}`));
      return outcome;
    },
  ],
  [
    'rate limit',
    RateLimitError,
    ({ server, adapter }, place) => {
      server.script({
        kind: 'respond',
        status: 429,
        headers: { 'retry-after': '3600', 'content-type': 'application/json' },
        body: `{"error":"slow down","access_token":"${SECRET}"}`,
      });
      return run({ adapter, ...noWait }, place(server.url));
    },
  ],
  [
    'hook',
    HookError,
    async ({ server, adapter }, place) => {
      server.script({ kind: 'respond', status: 200, body: 'ok' });
      const hookPayloads: unknown[] = [];
      const transport = createTransport({
        adapter,
        hooks: {
          onResponse: (event) => {
            hookPayloads.push(event);
            throw new Error(`could not log ${JSON.stringify(event.request)} for token ${SECRET}`);
          },
        },
      });
      const error = await transport(place(server.url)).catch((e: unknown) => e);
      return { error, hookPayloads };
    },
  ],
];

function renderings(value: unknown): string[] {
  const error = value as Error;
  return [String(error), error.stack ?? '', JSON.stringify(error), inspect(error, { depth: 10 })];
}

describe.each<[string, () => Transport]>([
  ['fetch', () => fetchTransport()],
  ['ky', () => kyTransport({ ky })],
])('no secret in any error or hook payload (%s adapter)', (_name, makeAdapter) => {
  let server: LoopbackServer;
  let refusedUrl: string;
  beforeAll(async () => {
    server = await startLoopbackServer();
    refusedUrl = await closedPortUrl();
  });
  afterAll(() => server.close());

  describe.each(paths)('%s', (_path, ErrorClass, path) => {
    it.each(placements)('token as %s', async (_placement, place) => {
      server.reset();
      const { error, hookPayloads } = await path({ server, refusedUrl, adapter: makeAdapter() }, place);
      expect(error).toBeInstanceOf(ErrorClass);
      const texts = [
        ...renderings(error),
        ...hookPayloads.flatMap((payload) => [JSON.stringify(payload), inspect(payload, { depth: 10 })]),
      ];
      expect(hookPayloads.length).toBeGreaterThan(0);
      for (const text of texts) {
        expect(text).not.toContain(SECRET);
        expect(text).not.toContain(ENCODED);
        expect(text).not.toContain('sEcReT');
      }
      // Redacted, not emptied: the error still says what failed and where.
      expect(String(error)).toContain('POST http://127.0.0.1:');
      expect(JSON.stringify(error)).toContain('"method":"POST"');
    });
  });
});
