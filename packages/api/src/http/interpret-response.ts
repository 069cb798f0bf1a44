import { bodySnippet, describeBufferError, redactSecrets } from '@bufferkit/core';
import { type HttpResponse, parseRetryAfter, RateLimitError } from '@bufferkit/transport';
import type * as z from 'zod/mini';
import { BufferApiError } from '../errors.js';
import { parseBody } from '../validate.js';
import { parseJsonLossless } from './parse-json.js';

type Json = { ok: true; value: unknown } | { ok: false };

function parseJson(text: string): Json {
  try {
    return { ok: true, value: parseJsonLossless(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

function numericCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

function textField(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function apiError(response: HttpResponse, operation: string, json: Json, secrets: readonly string[]) {
  if (!json.ok) {
    const empty = response.text.trim().length === 0;
    return new BufferApiError({
      status: response.status,
      code: undefined,
      serverMessage: empty ? 'empty response body' : 'response body is not JSON',
      meaning: undefined,
      operation,
      ...(empty ? {} : { snippet: bodySnippet(response.text, secrets) }),
      rawBody: response.text,
    });
  }
  const body =
    typeof json.value === 'object' && json.value !== null ? (json.value as Record<string, unknown>) : {};
  const code = numericCode(body.code);
  const said = textField(body, 'message') ?? textField(body, 'error');
  return new BufferApiError({
    status: response.status,
    code,
    serverMessage: said === undefined ? undefined : redactSecrets(said, secrets),
    meaning: code === undefined ? undefined : describeBufferError(code)?.message,
    operation,
    body: json.value,
    rawBody: response.text,
  });
}

/**
 * `success: false`, or (without any `success`) Buffer's error pair of a numeric `code` and an `error` string,
 * which clients have seen with a 200 status. No success body of the spec has both.
 */
function isErrorBody(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const body = value as Record<string, unknown>;
  if (body.success === false) return true;
  return (
    body.success === undefined &&
    numericCode(body.code) !== undefined &&
    textField(body, 'error') !== undefined
  );
}

/**
 * Reads Buffer's answer: 429 → `RateLimitError`; any other non-2xx, a `success: false` body, or a body that
 * is not JSON → `BufferApiError`; a 2xx body that does not match `schema` → `BufferValidationError`.
 * Never lets a `SyntaxError` or `TypeError` from the body escape.
 */
export function interpretResponse<T>(
  response: HttpResponse,
  schema: z.ZodMiniType<T>,
  operation: string,
  request: { method: string; url: string },
  secrets: readonly string[] = [],
): T {
  if (response.status === 429) {
    const wait = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    throw new RateLimitError(
      `Buffer's rate limit was reached (60 requests per user per minute) on ${operation}`,
      {
        request,
        status: 429,
        response,
        ...(wait === undefined ? {} : { retryAfterMs: wait }),
      },
    );
  }
  const json = parseJson(response.text);
  const ok = response.status >= 200 && response.status < 300;
  if (!ok || !json.ok) throw apiError(response, operation, json, secrets);
  const value = json.value;
  if (isErrorBody(value)) throw apiError(response, operation, json, secrets);
  return parseBody(schema, value, response.text, operation);
}
