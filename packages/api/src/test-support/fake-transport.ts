import type { HttpRequest, HttpResponse, Transport } from '@bufferkit/transport';

export interface FakeTransport extends Transport {
  readonly requests: HttpRequest[];
}

/** Answers every request with `answer(request)` (default: 200 `{}`) and records what was sent. */
export function fakeTransport(
  answer: (request: HttpRequest, n: number) => Partial<HttpResponse> & { json?: unknown } = () => ({
    json: {},
  }),
): FakeTransport {
  const requests: HttpRequest[] = [];
  const transport = async (request: HttpRequest): Promise<HttpResponse> => {
    requests.push(request);
    const a = answer(request, requests.length);
    return {
      status: a.status ?? 200,
      headers: a.headers ?? new Headers({ 'content-type': 'application/json' }),
      text: a.text ?? JSON.stringify(a.json ?? {}),
    };
  };
  return Object.assign(transport, { requests });
}
