import type { FormParams } from '@bufferkit/core';
import type * as z from 'zod/mini';

/** A Buffer call as data: what to send, before any token, URL or transport is involved. */
export interface ApiRequest {
  /** The SDK method or spec operation, for error messages: `updates.create`, `GET /user.json`. */
  readonly operation: string;
  readonly method: 'GET' | 'POST';
  /** Path below the base URL with ids already percent-encoded, e.g. `/profiles/abc/updates/pending.json`. */
  readonly path: string;
  readonly query?: FormParams;
  readonly form?: FormParams;
}

/** A request together with the schema its 2xx body must match. */
export interface Endpoint<T> {
  readonly request: ApiRequest;
  readonly schema: z.ZodMiniType<T>;
}

/** One path segment from a caller's id: `/`, `?`, `#`, `%` and friends cannot change the path. */
export function segment(id: string): string {
  return encodeURIComponent(id);
}
