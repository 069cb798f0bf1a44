import * as z from 'zod/mini';
import { type Endpoint, segment } from '../http/api-request.js';
import type { Sender } from '../http/send.js';
import { DEFAULT_MAX_PAGES, ITERATE_PAGE_SIZE, type PagingOptions, paginate } from '../paging.js';
import { SuccessSchema } from '../schemas/common.js';
import {
  CreateUpdateInput,
  type CreateUpdateOptions,
  EditUpdateInput,
  type EditUpdateOptions,
  GetUpdateInput,
  type GetUpdateOptions,
  ListInteractionsInput,
  type ListInteractionsOptions,
  ListPendingInput,
  type ListPendingOptions,
  ListSentInput,
  type ListSentOptions,
  pathId,
  ReorderInput,
  type ReorderOptions,
  ShuffleInput,
  type ShuffleOptions,
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

export function getUpdateRequest(updateId: string, options?: GetUpdateOptions): Endpoint<Update> {
  const operation = 'updates.get';
  const path = updatePath(updateId, operation, '.json');
  const query = parseInput(GetUpdateInput, options, operation);
  return { request: { operation, method: 'GET', path, query }, schema: UpdateSchema };
}

export function pendingRequest(profileId: string, options?: ListPendingOptions): Endpoint<UpdatesPage> {
  const operation = 'updates.pending';
  const path = profilePath(profileId, operation, '/updates/pending.json');
  const query = parseInput(ListPendingInput, options, operation);
  return { request: { operation, method: 'GET', path, query }, schema: UpdatesPageSchema };
}

export function sentRequest(profileId: string, options?: ListSentOptions): Endpoint<UpdatesPage> {
  const operation = 'updates.sent';
  const path = profilePath(profileId, operation, '/updates/sent.json');
  const query = parseInput(ListSentInput, options, operation);
  return { request: { operation, method: 'GET', path, query }, schema: UpdatesPageSchema };
}

export function interactionsRequest(
  updateId: string,
  options: ListInteractionsOptions,
): Endpoint<InteractionsPage> {
  const operation = 'updates.interactions';
  const path = updatePath(updateId, operation, '/interactions.json');
  const query = parseInput(ListInteractionsInput, options, operation);
  return { request: { operation, method: 'GET', path, query }, schema: InteractionsPageSchema };
}

export function reorderRequest(profileId: string, options: ReorderOptions): Endpoint<UpdatesResult> {
  const operation = 'updates.reorder';
  const path = profilePath(profileId, operation, '/updates/reorder.json');
  const form = parseInput(ReorderInput, options, operation);
  return { request: { operation, method: 'POST', path, form }, schema: UpdatesResultSchema };
}

export function shuffleRequest(profileId: string, options?: ShuffleOptions): Endpoint<UpdatesResult> {
  const operation = 'updates.shuffle';
  const path = profilePath(profileId, operation, '/updates/shuffle.json');
  const form = parseInput(ShuffleInput, options, operation);
  return { request: { operation, method: 'POST', path, form }, schema: UpdatesResultSchema };
}

export function createRequest(options: CreateUpdateOptions): Endpoint<CreateUpdateResult> {
  const operation = 'updates.create';
  const form = parseInput(CreateUpdateInput, options, operation);
  return {
    request: { operation, method: 'POST', path: '/updates/create.json', form },
    schema: CreateUpdateResultSchema,
  };
}

export function editRequest(updateId: string, options: EditUpdateOptions): Endpoint<EditUpdateResult> {
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
export interface IterateOptions {
  /** Page size (1–100, default 100). */
  pageSize?: number;
  /** First page (default 1). */
  startPage?: number;
  /** Hard cap on pages fetched (default 100). */
  maxPages?: number;
}

export type IteratePendingOptions = Omit<NonNullable<ListPendingOptions>, 'page' | 'count'> & IterateOptions;
export type IterateSentOptions = Omit<NonNullable<ListSentOptions>, 'page' | 'count'> & IterateOptions;
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

/** Validates everything up front (so a bad option fails before any request) and splits paging from the rest. */
function splitPaging<O extends IterateOptions>(options: O, operation: string) {
  const { pageSize = ITERATE_PAGE_SIZE, startPage = 1, maxPages = DEFAULT_MAX_PAGES, ...rest } = options;
  parseInput(IterateInput, { pageSize, startPage, maxPages }, operation);
  return { paging: { count: pageSize, startPage, maxPages }, rest };
}

/**
 * Builds the first page's request right away, so bad options or ids throw from the `iterate…` call itself,
 * before any request; then walks pages lazily.
 */
function iterate<K extends string, T extends { id: string }>(
  send: Sender,
  paging: PagingOptions,
  build: (page: number, count: number) => Endpoint<{ total: number } & Record<K, T[]>>,
  key: K,
): AsyncIterable<T> {
  build(paging.startPage, paging.count);
  return paginate(async (page) => {
    const body = await send(build(page, paging.count));
    return { total: body.total, items: body[key] };
  }, paging);
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
  share(updateId: string): Promise<Success>;
  destroy(updateId: string): Promise<Success>;
  moveToTop(updateId: string): Promise<Update>;
}

export function createUpdatesApi(send: Sender): UpdatesApi {
  const updates: UpdatesApi = {
    get: async (updateId, options) => send(getUpdateRequest(updateId, options)),
    pending: async (profileId, options) => send(pendingRequest(profileId, options)),
    sent: async (profileId, options) => send(sentRequest(profileId, options)),
    interactions: async (updateId, options) => send(interactionsRequest(updateId, options)),

    iteratePending(profileId, options = {}) {
      const { paging, rest } = splitPaging(options, 'updates.iteratePending');
      return iterate(
        send,
        paging,
        (page, count) => pendingRequest(profileId, { ...rest, page, count }),
        'updates',
      );
    },
    iterateSent(profileId, options = {}) {
      const { paging, rest } = splitPaging(options, 'updates.iterateSent');
      return iterate(
        send,
        paging,
        (page, count) => sentRequest(profileId, { ...rest, page, count }),
        'updates',
      );
    },
    iterateInteractions(updateId, options) {
      const { paging, rest } = splitPaging(options, 'updates.iterateInteractions');
      return iterate(
        send,
        paging,
        (page, count) => interactionsRequest(updateId, { ...rest, page, count }),
        'interactions',
      );
    },

    reorder: async (profileId, options) => send(reorderRequest(profileId, options)),
    shuffle: async (profileId, options) => send(shuffleRequest(profileId, options)),
    create: async (options) => send(createRequest(options)),
    edit: async (updateId, options) => send(editRequest(updateId, options)),
    share: async (updateId) => send(shareRequest(updateId)),
    destroy: async (updateId) => send(destroyRequest(updateId)),
    moveToTop: async (updateId) => send(moveToTopRequest(updateId)),
  };
  return updates;
}
