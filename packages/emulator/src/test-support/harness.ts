import { createEmulator, type Emulator, type EmulatorOptions } from '../create-emulator.js';

/** Monday 2 March 2026, 10:00:00 UTC: London on GMT, New York on EST, both before their DST switch. */
export const T0 = Date.UTC(2026, 2, 2, 10, 0, 0);
export const T0_S = T0 / 1000;

type KnownKey =
  | 'updates'
  | 'update'
  | 'interactions'
  | 'user'
  | 'username'
  | 'id'
  | 'services'
  | 'total'
  | 'success'
  | 'code'
  | 'media'
  | 'profile_id'
  | 'due_at'
  | 'day'
  | 'due_time'
  | 'text'
  | 'status'
  | 'buffer_count'
  | 'timezone';

/**
 * Parsed JSON as tests read it, without `any`: the keys tests use are always present (a wrong guess
 * fails the assertion instead of the typecheck), other keys and indexes may be undefined.
 */
export type Loose = { readonly [K in KnownKey]: Loose } & { readonly [key: string]: Loose } & {
  readonly [index: number]: Loose;
  readonly length: number;
  map<T>(fn: (value: Loose, index: number) => T): T[];
};

export interface Reply {
  status: number;
  body: Loose;
  headers: Headers;
}

export interface Harness {
  emulator: Emulator;
  token: string;
  get(path: string, token?: string | null): Promise<Reply>;
  post(path: string, form: string, token?: string | null): Promise<Reply>;
}

export async function read(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: response.status, body: body as Loose, headers: response.headers };
}

/** An emulator on the fixed clock T0 with a demo-user token; requests authenticate with a Bearer header. */
export function harness(options: EmulatorOptions = {}): Harness {
  const emulator = createEmulator({ now: T0, rateLimit: false, ...options });
  const token = emulator.issueToken();
  const auth = (t: string | null | undefined): Record<string, string> =>
    t === null ? {} : { authorization: `Bearer ${t ?? token}` };
  return {
    emulator,
    token,
    get: async (path, t) => read(await emulator.fetch(`/1/${path}`, { headers: auth(t) })),
    post: async (path, form, t) =>
      read(
        await emulator.fetch(`/1/${path}`, {
          method: 'POST',
          headers: { ...auth(t), 'content-type': 'application/x-www-form-urlencoded' },
          body: form,
        }),
      ),
  };
}

export function errorBody(code: number, message: string) {
  return { success: false, code, message };
}
