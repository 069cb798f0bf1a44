import { DEMO_IDS } from '@bufferkit/emulator';
import { fetchTransport, NetworkError, type Transport } from '@bufferkit/transport';
import { expect, test } from 'vitest';
import { createBufferClient } from './index.js';
import { EMULATOR_BASE_URL, emulatorTransport, setup } from './test-support/harness.js';
import { startResettingProxy } from './test-support/resetting-proxy.js';

test('a create whose connection resets after the body was sent is not repeated (in-process)', async () => {
  const h = setup();
  const inner = fetchTransport({ fetch: h.emulator.fetch });
  // Delivers the request, then loses the answer: the server did the work, the client cannot know.
  const lossy: Transport = async (request) => {
    await inner(request);
    throw new NetworkError('socket hang up', { mayHaveReachedServer: true, request });
  };
  const client = createBufferClient({
    accessToken: h.token,
    baseUrl: EMULATOR_BASE_URL,
    transport: emulatorTransport(h.emulator, lossy),
  });
  await expect(
    client.updates.create({ profileIds: [DEMO_IDS.twitter], text: 'Only once' }),
  ).rejects.toBeInstanceOf(NetworkError);
  expect(h.emulator.requests.filter((r) => r.path === '/1/updates/create.json')).toHaveLength(1);
  expect(h.emulator.pendingOf(DEMO_IDS.twitter).filter((u) => u.text === 'Only once')).toHaveLength(1);
});

test('the same over real sockets: a proxy forwards the POST, then destroys the client socket', async () => {
  const h = setup();
  const server = await h.emulator.listen({ port: 0 });
  const proxy = await startResettingProxy(server.url);
  try {
    const client = createBufferClient({
      accessToken: h.token,
      baseUrl: `${proxy.url}/1`,
      transport: emulatorTransport(h.emulator, fetchTransport()),
    });
    const error = await client.updates
      .create({ profileIds: [DEMO_IDS.twitter], text: 'Once over TCP' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).mayHaveReachedServer).toBe(true);
    expect(h.emulator.requests.filter((r) => r.path === '/1/updates/create.json')).toHaveLength(1);
    expect(proxy.forwarded).toBe(1);
  } finally {
    await proxy.close();
    await server.close();
  }
});

test('a GET that meets the same reset is retried (safe), and succeeds', async () => {
  const h = setup();
  let failures = 1;
  const inner = fetchTransport({ fetch: h.emulator.fetch });
  const flaky: Transport = async (request) => {
    const response = await inner(request);
    if (failures-- > 0) throw new NetworkError('socket hang up', { mayHaveReachedServer: true, request });
    return response;
  };
  const client = createBufferClient({
    accessToken: h.token,
    baseUrl: EMULATOR_BASE_URL,
    transport: emulatorTransport(h.emulator, flaky),
  });
  expect((await client.user.get()).id).toBe(DEMO_IDS.user);
  expect(h.emulator.requests.filter((r) => r.path === '/1/user.json')).toHaveLength(2);
});
