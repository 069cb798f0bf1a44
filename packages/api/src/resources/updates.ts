import { errorFromAbortReason } from '@bufferkit/transport';
import * as z from 'zod/mini';
import {
  type CallOptions,
  checkSignal,
  parseCallOptions,
  splitCallOptions,
  type WithoutCallOptions,
} from '../call-options.js';
import { type Endpoint, segment } from '../http/api-request.js';
import type { Sender } from '../http/send.js';
import { DEFAULT_MAX_PAGES, ITERATE_PAGE_SIZE, type PagingOptions, paginate } from '../paging.js';
import { SuccessSchema } from '../schemas/common.js';
import {
  CreateUpdateInput,
  type CreateUpdateOptions,
  type CreateUpdateParams,
  EditUpdateInput,
  type EditUpdateOptions,
  type EditUpdateParams,
  GetUpdateInput,
  type GetUpdateOptions,
  type GetUpdateParams,
  ListInteractionsInput,
  type ListInteractionsOptions,
  type ListInteractionsParams,
  ListPendingInput,
  type ListPendingOptions,
  type ListPendingParams,
  ListSentInput,
  type ListSentOptions,
  type ListSentParams,
  pathId,
  ReorderInput,
  type ReorderOptions,
  type ReorderParams,
  ShuffleInput,
  type ShuffleOptions,
  type ShuffleParams,
} from '../schemas/inputs.js';
import { InteractionsPageSchema } from '../schemas/interaction.js';
import {
  CreateUpdateResultSchema,
  EditUpdateResultSchema,
  UpdateSchema,
  UpdatesPageSchema,
  UpdatesResultSchema,
} from '../schemas/update.js';
import type {
  CreateUpdateResult,
  EditUpdateResult,
  Interaction,
  InteractionsPage,
  Success,
  Update,
  UpdatesPage,
  UpdatesResult,
} from '../types.js';
import { parseInput } from '../validate.js';

function profilePath(profileId: string, operation: string, rest: string): string {
  return `/profiles/${segment(parseInput(pathId, profileId, operation, 'profileId'))}${rest}`;
}

function updatePath(updateId: string, operation: string, rest: string): string {
  return `/updates/${segment(parseInput(pathId, updateId, operation, 'updateId'))}${rest}`;
}

export function getUpdateRequest(updateId: string, options?: GetUpdateParams): Endpoint<Update> {
  const operation = 'updates.get';
  const path = updatePath(updateId, operation, '.json');
  const query = parseInput(GetUpdateInput, options, operation);
  return { request: { operation, method: 'GET', path, query }, schema: UpdateSchema };
}

export function pendingRequest(profileId: string, options?: ListPendingParams): Endpoint<UpdatesPage> {
  const operation = 'updates.pending';
  const path = profilePath(profileId, operation, '/updates/pending.json');
  const query = parseInput(ListPendingInput, options, operation);
  return { request: { operation, method: 'GET', path, query }, schema: UpdatesPageSchema };
}

export function sentRequest(profileId: string, options?: ListSentParams): Endpoint<UpdatesPage> {
  const operation = 'updates.sent';
  const path = profilePath(profileId, operation, '/updates/sent.json');
  const query = parseInput(ListSentInput, options, operation);
  return { request: { operation, method: 'GET', path, query }, schema: UpdatesPageSchema };
}

export function interactionsRequest(
  updateId: string,
  options: ListInteractionsParams,
): Endpoint<InteractionsPage> {
  const operation = 'updates.interactions';
  const path = updatePath(updateId, operation, '/interactions.json');
  const query = parseInput(ListInteractionsInput, options, operation);
  return { request: { operation, method: 'GET', path, query }, schema: InteractionsPageSchema };
}

export function reorderRequest(profileId: string, options: ReorderParams): Endpoint<UpdatesResult> {
  const operation = 'updates.reorder';
  const path = profilePath(profileId, operation, '/updates/reorder.json');
  const form = parseInput(ReorderInput, options, operation);
  return { request: { operation, method: 'POST', path, form }, schema: UpdatesResultSchema };
}

export function shuffleRequest(profileId: string, options?: ShuffleParams): Endpoint<UpdatesResult> {
  const operation = 'updates.shuffle';
  const path = profilePath(profileId, operation, '/updates/shuffle.json');
  const form = parseInput(ShuffleInput, options, operation);
  return { request: { operation, method: 'POST', path, form }, schema: UpdatesResultSchema };
}

export function createRequest(options: CreateUpdateParams): Endpoint<CreateUpdateResult> {
  const operation = 'updates.create';
  const form = parseInput(CreateUpdateInput, options, operation);
  return {
    request: { operation, method: 'POST', path: '/updates/create.json', form },
    schema: CreateUpdateResultSchema,
  };
}

export function editRequest(updateId: string, options: EditUpdateParams): Endpoint<EditUpdateResult> {
  const operation = 'updates.edit';
  const path = updatePath(updateId, operation, '/update.json');
  const form = parseInput(EditUpdateInput, options, operation);
  return { request: { operation, method: 'POST', path, form }, schema: EditUpdateResultSchema };
}

export function shareRequest(updateId: string): Endpoint<Success> {
  const operation = 'updates.share';
  return {
    request: { operation, method: 'POST', path: updatePath(updateId, operation, '/share.json') },
    schema: SuccessSchema,
  };
}

export function destroyRequest(updateId: string): Endpoint<Success> {
  const operation = 'updates.destroy';
  return {
    request: { operation, method: 'POST', path: updatePath(updateId, operation, '/destroy.json') },
    schema: SuccessSchema,
  };
}

export function moveToTopRequest(updateId: string): Endpoint<Update> {
  const operation = 'updates.moveToTop';
  return {
    request: { operation, method: 'POST', path: updatePath(updateId, operation, '/move_to_top.json') },
    schema: UpdateSchema,
  };
}

/** Iterator options: the list options without `page`/`count`, plus where to start and how far to go. */
export interface IterateOptions extends CallOptions {
  /** Page size (1–100, default 100). */
  pageSize?: number;
  /** First page (default 1). */
  startPage?: number;
  /** Hard cap on pages fetched (default 100). */
  maxPages?: number;
  /**
   * Stops the walk: once it fires, the next step rejects with `AbortError`, and a page request in flight
   * (or queued by the rate limiter) rejects at once.
   */
  signal?: AbortSignal | undefined;
}

export type IteratePendingOptions = Omit<ListPendingOptions, 'page' | 'count'> & IterateOptions;
export type IterateSentOptions = Omit<ListSentOptions, 'page' | 'count'> & IterateOptions;
export type IterateInteractionsOptions = Omit<ListInteractionsOptions, 'page' | 'count'> & IterateOptions;

const IterateInput = z.strictObject({
  pageSize: z
    .number()
    .check(
      z.int({ error: 'must be an integer' }),
      z.gte(1, { error: 'must be between 1 and 100' }),
      z.lte(100, { error: 'must be between 1 and 100' }),
    ),
  startPage: z
    .number()
    .check(z.int({ error: 'must be an integer' }), z.gte(1, { error: 'must be 1 or more' })),
  maxPages: z
    .number()
    .check(z.int({ error: 'must be an integer' }), z.gte(1, { error: 'must be 1 or more' })),
});

const OptionsObject = z.optional(z.looseObject({}));

/**
 * Validates everything up front (so a bad option fails before any request) and splits paging and the
 * signal from the list parameters.
 */
function splitPaging<O extends IterateOptions>(options: O | undefined, operation: string) {
  // JavaScript callers can pass anything: null, an array or a string is refused like any method's options.
  parseInput(OptionsObject, options, operation);
  const { signal: given, params } = splitCallOptions(options ?? ({} as O));
  const signal = checkSignal(given, operation);
  const { pageSize = ITERATE_PAGE_SIZE, startPage = 1, maxPages = DEFAULT_MAX_PAGES, ...rest } = params;
  parseInput(IterateInput, { pageSize, startPage, maxPages }, operation);
  return { paging: { count: pageSize, startPage, maxPages }, rest, signal };
}

/** Yields `items` until `signal` fires; from then on the next step rejects, even with items left. */
async function* untilAborted<T>(
  items: AsyncIterable<T>,
  signal: AbortSignal,
  operation: string,
): AsyncGenerator<T, void, undefined> {
  const stop = () => errorFromAbortReason(signal.reason, undefined, `${operation} was aborted`);
  for await (const item of items) {
    if (signal.aborted) throw stop();
    yield item;
  }
  if (signal.aborted) throw stop();
}

/**
 * Builds the first page's request right away, so bad options or ids throw from the `iterate…` call itself,
 * before any request; then walks pages lazily, each page request carrying `signal`.
 */
function iterate<K extends string, T extends { id: string }>(
  send: Sender,
  walk: { paging: PagingOptions; signal: AbortSignal | undefined; operation: string },
  build: (page: number, count: number) => Endpoint<{ total: number } & Record<K, T[]>>,
  key: K,
): AsyncIterable<T> {
  const { paging, signal, operation } = walk;
  build(paging.startPage, paging.count);
  const items = paginate(async (page) => {
    const body = await send(build(page, paging.count), signal);
    return { total: body.total, items: body[key] };
  }, paging);
  return signal ? untilAborted(items, signal, operation) : items;
}

export interface UpdatesApi {
  get(updateId: string, options?: GetUpdateOptions): Promise<Update>;
  /** One page of the profile's queue. */
  pending(profileId: string, options?: ListPendingOptions): Promise<UpdatesPage>;
  /** One page of the profile's sent updates. */
  sent(profileId: string, options?: ListSentOptions): Promise<UpdatesPage>;
  /** One page of the interactions (retweets, likes, comments…) a sent update received. */
  interactions(updateId: string, options: ListInteractionsOptions): Promise<InteractionsPage>;
  iteratePending(profileId: string, options?: IteratePendingOptions): AsyncIterable<Update>;
  iterateSent(profileId: string, options?: IterateSentOptions): AsyncIterable<Update>;
  iterateInteractions(updateId: string, options: IterateInteractionsOptions): AsyncIterable<Interaction>;
  reorder(profileId: string, options: ReorderOptions): Promise<UpdatesResult>;
  shuffle(profileId: string, options?: ShuffleOptions): Promise<UpdatesResult>;
  /** Not idempotent: never retried once it may have reached Buffer. */
  create(options: CreateUpdateOptions): Promise<CreateUpdateResult>;
  edit(updateId: string, options: EditUpdateOptions): Promise<EditUpdateResult>;
  share(updateId: string, options?: CallOptions): Promise<Success>;
  destroy(updateId: string, options?: CallOptions): Promise<Success>;
  moveToTop(updateId: string, options?: CallOptions): Promise<Update>;
}

export function createUpdatesApi(send: Sender): UpdatesApi {
  /** A method with an options object: `signal` is taken out, the rest are Buffer's parameters. */
  function withOptions<O, T>(options: O, build: (params: WithoutCallOptions<O>) => Endpoint<T>): Promise<T> {
    const { params, signal } = splitCallOptions(options);
    return send(build(params), signal);
  }
  const updates: UpdatesApi = {
    get: async (updateId, options) => withOptions(options, (o) => getUpdateRequest(updateId, o)),
    pending: async (profileId, options) => withOptions(options, (o) => pendingRequest(profileId, o)),
    sent: async (profileId, options) => withOptions(options, (o) => sentRequest(profileId, o)),
    interactions: async (updateId, options) => withOptions(options, (o) => interactionsRequest(updateId, o)),

    iteratePending(profileId, options = {}) {
      const operation = 'updates.iteratePending';
      const { paging, rest, signal } = splitPaging(options, operation);
      return iterate(
        send,
        { paging, signal, operation },
        (page, count) => pendingRequest(profileId, { ...rest, page, count }),
        'updates',
      );
    },
    iterateSent(profileId, options = {}) {
      const operation = 'updates.iterateSent';
      const { paging, rest, signal } = splitPaging(options, operation);
      return iterate(
        send,
        { paging, signal, operation },
        (page, count) => sentRequest(profileId, { ...rest, page, count }),
        'updates',
      );
    },
    iterateInteractions(updateId, options) {
      const operation = 'updates.iterateInteractions';
      const { paging, rest, signal } = splitPaging(options, operation);
      return iterate(
        send,
        { paging, signal, operation },
        (page, count) => interactionsRequest(updateId, { ...rest, page, count }),
        'interactions',
      );
    },

    reorder: async (profileId, options) => withOptions(options, (o) => reorderRequest(profileId, o)),
    shuffle: async (profileId, options) => withOptions(options, (o) => shuffleRequest(profileId, o)),
    create: async (options) => withOptions(options, (o) => createRequest(o)),
    edit: async (updateId, options) => withOptions(options, (o) => editRequest(updateId, o)),
    share: async (updateId, options) =>
      send(shareRequest(updateId), parseCallOptions(options, 'updates.share')),
    destroy: async (updateId, options) =>
      send(destroyRequest(updateId), parseCallOptions(options, 'updates.destroy')),
    moveToTop: async (updateId, options) =>
      send(moveToTopRequest(updateId), parseCallOptions(options, 'updates.moveToTop')),
  };
  return updates;
}
