import { createEmulator, type Emulator, type EmulatorOptions } from '@bufferkit/emulator';
import { createTransport, fetchTransport, type Transport } from '@bufferkit/transport';
import { type BufferClient, createBufferClient } from '../client.js';

export const EMULATOR_ORIGIN = 'http://127.0.0.1:4010';
export const EMULATOR_BASE_URL = `${EMULATOR_ORIGIN}/1`;

/** A transport over the emulator's in-process fetch: no sockets, no waiting between retries. */
export function emulatorTransport(emulator: Emulator, adapter?: Transport): Transport {
  return createTransport({
    adapter: adapter ?? fetchTransport({ fetch: emulator.fetch }),
    sleep: async () => {},
    rateLimit: false,
  });
}

export interface Harness {
  emulator: Emulator;
  token: string;
  client: BufferClient;
}

export function setup(
  options: EmulatorOptions = {},
  clientOptions: Partial<Parameters<typeof createBufferClient>[0]> = {},
): Harness {
  const emulator = createEmulator({ now: Date.UTC(2030, 0, 15, 9, 0, 0), ...options });
  const token = emulator.issueToken();
  const client = createBufferClient({
    accessToken: token,
    baseUrl: EMULATOR_BASE_URL,
    transport: emulatorTransport(emulator),
    ...clientOptions,
  });
  return { emulator, token, client };
}
