import {
  encodeForm,
  type FormParams,
  InvalidInputError,
  type TokenPlacement,
  withAccessToken,
} from '@bufferkit/core';
import type { HttpRequest } from '@bufferkit/transport';
import { BufferValidationError, inputRuleOf } from '../errors.js';
import type { ApiRequest } from './api-request.js';

export interface RequestContext {
  readonly baseUrl: string;
  readonly accessToken?: string | undefined;
  readonly tokenPlacement: TokenPlacement;
}

const FORM = 'application/x-www-form-urlencoded';

function encode(params: FormParams, operation: string): string {
  try {
    return encodeForm(params);
  } catch (error) {
    if (error instanceof InvalidInputError) {
      throw new BufferValidationError({
        source: 'input',
        operation,
        issues: [{ path: error.field ?? '(input)', rule: 'encodable', message: error.message }],
        cause: error,
      });
    }
    throw error;
  }
}

function authorize(request: HttpRequest, context: RequestContext, operation: string): HttpRequest {
  if (context.accessToken === undefined) return request;
  try {
    // A GET has no body to carry the token, so `body` placement puts it in the query for GETs.
    const placement =
      context.tokenPlacement === 'body' && request.method === 'GET' ? 'query' : context.tokenPlacement;
    return withAccessToken(request, context.accessToken, placement);
  } catch (error) {
    if (error instanceof InvalidInputError) {
      throw new BufferValidationError({
        source: 'input',
        operation,
        issues: [
          { path: error.field ?? 'accessToken', rule: inputRuleOf(error.reason), message: error.message },
        ],
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * Turns an `ApiRequest` into the exact HTTP request: query and form in Buffer's bracket encoding, the token
 * in its one place, and `idempotent` set so the transport retries GETs but never resends a POST that may
 * have reached Buffer.
 */
export function buildHttpRequest(request: ApiRequest, context: RequestContext): HttpRequest {
  const query = request.query ? encode(request.query, request.operation) : '';
  const url = `${context.baseUrl}${request.path}${query ? `?${query}` : ''}`;
  const base: HttpRequest =
    request.method === 'GET'
      ? { method: 'GET', url, headers: { Accept: 'application/json' }, idempotent: true }
      : {
          method: 'POST',
          url,
          headers: { Accept: 'application/json', 'Content-Type': FORM },
          body: encode(request.form ?? {}, request.operation),
          idempotent: false,
        };
  return authorize(base, context, request.operation);
}
