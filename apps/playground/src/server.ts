import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, DEMO_APP } from '@bufferkit/emulator';
import { getRequestListener } from '@hono/node-server';
import { createPlaygroundApp } from './app.js';
import type { Transport } from './buffer.js';
import { type PlaygroundEnvConfig, REAL_BUFFER } from './config.js';
import type { PlaygroundAppConfig } from './context.js';
import { randomToken } from './session.js';

export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(
    readonly which: 'playground' | 'emulator',
    readonly port: number,
    readonly host: string,
  ) {
    const variable = which === 'playground' ? 'PORT' : 'EMULATOR_PORT';
    super(
      `Port ${port} on ${host} is already in use (wanted by the ${which}); stop what uses it or set ${variable}.`,
    );
  }
}

export interface RunningPlayground {
  url: string;
  /** Set in emulator mode. */
  emulatorUrl: string | undefined;
  /** One line for a person: which Buffer the playground talks to. */
  bufferLabel: string;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Transport override (tests). */
  transport?: Transport;
}

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EADDRINUSE';
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Browsers keep connections alive; without this, close() would wait for them.
    server.closeAllConnections();
  });
}

/**
 * Starts the playground (and, in emulator mode, the embedded emulator) on loopback.
 * Port 0 picks free ports, which is how the browser tests run.
 */
export async function startPlayground(
  env: PlaygroundEnvConfig,
  options: StartOptions = {},
): Promise<RunningPlayground> {
  const host = env.host;
  // The playground listens first, so its real port is known for the OAuth redirect URI.
  let handler: ReturnType<typeof getRequestListener> | undefined;
  const server = createServer((req, res) => {
    if (handler === undefined) {
      res
        .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('The playground is starting.\n');
      return;
    }
    void handler(req, res);
  });
  let port: number;
  try {
    port = await listen(server, env.port, host);
  } catch (error) {
    if (isAddressInUse(error)) throw new PortInUseError('playground', env.port, host);
    throw error;
  }
  const url = `http://${host}:${port}`;

  let appConfig: PlaygroundAppConfig;
  let emulatorUrl: string | undefined;
  let closeEmulator: () => Promise<void> = async () => {};
  if (env.mode === 'emulator') {
    const app = {
      clientId: 'bufferkit-playground',
      clientSecret: randomToken(24),
      redirectUri: `${url}/callback`,
      name: 'bufferkit playground',
    };
    const emulator = createEmulator({ apps: [DEMO_APP, app] });
    try {
      const listening = await emulator.listen({ port: env.emulatorPort, host });
      emulatorUrl = listening.url.replace(/\/$/, '');
      closeEmulator = () => listening.close();
    } catch (error) {
      await closeServer(server);
      if (isAddressInUse(error)) throw new PortInUseError('emulator', env.emulatorPort, host);
      throw error;
    }
    appConfig = {
      mode: 'emulator',
      bufferLabel: `the embedded Buffer emulator at ${emulatorUrl}`,
      baseUrl: `${emulatorUrl}/1`,
      oauth: {
        clientId: app.clientId,
        clientSecret: app.clientSecret,
        redirectUri: app.redirectUri,
        authorizeUrl: `${emulatorUrl}/oauth2/authorize`,
        tokenUrl: `${emulatorUrl}/1/oauth2/token.json`,
      },
    };
  } else if (env.mode === 'oauth' && env.oauth !== undefined) {
    appConfig = {
      mode: 'oauth',
      bufferLabel: `Buffer (${REAL_BUFFER.baseUrl})`,
      baseUrl: REAL_BUFFER.baseUrl,
      oauth: { ...env.oauth, authorizeUrl: REAL_BUFFER.authorizeUrl, tokenUrl: REAL_BUFFER.tokenUrl },
    };
  } else if (env.mode === 'token' && env.accessToken !== undefined) {
    appConfig = {
      mode: 'token',
      bufferLabel: `Buffer (${REAL_BUFFER.baseUrl}) with BUFFER_ACCESS_TOKEN`,
      baseUrl: REAL_BUFFER.baseUrl,
      accessToken: env.accessToken,
    };
  } else {
    await closeServer(server);
    throw new Error(`Incomplete configuration for mode ${env.mode}`);
  }
  if (options.transport !== undefined) appConfig.transport = options.transport;
  const app = createPlaygroundApp(appConfig);
  handler = getRequestListener(app.fetch);

  let closing: Promise<void> | undefined;
  return {
    url,
    emulatorUrl,
    bufferLabel: appConfig.bufferLabel,
    close() {
      closing ??= Promise.all([closeServer(server), closeEmulator()]).then(() => undefined);
      return closing;
    },
  };
}
