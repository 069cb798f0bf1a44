// A real HTTP server on 127.0.0.1 that records the exact bytes it receives and misbehaves on demand.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Behaviour =
  | { kind: 'respond'; status: number; headers?: Record<string, string>; body?: string }
  /** Reset (RST) as soon as the request head arrives, without reading the body. */
  | { kind: 'reset-before-body' }
  /** Read the whole body, then reset the connection without answering. */
  | { kind: 'reset-after-body' }
  /** Read the body and never answer. */
  | { kind: 'stall' }
  /** Send the status line, headers and part of the body, then go silent. */
  | { kind: 'stall-body'; body: string }
  /** Announce `declaredLength` bytes, send `body` (shorter), then cut the connection. */
  | { kind: 'truncate'; status?: number; body: string; declaredLength: number };

export interface RecordedRequest {
  method: string;
  /** The request target exactly as sent (path and query). */
  target: string;
  headers: Record<string, string>;
  /** Raw header lines as received, names with their original case. */
  rawHeaders: string[];
  body: Buffer;
}

export interface LoopbackServer {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Every byte received on every connection, in order. */
  rawBytes(): Buffer;
  /** Queue behaviours for the next requests; once used up, requests get 200 "ok". */
  script(...behaviours: Behaviour[]): void;
  /** Forget recorded requests and unused behaviours. */
  reset(): void;
  close(): Promise<void>;
}

const OK: Behaviour = { kind: 'respond', status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' };

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

export async function startLoopbackServer(): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const raw: Buffer[] = [];
  const queue: Behaviour[] = [];
  const sockets = new Set<Socket>();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const behaviour = queue.shift() ?? OK;
    const record: RecordedRequest = {
      method: request.method ?? '',
      target: request.url ?? '',
      headers: headersOf(request),
      rawHeaders: request.rawHeaders,
      body: Buffer.alloc(0),
    };
    requests.push(record);
    if (behaviour.kind === 'reset-before-body') {
      request.socket.resetAndDestroy();
      return;
    }
    record.body = await readBody(request);
    switch (behaviour.kind) {
      case 'reset-after-body':
        request.socket.resetAndDestroy();
        return;
      case 'stall':
        return;
      case 'stall-body':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        response.write(behaviour.body);
        return;
      case 'truncate':
        response.writeHead(behaviour.status ?? 200, {
          'content-type': 'application/json',
          'content-length': String(behaviour.declaredLength),
        });
        response.write(behaviour.body, () => request.socket.destroy());
        return;
      case 'respond':
        response.writeHead(behaviour.status, behaviour.headers ?? {});
        response.end(behaviour.body ?? '');
        return;
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => request.socket.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => raw.push(chunk));
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    rawBytes: () => Buffer.concat(raw),
    script: (...behaviours) => queue.push(...behaviours),
    reset: () => {
      requests.length = 0;
      raw.length = 0;
      queue.length = 0;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback URL on which nothing listens: connecting to it is refused (ECONNREFUSED). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
