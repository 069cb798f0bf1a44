import type { Params } from '../params.js';
import type { Configuration } from '../state/configuration.js';
import type { Store } from '../state/store.js';
import type { UserRecord } from '../state/types.js';

export interface ApiContext {
  store: Store;
  /** Undefined only on routes whose auth is optional and that were called without a token. */
  user: UserRecord | undefined;
  clientId: string | undefined;
  params: Params;
  nowMs: number;
  random: () => number;
  configuration: Configuration;
}

export interface ApiResult {
  status?: number;
  body: unknown;
}

export interface Route {
  method: 'GET' | 'POST';
  /** Path below /1 without the format suffix; `:name` segments capture. */
  path: string;
  /** Top-level parameters this endpoint recognises (besides access_token, pretty, callback). */
  params: readonly string[];
  auth: 'required' | 'optional';
  handle(ctx: ApiContext, path: Record<string, string>): ApiResult;
}
