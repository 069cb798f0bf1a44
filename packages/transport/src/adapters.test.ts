import ky from 'ky';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AbortError, InvalidRequestError, NetworkError, TimeoutError } from './errors.js';
import { fetchTransport } from './fetch-transport.js';
import { kyTransport } from './ky-transport.js';
import { closedPortUrl, type LoopbackServer, startLoopbackServer } from './test-support/loopback-server.js';
import type { Transport } from './types.js';

const adapters: Array<[string, () => Transport]> = [
  ['fetchTransport()', () => fetchTransport()],
  [
    'fetchTransport({ fetch })',
    () => fetchTransport({ fetch: (input, init) => globalThis.fetch(input, init) }),
  ],
  ['kyTransport() (lazy import)', () => kyTransport()],
  ['kyTransport({ ky })', () => kyTransport({ ky: ky.create({}) })],
];

const FORM = 'application/x-www-form-urlencoded';

describe.each(adapters)('%s contract', (_name, make) => {
  let server: LoopbackServer;
  let send: Transport;
  beforeAll(async () => {
    server = await startLoopbackServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    send = make();
  });

  it('sends the body byte for byte with the given headers, and returns status, headers and text', async () => {
    const body =
      'code=1/mWot20jTwojsd00jFlaaR45&text=caf%C3%A9+%26+%3D&raw=é+ünï&profile_ids[]=a&media[link]=x';
    server.script({
      kind: 'respond',
      status: 201,
      headers: { 'content-type': 'application/json', 'x-request-id': 'r-1' },
      body: '{"success":true}',
    });
    const response = await send({
      method: 'POST',
      url: `${server.url}/1/updates/create.json?utc=true&x=%2F`,
      headers: { 'Content-Type': FORM, 'X-Custom': 'Value' },
      body,
    });
    expect(response.status).toBe(201);
    expect(response.text).toBe('{"success":true}');
    expect(response.headers).toBeInstanceOf(Headers);
    expect(response.headers.get('x-request-id')).toBe('r-1');
    expect(server.requests).toHaveLength(1);
    const [seen] = server.requests;
    expect(seen?.method).toBe('POST');
    expect(seen?.target).toBe('/1/updates/create.json?utc=true&x=%2F');
    expect(seen?.body.equals(Buffer.from(body, 'utf8'))).toBe(true);
    expect(seen?.headers['content-type']).toBe(FORM);
    expect(seen?.headers['x-custom']).toBe('Value');
    expect(seen?.headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(server.rawBytes().toString('latin1')).toContain(Buffer.from(body).toString('latin1'));
  });

  it('sends a GET without a body', async () => {
    await send({ method: 'GET', url: `${server.url}/1/user.json`, headers: { Accept: 'application/json' } });
    expect(server.requests[0]?.method).toBe('GET');
    expect(server.requests[0]?.body.length).toBe(0);
    expect(server.requests[0]?.headers.accept).toBe('application/json');
  });

  it.each([
    [404, 'application/json', '{"success":false,"code":1000,"message":"nope"}'],
    [429, 'application/json', '{"error":"rate limited"}'],
    [500, 'text/html', '<html><body><h1>Internal Server Error</h1></body></html>'],
    [503, 'text/html', '<!doctype html><p>down</p>'],
  ])('returns a %i answer as a response, never an exception', async (status, type, text) => {
    server.script({ kind: 'respond', status, headers: { 'content-type': type }, body: text });
    const response = await send({ method: 'POST', url: `${server.url}/x`, headers: {}, body: 'a=1' });
    expect(response).toMatchObject({ status, text });
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('returns an empty body as the empty string', async () => {
    server.script({ kind: 'respond', status: 200, headers: { 'content-length': '0' }, body: '' });
    const response = await send({ method: 'GET', url: `${server.url}/empty`, headers: {} });
    expect(response).toMatchObject({ status: 200, text: '' });
  });

  it('refused connection → NetworkError that did not reach the server', async () => {
    const url = await closedPortUrl();
    const error = await send({ method: 'POST', url: `${url}/x`, headers: {}, body: 'a=1' }).catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'ERR_NETWORK', mayHaveReachedServer: false });
  });

  it('reset after the body was read → NetworkError that may have reached the server', async () => {
    server.script({ kind: 'reset-after-body' });
    const error = await send({ method: 'POST', url: `${server.url}/x`, headers: {}, body: 'a=1' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.mayHaveReachedServer).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('reset before the body was read → NetworkError that may have reached the server', async () => {
    server.script({ kind: 'reset-before-body' });
    const error = await send({ method: 'POST', url: `${server.url}/x`, headers: {}, body: 'a=1' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.mayHaveReachedServer).toBe(true);
  });

  it('a body cut short (Content-Length larger than sent) → NetworkError, may have reached the server', async () => {
    server.script({ kind: 'truncate', body: '{"success":tr', declaredLength: 100 });
    const error = await send({ method: 'GET', url: `${server.url}/x`, headers: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.mayHaveReachedServer).toBe(true);
  });

  it('an already aborted signal → AbortError and nothing is sent', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await send({
      method: 'POST',
      url: `${server.url}/x`,
      headers: {},
      body: 'a=1',
      signal: controller.signal,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it('an abort while waiting for the answer → AbortError', async () => {
    server.script({ kind: 'stall' });
    const controller = new AbortController();
    const pending = send({ method: 'GET', url: `${server.url}/x`, headers: {}, signal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  it('a signal aborted with a TimeoutError reason → TimeoutError', async () => {
    server.script({ kind: 'stall' });
    const controller = new AbortController();
    const pending = send({ method: 'GET', url: `${server.url}/x`, headers: {}, signal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    await expect(pending).rejects.toBeInstanceOf(TimeoutError);
  });

  it('rejects a body on GET before sending anything', async () => {
    const error = await send({ method: 'GET', url: `${server.url}/x`, headers: {}, body: 'a=1' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toMatch(/GET request cannot have a body/);
    expect(server.requests).toHaveLength(0);
  });

  it('rejects a relative URL before sending anything', async () => {
    const error = await send({ method: 'GET', url: '/1/user.json', headers: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toMatch(/absolute URL/);
  });
});

describe('DNS and connection failures, classified from the errno code on cause', () => {
  const failing = (code: string) => async () => {
    throw new TypeError('fetch failed', {
      cause: Object.assign(new Error(`getaddrinfo ${code} x`), { code }),
    });
  };
  const make: Array<[string, (code: string) => Transport]> = [
    ['fetch', (code) => fetchTransport({ fetch: failing(code) })],
    ['ky', (code) => kyTransport({ ky: ky.create({ fetch: failing(code) }) })],
  ];
  describe.each(make)('%s', (_name, transport) => {
    it.each([
      ['ECONNREFUSED', false],
      ['ENOTFOUND', false],
      ['EAI_AGAIN', false],
      ['ECONNRESET', true],
      ['UND_ERR_SOCKET', true],
      ['EPIPE', true],
    ])('%s → mayHaveReachedServer %s', async (code, reached) => {
      const error = await transport(code)({
        method: 'POST',
        url: 'https://api.example/x',
        headers: {},
        body: '',
      }).catch((e) => e);
      expect(error).toBeInstanceOf(NetworkError);
      expect(error.mayHaveReachedServer).toBe(reached);
      expect(error.cause.cause.code).toBe(code);
    });
  });

  it('an AggregateError of refused connections (IPv4 and IPv6) did not reach the server', async () => {
    const refused = (address: string) =>
      Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
    const transport = fetchTransport({
      fetch: async () => {
        throw new TypeError('fetch failed', {
          cause: new AggregateError([refused('::1:80'), refused('127.0.0.1:80')]),
        });
      },
    });
    const error = await transport({ method: 'POST', url: 'http://localhost/x', headers: {} }).catch((e) => e);
    expect(error).toMatchObject({ name: 'NetworkError', mayHaveReachedServer: false });
  });

  it('an error without any code (a browser "Failed to fetch") counts as possibly delivered', async () => {
    const transport = fetchTransport({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const error = await transport({ method: 'POST', url: 'https://api.example/x', headers: {} }).catch(
      (e) => e,
    );
    expect(error).toMatchObject({ name: 'NetworkError', mayHaveReachedServer: true });
  });
});
