import type { FormParams } from '@bufferkit/core';
import type * as z from 'zod/mini';
import type { CallOptions } from './call-options.js';
import { BufferValidationError } from './errors.js';
import type { paths } from './generated/buffer-v1.gen.js';
import { type ApiRequest, type Endpoint, segment } from './http/api-request.js';
import type { Sender } from './http/send.js';
import { LinkSharesSchema, SuccessSchema } from './schemas/common.js';
import { ConfigurationSchema } from './schemas/configuration.js';
import { pathId } from './schemas/inputs.js';
import { InteractionsPageSchema } from './schemas/interaction.js';
import { ProfileListSchema, ProfileSchema, ScheduleListSchema } from './schemas/profile.js';
import {
  CreateUpdateResultSchema,
  EditUpdateResultSchema,
  UpdateSchema,
  UpdatesPageSchema,
  UpdatesResultSchema,
} from './schemas/update.js';
import { UserSchema } from './schemas/user.js';
import { parseInput } from './validate.js';

type Method = 'get' | 'post';

/** Every `METHOD /path` of the spec, except the OAuth token exchange (use `createBufferOAuth`). */
export type OperationKey = Exclude<
  {
    [P in keyof paths & string]: {
      [M in Method]: [NonNullable<paths[P][M]>] extends [never] ? never : `${Uppercase<M>} ${P}`;
    }[Method];
  }[keyof paths & string],
  'POST /oauth2/token.json'
>;

type OperationOf<K extends OperationKey> = K extends `${infer M} ${infer P extends keyof paths}`
  ? NonNullable<paths[P][Lowercase<M> & Method]>
  : never;

type ParametersOf<K extends OperationKey> =
  OperationOf<K> extends { parameters: infer Params } ? Params : never;
type PathParams<K extends OperationKey> = ParametersOf<K> extends { path: infer X } ? X : never;
type QueryParams<K extends OperationKey> = ParametersOf<K> extends { query?: infer X } ? X : never;
type FormBody<K extends OperationKey> =
  OperationOf<K> extends {
    requestBody: { content: { 'application/x-www-form-urlencoded': infer B } };
  }
    ? B
    : OperationOf<K> extends { requestBody?: { content: { 'application/x-www-form-urlencoded': infer B } } }
      ? B | undefined
      : never;

/** The 200 JSON body of an operation, as the generated types describe it. */
export type ResponseOf<K extends OperationKey> =
  OperationOf<K> extends {
    responses: { 200: { content: { 'application/json': infer R } } };
  }
    ? R
    : never;

type Optional<T> = [T] extends [never] ? never : undefined extends T ? T : never;

/**
 * `path` when the route has parameters, `query` when it takes any, `body` when it has a form body; `signal`
 * (not a Buffer parameter, never sent) cancels the call.
 */
export type RequestOptions<K extends OperationKey> = ([PathParams<K>] extends [never]
  ? { path?: never }
  : { path: PathParams<K> }) &
  ([QueryParams<K>] extends [never | undefined] ? { query?: never } : { query?: QueryParams<K> }) &
  ([FormBody<K>] extends [never]
    ? { body?: never }
    : [Optional<FormBody<K>>] extends [never]
      ? { body: FormBody<K> }
      : { body?: FormBody<K> }) &
  CallOptions;

type RequestArgs<K extends OperationKey> =
  Partial<RequestOptions<K>> extends RequestOptions<K>
    ? [options?: RequestOptions<K>]
    : [options: RequestOptions<K>];

/** The response schema of each operation; `satisfies` keeps it complete as the spec grows. */
export const RESPONSE_SCHEMAS = {
  'GET /user.json': UserSchema,
  'POST /user/deauthorize.json': SuccessSchema,
  'GET /profiles.json': ProfileListSchema,
  'GET /profiles/{id}.json': ProfileSchema,
  'GET /profiles/{id}/schedules.json': ScheduleListSchema,
  'POST /profiles/{id}/schedules/update.json': SuccessSchema,
  'GET /updates/{id}.json': UpdateSchema,
  'GET /profiles/{id}/updates/pending.json': UpdatesPageSchema,
  'GET /profiles/{id}/updates/sent.json': UpdatesPageSchema,
  'GET /updates/{id}/interactions.json': InteractionsPageSchema,
  'POST /profiles/{id}/updates/reorder.json': UpdatesResultSchema,
  'POST /profiles/{id}/updates/shuffle.json': UpdatesResultSchema,
  'POST /updates/create.json': CreateUpdateResultSchema,
  'POST /updates/{id}/update.json': EditUpdateResultSchema,
  'POST /updates/{id}/share.json': SuccessSchema,
  'POST /updates/{id}/destroy.json': SuccessSchema,
  'POST /updates/{id}/move_to_top.json': UpdateSchema,
  'GET /links/shares.json': LinkSharesSchema,
  'GET /info/configuration.json': ConfigurationSchema,
} as const satisfies { readonly [K in OperationKey]: z.ZodMiniType };

function isOperationKey(key: string): key is OperationKey {
  return Object.hasOwn(RESPONSE_SCHEMAS, key);
}

/** Builds the `ApiRequest` for a spec operation, filling `{name}` path templates from `path`. */
export function operationRequest(
  key: string,
  options: { path?: Record<string, unknown>; query?: object; body?: object } = {},
): Endpoint<unknown> {
  if (!isOperationKey(key)) {
    throw new BufferValidationError({
      source: 'input',
      operation: 'client.request',
      issues: [
        {
          path: 'operation',
          rule: 'one_of',
          message: `"${key}" is not an operation of the spec; use "METHOD /path" such as "GET /profiles/{id}.json"`,
        },
      ],
    });
  }
  const [method, template] = key.split(' ') as ['GET' | 'POST', string];
  const path = template.replace(/\{(\w+)\}/g, (_all, name: string) =>
    segment(parseInput(pathId, options.path?.[name], key, `path.${name}`)),
  );
  const request: ApiRequest = {
    operation: key,
    method,
    path,
    ...(options.query ? { query: options.query as FormParams } : {}),
    ...(method === 'POST' && options.body ? { form: options.body as FormParams } : {}),
  };
  return { request, schema: RESPONSE_SCHEMAS[key] as z.ZodMiniType<unknown> };
}

export type RequestFn = <K extends OperationKey>(key: K, ...args: RequestArgs<K>) => Promise<ResponseOf<K>>;

export function createRequestFn(send: Sender): RequestFn {
  return async (key, ...args) => {
    const options = (args[0] ?? {}) as {
      path?: Record<string, unknown>;
      query?: object;
      body?: object;
      signal?: unknown;
    };
    // The zod output equals the generated type (see the type tests), so this cast only renames it.
    return (await send(operationRequest(key, options), options.signal)) as never;
  };
}
