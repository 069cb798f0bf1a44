import { createEmulator, DEMO_APP } from '@bufferkit/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlaygroundApp } from './app.js';
import type { Transport } from './buffer.js';
import { SESSION_COOKIE, SessionStore } from './session.js';
import { createPlaygroundTransport } from './transport.js';

type Adapter = Transport;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()!();
});

/** A sleep that never waits: any call is a page kept waiting, so it fails the request and is recorded. */
function refusingSleep(slept: number[]) {
  return (ms: number) => {
    slept.push(ms);
    return Promise.reject(new Error(`asked to sleep ${ms} ms`));
  };
}

function answer(status: number, headers: Record<string, string> = {}, text = '{}') {
  return { status, headers: new Headers({ 'content-type': 'application/json', ...headers }), text };
}

describe('the playground transport', () => {
  it('does not queue requests client-side: the 61st request in a minute is sent at once', async () => {
    // A manual clock: a sleep is recorded and passes at once, so an unfixed transport finishes and fails.
    const slept: number[] = [];
    let clock = 1_000;
    const sleep = async (ms: number) => {
      slept.push(ms);
      clock += ms;
    };
    let sent = 0;
    const adapter: Adapter = async () => {
      sent++;
      return answer(200, {}, '{"id":"x"}');
    };
    const transport = createPlaygroundTransport({ adapter, sleep, now: () => clock });
    for (let i = 0; i < 61; i++) {
      const response = await transport({
        method: 'GET',
        url: 'https://api.bufferapp.com/1/user.json',
        headers: { Authorization: 'Bearer 1/same-token' },
      });
      expect(response.status).toBe(200);
    }
    expect(sent).toBe(61);
    expect(slept).toEqual([]);
  });

  it("hands Buffer's 429 back at once instead of sleeping through Retry-After, for reads and writes", async () => {
    for (const method of ['GET', 'POST'] as const) {
      const slept: number[] = [];
      let sent = 0;
      const adapter: Adapter = async () => {
        sent++;
        return answer(
          429,
          { 'retry-after': '30' },
          '{"success":false,"code":429,"message":"Too Many Requests"}',
        );
      };
      const transport = createPlaygroundTransport({ adapter, sleep: refusingSleep(slept) });
      const response = await transport({
        method,
        url: 'https://api.bufferapp.com/1/user.json',
        headers: { Authorization: 'Bearer 1/t' },
        ...(method === 'POST' ? { body: 'a=1' } : {}),
      });
      expect([method, response.status, sent, slept]).toEqual([method, 429, 1, []]);
    }
  });

  it('still retries a read that met a 503', async () => {
    const statuses = [503, 200];
    const adapter: Adapter = async () => answer(statuses.shift()!, {}, '{}');
    const transport = createPlaygroundTransport({ adapter, sleep: async () => {}, random: () => 0 });
    const response = await transport({
      method: 'GET',
      url: 'https://api.bufferapp.com/1/user.json',
      headers: {},
    });
    expect(response.status).toBe(200);
    expect(statuses).toEqual([]);
  });
});

describe('a live playground at the rate limit', () => {
  it('shows the 429 page for the request Buffer refused, without retrying it', async () => {
    // Real sockets and the app's own transport (no test override): what `npm start` runs.
    const emulator = createEmulator({ apps: [DEMO_APP], rateLimit: { limit: 3, windowMs: 60_000 } });
    const listening = await emulator.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => listening.close());
    const base = listening.url.replace(/\/$/, '');
    const sessions = new SessionStore();
    const app = createPlaygroundApp({
      mode: 'emulator',
      bufferLabel: 'the emulator',
      baseUrl: `${base}/1`,
      sessions,
    });
    const session = sessions.create();
    session.accessToken = emulator.issueToken(undefined, DEMO_APP.clientId);
    const dashboard = () =>
      app.request('/dashboard', { headers: { Cookie: `${SESSION_COOKIE}=${session.id}` } });

    expect((await dashboard()).status).toBe(200); // the 3 requests allowed this minute
    emulator.clearRequests();
    const refused = await dashboard();
    const html = await refused.text();
    expect(refused.status).toBe(502);
    expect(html).toContain('Too many requests');
    expect(html).toContain('<code data-testid="error-code">429</code>');
    // Nothing was sent twice: a refused read is shown, not retried.
    const paths = emulator.requests.map((r) => r.path);
    expect(paths.length).toBeGreaterThan(0);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
