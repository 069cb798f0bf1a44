import { NetworkError, type Transport } from '@bufferkit/api';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createPlaygroundApp } from './app.js';
import { createHarness, decodeEntities, EMULATOR_ORIGIN, TestBrowser } from './test-support/harness.js';

/** The emulator's transport, except that chosen requests fail the way a broken network does. */
function flakyHarness(fail: (url: string, method: string) => NetworkError | undefined) {
  const harness = createHarness();
  const calls: string[] = [];
  const transport: Transport = async (request) => {
    calls.push(`${request.method} ${new URL(request.url).pathname}`);
    const error = fail(request.url, request.method);
    if (error) throw error;
    return harness.transport(request);
  };
  const app = createPlaygroundApp({
    mode: 'emulator',
    bufferLabel: 'flaky',
    baseUrl: `${EMULATOR_ORIGIN}/1`,
    transport,
    sessions: harness.sessions,
  });
  return { harness: { ...harness, app }, calls };
}

let logged: MockInstance<typeof console.error>;
beforeEach(() => {
  logged = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  logged.mockRestore();
});

describe('network failures', () => {
  it('a page whose reads cannot reach Buffer says so, without a stack trace', async () => {
    const { harness } = flakyHarness((url) =>
      url.endsWith('/user.json')
        ? new NetworkError('connect ECONNREFUSED', { mayHaveReachedServer: false })
        : undefined,
    );
    const browser = new TestBrowser(harness);
    await browser.connectDirectly();
    const page = await browser.get('/dashboard');
    expect(page.status).toBe(502);
    expect(page.html).toContain('Could not reach Buffer');
    expect(page.html).toContain('The request could not be sent. Check the network and try again.');
    expect(page.html).not.toContain('ECONNREFUSED');
    // The server log gets one line: name and message, no stack.
    expect(logged.mock.calls).toEqual([['playground: NetworkError: connect ECONNREFUSED']]);
  });

  it('a create that may have reached Buffer is not sent again, and the words say to check the queue', async () => {
    const { harness, calls } = flakyHarness((url, method) =>
      method === 'POST' && url.endsWith('/updates/create.json')
        ? new NetworkError('socket hang up', { mayHaveReachedServer: true })
        : undefined,
    );
    const browser = new TestBrowser(harness);
    await browser.connectDirectly();
    const twitter = (await harness.direct().profiles.list()).find((p) => p.service === 'twitter')!.id;
    await browser.get('/dashboard');
    calls.length = 0;
    const answer = await browser.post('/compose', {
      profile_ids: [twitter],
      text: 'Maybe sent',
      when: 'queue',
    });
    expect(calls).toEqual(['POST /1/updates/create.json']);
    expect(answer.location).toBe('/dashboard');
    const page = await browser.get('/dashboard');
    const flash = /<p class="flash flash-error"[^>]*>([\s\S]*?)<\/p>/.exec(page.html)?.[1];
    expect(decodeEntities(flash ?? '')).toBe(
      'The connection broke after the request was sent; check the queue before trying again, it may have been applied.',
    );
    expect(page.html).toContain('>\nMaybe sent</textarea>');
  });
});
