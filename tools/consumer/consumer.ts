// Type-checked (never run) under moduleResolution nodenext and bundler: the published declarations resolve and
// carry the types a user relies on.
import {
  BufferApiError,
  type BufferClient,
  createBufferClient,
  type Profile,
  type Update,
} from '@bufferkit/api';
import { buildTokenRequest, encodeForm, type FormValue, type TokenRequest } from '@bufferkit/core';
import { createEmulator, type Emulator } from '@bufferkit/emulator';
import { createTransport, fetchTransport, type HttpRequest, type Transport } from '@bufferkit/transport';

const request: TokenRequest = buildTokenRequest({
  clientId: 'a',
  clientSecret: 'b',
  redirectUri: 'https://example.com/back',
  code: '1/abc',
});
const body: string = encodeForm({
  profile_ids: ['x', 'y'],
  media: { link: 'https://example.com' },
} satisfies Record<string, FormValue>);
const emulator: Emulator = createEmulator();
const transport: Transport = createTransport({ adapter: fetchTransport({ fetch: emulator.fetch }) });
const client: BufferClient = createBufferClient({
  accessToken: emulator.issueToken(),
  baseUrl: 'http://127.0.0.1:4010/1',
  transport,
});

export async function names(): Promise<string[]> {
  const profiles: Profile[] = await client.profiles.list();
  const first = profiles[0];
  if (!first) return [];
  const page = await client.updates.pending(first.id, { count: 10 });
  const updates: Update[] = page.updates;
  return updates.map((update) => update.text ?? '');
}

export function describe(error: unknown): string {
  return error instanceof BufferApiError ? `${error.status} ${error.code}` : 'unknown';
}

export const sent: HttpRequest = { method: request.method, url: request.url, headers: request.headers, body };
// @ts-expect-error profileIds is required by updates.create
void client.updates.create({ text: 'hello' });
