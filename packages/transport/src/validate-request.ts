import { InvalidRequestError } from './errors.js';
import type { HttpRequest } from './types.js';

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Rejects a request that no HTTP stack could send as given, before anything goes on the wire. */
export function assertValidRequest(request: HttpRequest): void {
  if (typeof request !== 'object' || request === null) {
    throw new InvalidRequestError('Expected a request object { method, url, headers, body? }');
  }
  const { method, url, headers, body } = request;
  if (typeof method !== 'string' || !TOKEN.test(method)) {
    throw new InvalidRequestError(`Invalid HTTP method ${JSON.stringify(String(method))}`);
  }
  if (typeof url !== 'string' || !URL.canParse(url)) {
    throw new InvalidRequestError('The request URL must be an absolute URL string', {
      request: { method, url: String(url) },
    });
  }
  const scheme = new URL(url).protocol;
  if (scheme !== 'http:' && scheme !== 'https:') {
    throw new InvalidRequestError(`Unsupported URL scheme ${scheme}`, { request });
  }
  if (typeof headers !== 'object' || headers === null) {
    throw new InvalidRequestError('request.headers must be an object of header name to value', { request });
  }
  if (body !== undefined && typeof body !== 'string') {
    throw new InvalidRequestError('request.body must be a string (the exact bytes to send)', { request });
  }
  const upper = method.toUpperCase();
  if (body !== undefined && (upper === 'GET' || upper === 'HEAD')) {
    throw new InvalidRequestError(`A ${upper} request cannot have a body`, { request });
  }
}
