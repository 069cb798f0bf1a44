import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTransport } from './create-transport.js';
import { NetworkError, TimeoutError, TransportError } from './errors.js';
import { fakeClock } from './test-support/fake-clock.js';
import { response, scriptedAdapter } from './test-support/scripted-adapter.js';

type Outcome =
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'network'; reached: boolean }
  | { kind: 'timeout' };

const outcome: fc.Arbitrary<Outcome> = fc.oneof(
  fc.record({
    kind: fc.constant('status' as const),
    status: fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 408, 429, 500, 501, 502, 503, 504),
  }),
  fc.record({
    kind: fc.constant('status' as const),
    status: fc.constantFrom(429, 503),
    retryAfter: fc.constantFrom('0', '1', '30', '3600'),
  }),
  fc.record({ kind: fc.constant('network' as const), reached: fc.boolean() }),
  fc.record({ kind: fc.constant('timeout' as const) }),
);

const request = { method: 'x', url: 'https://api.example/1/updates/create.json', headers: {} };
const toStep = (o: Outcome) => {
  if (o.kind === 'status')
    return response(o.status, o.retryAfter ? { 'retry-after': o.retryAfter } : {}, String(o.status));
  if (o.kind === 'network') return new NetworkError('x', { mayHaveReachedServer: o.reached, request });
  return new TimeoutError('x', { request });
};

/** The rule, written independently of the implementation: may this outcome be followed by another send? */
function mayResendAfter(o: Outcome, idempotent: boolean): boolean {
  const retryStatuses = [408, 429, 500, 502, 503, 504];
  // A Retry-After above maxRetryAfterMs (60 s) ends the call with RateLimitError instead of a wait.
  if (o.kind === 'status') {
    return retryStatuses.includes(o.status) && (idempotent || o.status === 429) && o.retryAfter !== '3600';
  }
  if (o.kind === 'network') return idempotent || !o.reached;
  return idempotent;
}

describe.each([
  ['POST', false],
  ['GET', true],
])('%s: the retry rule holds for any sequence of outcomes (property)', (method, idempotent) => {
  it('sends again only after a resendable outcome, stops at the first final one, and surfaces it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(outcome, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 5 }),
        async (outcomes, attempts) => {
          const { adapter, calls } = scriptedAdapter(...outcomes.map(toStep));
          const clock = fakeClock();
          const transport = createTransport({
            adapter,
            retry: { attempts },
            sleep: clock.sleep,
            now: clock.now,
          });
          const result = await transport({
            method,
            url: request.url,
            headers: {},
            ...(method === 'POST' ? { body: 'text=once' } : {}),
          }).then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          );
          // Once the script runs out the adapter answers 200, a final outcome.
          const script: Outcome[] = [...outcomes, { kind: 'status', status: 200 }];
          let sent = 0;
          for (const o of script) {
            sent++;
            if (sent >= attempts || !mayResendAfter(o, idempotent)) break;
          }
          expect(calls).toHaveLength(sent);
          const last = script[sent - 1]!;
          if (
            last.kind === 'status' &&
            last.retryAfter === '3600' &&
            sent < attempts &&
            mayResendAfter({ ...last, retryAfter: '0' }, idempotent)
          ) {
            expect('error' in result && (result.error as Error).name).toBe('RateLimitError');
          }
          if (last.kind === 'status') {
            expect(
              'value' in result ? result.value.status : (result.error as { status?: number }).status,
            ).toBe(last.status);
          } else {
            expect('error' in result && result.error instanceof TransportError).toBe(true);
            expect((result as { error: Error }).error.name).toBe(
              last.kind === 'network' ? 'NetworkError' : 'TimeoutError',
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
