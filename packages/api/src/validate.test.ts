import { describe, expect, test, vi } from 'vitest';
import * as z from 'zod/mini';
import { BufferValidationError, createBufferClient } from './index.js';
import { fakeTransport } from './test-support/fake-transport.js';

async function validationError(promise: Promise<unknown>): Promise<BufferValidationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BufferValidationError))
    throw new Error(`expected a BufferValidationError, got ${error}`);
  return error;
}

// The schemas are zod/mini, which has no messages of its own: every issue the SDK does not word itself would
// read "Invalid input". These are zod's English messages, as zod classic gave them.
describe('issues the SDK does not word itself keep zod’s English messages', () => {
  test('a response field of the wrong type', async () => {
    const text = JSON.stringify({ total: 1, updates: [{ id: 'a', created_at: 'yesterday' }] });
    const client = createBufferClient({ accessToken: 't', transport: fakeTransport(() => ({ text })) });
    const error = await validationError(client.updates.pending('p1'));
    expect(error.issues).toEqual([
      {
        path: '$.updates[0].created_at',
        rule: 'invalid_type',
        message: 'Invalid input: expected number, received string',
      },
    ]);
  });

  test('an input outside an enum', async () => {
    const transport = fakeTransport();
    const client = createBufferClient({ accessToken: 't', transport });
    const error = await validationError(
      client.profiles.schedules.update('p1', [{ days: ['monday' as never], times: ['09:30'] }]),
    );
    expect(error.issues).toEqual([
      {
        path: 'schedules[0].days[0]',
        rule: 'one_of',
        message: 'Invalid option: expected one of "mon"|"tue"|"wed"|"thu"|"fri"|"sat"|"sun"',
      },
    ]);
    expect(transport.requests).toHaveLength(0);
  });

  test('a time the SDK cannot turn into Unix seconds: the rule and message of its transform', async () => {
    const transport = fakeTransport();
    const client = createBufferClient({ accessToken: 't', transport });
    const error = await validationError(
      client.updates.create({ profileIds: ['a'], text: 'x', scheduledAt: '2030-01-31T09:30:00' }),
    );
    expect(error.issues).toEqual([
      {
        path: 'scheduledAt',
        rule: 'time_zone',
        message:
          '"2030-01-31T09:30:00" has no time zone; add Z or an offset such as +02:00 (Buffer would guess UTC)',
      },
    ]);
    expect(transport.requests).toHaveLength(0);
  });

  test('an app that chose its own zod locale keeps it: English is only the default', async () => {
    const config = z.config();
    const before = config.localeError;
    try {
      z.config({ localeError: () => 'app locale' });
      vi.resetModules();
      const fresh = await import('./validate.js');
      const { UpdatesPageSchema } = await import('./schemas/update.js');
      let issues: unknown;
      try {
        fresh.parseBody(UpdatesPageSchema, { total: 'one', updates: [] }, '', 'updates.pending');
      } catch (error) {
        issues = (error as BufferValidationError).issues;
      }
      expect(issues).toEqual([{ path: '$.total', rule: 'invalid_type', message: 'app locale' }]);
    } finally {
      config.localeError = before;
    }
  });
});
