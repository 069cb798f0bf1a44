import ky from 'ky';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createTransport,
  fetchTransport,
  type HttpRequest,
  type HttpResponse,
  type KyInstance,
  kyTransport,
  type Middleware,
  type RateLimitError,
  type Transport,
} from './index.js';

describe('public types', () => {
  it('ky itself and its instances fit KyInstance', () => {
    expectTypeOf(ky).toExtend<KyInstance>();
    expectTypeOf(ky.create({ timeout: 1000 })).toExtend<KyInstance>();
    expectTypeOf(ky.extend({})).toExtend<KyInstance>();
    kyTransport({ ky });
  });

  it('every transport has the one contract', () => {
    expectTypeOf(fetchTransport()).toEqualTypeOf<Transport>();
    expectTypeOf(kyTransport()).toEqualTypeOf<Transport>();
    expectTypeOf(createTransport()).toEqualTypeOf<Transport>();
    expectTypeOf<Transport>().parameters.toEqualTypeOf<[HttpRequest]>();
    expectTypeOf<Transport>().returns.toEqualTypeOf<Promise<HttpResponse>>();
    expectTypeOf<HttpResponse['headers']>().toEqualTypeOf<Headers>();
    expectTypeOf<Middleware>().toEqualTypeOf<(next: Transport) => Transport>();
  });

  it('createTransport accepts a custom adapter and rejects unknown policy shapes', () => {
    createTransport({ adapter: async () => ({ status: 200, headers: new Headers(), text: '' }) });
    createTransport({ retry: false, rateLimit: false });
    createTransport({ retry: { attempts: 5, statuses: [503] }, rateLimit: { limit: 60, windowMs: 60_000 } });
    // @ts-expect-error attempts is a number
    createTransport({ retry: { attempts: '3' } });
    // @ts-expect-error a rate limit needs a window
    createTransport({ rateLimit: { limit: 60 } });
    // @ts-expect-error the body is the exact string to send, never an object to serialise
    fetchTransport()({ method: 'POST', url: 'https://x', headers: {}, body: { a: 1 } });
  });

  it('error fields are typed', () => {
    expectTypeOf<RateLimitError['retryAfterMs']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RateLimitError['status']>().toEqualTypeOf<number | undefined>();
  });
});
