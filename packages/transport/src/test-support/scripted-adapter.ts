import type { HttpRequest, HttpResponse, Transport } from '../types.js';

export type Step = HttpResponse | Error | ((request: HttpRequest) => Promise<HttpResponse>);

export function response(status: number, headers: Record<string, string> = {}, text = ''): HttpResponse {
  return { status, headers: new Headers(headers), text };
}

/** An adapter that answers from a script, one step per call, and records what it was asked. */
export function scriptedAdapter(...steps: Step[]) {
  const calls: HttpRequest[] = [];
  const adapter: Transport = async (request) => {
    calls.push(request);
    const step = steps.shift();
    if (step === undefined) return response(200, {}, 'ok');
    if (step instanceof Error) throw step;
    if (typeof step === 'function') return step(request);
    return step;
  };
  return { adapter, calls };
}

/** A step that never answers but honours the signal, like a stalled server. */
export const hang = (request: HttpRequest): Promise<HttpResponse> =>
  new Promise((_resolve, reject) => {
    request.signal?.addEventListener('abort', () => reject(request.signal?.reason), { once: true });
  });
