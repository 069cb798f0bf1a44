import type { Hono } from 'hono';
import { describe, expectTypeOf, test } from 'vitest';
import {
  type AppRegistration,
  createEmulator,
  DEMO_APP,
  type Emulator,
  type EmulatorOptions,
  type RecordedRequest,
} from './index.js';

describe('public types', () => {
  test('createEmulator(options?) → Emulator with the agreed members', () => {
    expectTypeOf(createEmulator).parameter(0).toEqualTypeOf<EmulatorOptions | undefined>();
    expectTypeOf(createEmulator).returns.toEqualTypeOf<Emulator>();
    expectTypeOf<Emulator['app']>().toEqualTypeOf<Hono>();
    expectTypeOf<Emulator['fetch']>().toEqualTypeOf<
      (input: Request | string | URL, init?: RequestInit) => Promise<Response>
    >();
    expectTypeOf<Emulator['listen']>().returns.resolves.toEqualTypeOf<{
      url: string;
      port: number;
      close(): Promise<void>;
    }>();
    expectTypeOf<Emulator['issueToken']>().toEqualTypeOf<(userId?: string, clientId?: string) => string>();
    expectTypeOf<Emulator['requests']>().toEqualTypeOf<readonly RecordedRequest[]>();
    expectTypeOf<Emulator['clock']>().toEqualTypeOf<{
      now(): number;
      advance(ms: number): void;
      set(ms: number): void;
    }>();
  });

  test('options and registrations', () => {
    expectTypeOf(DEMO_APP).toEqualTypeOf<AppRegistration>();
    expectTypeOf<AppRegistration>().toEqualTypeOf<{
      clientId: string;
      clientSecret: string;
      redirectUri: string;
      name: string;
    }>();
    expectTypeOf<EmulatorOptions['rateLimit']>().toEqualTypeOf<
      { limit: number; windowMs: number } | false | undefined
    >();
    expectTypeOf<EmulatorOptions['now']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<EmulatorOptions['codeTtlMs']>().toEqualTypeOf<number | undefined>();
  });
});
