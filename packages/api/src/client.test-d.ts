import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { components, paths } from './generated/buffer-v1.gen.js';
import type {
  BufferClient,
  BufferOAuth,
  CallOptions,
  CreateUpdateOptions,
  OperationKey,
  Profile,
  ResponseOf,
  Update,
} from './index.js';
import type {
  CreateUpdateInput,
  EditUpdateInput,
  GetUpdateInput,
  LinkSharesInput,
  ListInteractionsInput,
  ListPendingInput,
  ListSentInput,
  MediaInput,
  ReorderInput,
  ShuffleInput,
  UpdateSchedulesInput,
} from './schemas/inputs.js';

declare const client: BufferClient;
type S = components['schemas'];
type Query<P extends keyof paths> = NonNullable<NonNullable<paths[P]['get']>['parameters']['query']>;

describe('method inputs', () => {
  test('a typed unknown option is a compile error, not a silent drop', () => {
    // @ts-expect-error: `sheduledAt` is not an option of updates.create
    void client.updates.create({ profileIds: ['a'], text: 'x', sheduledAt: 1 });
    // @ts-expect-error: `top` is not an option of updates.edit
    void client.updates.edit('u', { text: 'x', top: true });
    // @ts-expect-error: `filter` belongs to sent, not pending
    void client.updates.pending('p', { filter: 'all' });
    // @ts-expect-error: media keys are closed
    void client.updates.create({ profileIds: ['a'], text: 'x', media: { video: 'v' } });
    // @ts-expect-error: event is required
    void client.updates.interactions('u', {});
    // @ts-expect-error: days are mon…sun
    void client.profiles.schedules.update('p', [{ days: ['monday'], times: ['10:00'] }]);
  });

  test('times accept Date, seconds and strings', () => {
    expectTypeOf(client.updates.create)
      .parameter(0)
      .toHaveProperty('scheduledAt')
      .toEqualTypeOf<Date | number | string | undefined>();
  });

  test('what an input turns into is a valid form body of the spec (camelCase → Buffer names)', () => {
    expectTypeOf<z.output<typeof CreateUpdateInput>>().toExtend<S['CreateUpdateForm']>();
    expectTypeOf<z.output<typeof EditUpdateInput>>().toExtend<S['EditUpdateForm']>();
    expectTypeOf<z.output<typeof ReorderInput>>().toExtend<S['ReorderForm']>();
    expectTypeOf<z.output<typeof ShuffleInput>>().toExtend<S['ShuffleForm']>();
    expectTypeOf<z.output<typeof UpdateSchedulesInput>>().toExtend<S['UpdateSchedulesForm']>();
    expectTypeOf<z.output<typeof ListPendingInput>>().toExtend<
      Query<'/profiles/{id}/updates/pending.json'>
    >();
    expectTypeOf<z.output<typeof ListSentInput>>().toExtend<Query<'/profiles/{id}/updates/sent.json'>>();
    expectTypeOf<z.output<typeof ListInteractionsInput>>().toExtend<
      Query<'/updates/{id}/interactions.json'>
    >();
  });
});

describe('method inputs name exactly the parameters of the spec (no drift either way)', () => {
  // `toExtend` above lets the spec grow a parameter the SDK never sends; key equality catches that, and
  // catches an SDK option the spec does not document.
  type Keys<T> = keyof NonNullable<T>;
  type Out<T> = NonNullable<z.output<T>>;
  type Item<T> = NonNullable<T> extends readonly (infer U)[] ? U : never;

  test('form bodies', () => {
    expectTypeOf<Keys<Out<typeof CreateUpdateInput>>>().toEqualTypeOf<Keys<S['CreateUpdateForm']>>();
    expectTypeOf<Keys<Out<typeof CreateUpdateInput>['media']>>().toEqualTypeOf<
      Keys<S['CreateUpdateForm']['media']>
    >();
    expectTypeOf<Keys<Out<typeof CreateUpdateInput>['retweet']>>().toEqualTypeOf<
      Keys<S['CreateUpdateForm']['retweet']>
    >();
    expectTypeOf<Keys<Out<typeof EditUpdateInput>>>().toEqualTypeOf<Keys<S['EditUpdateForm']>>();
    expectTypeOf<Keys<Out<typeof EditUpdateInput>['media']>>().toEqualTypeOf<
      Keys<S['EditUpdateForm']['media']>
    >();
    expectTypeOf<Keys<z.output<typeof MediaInput>>>().toEqualTypeOf<Keys<S['CreateMediaForm']>>();
    expectTypeOf<Keys<Out<typeof ReorderInput>>>().toEqualTypeOf<Keys<S['ReorderForm']>>();
    expectTypeOf<Keys<Out<typeof ShuffleInput>>>().toEqualTypeOf<Keys<S['ShuffleForm']>>();
    expectTypeOf<Keys<Out<typeof UpdateSchedulesInput>>>().toEqualTypeOf<Keys<S['UpdateSchedulesForm']>>();
    expectTypeOf<Keys<Item<Out<typeof UpdateSchedulesInput>['schedules']>>>().toEqualTypeOf<
      Keys<Item<S['UpdateSchedulesForm']['schedules']>>
    >();
  });

  test('query strings', () => {
    expectTypeOf<Keys<Out<typeof GetUpdateInput>>>().toEqualTypeOf<Keys<Query<'/updates/{id}.json'>>>();
    expectTypeOf<Keys<Out<typeof ListPendingInput>>>().toEqualTypeOf<
      Keys<Query<'/profiles/{id}/updates/pending.json'>>
    >();
    expectTypeOf<Keys<Out<typeof ListSentInput>>>().toEqualTypeOf<
      Keys<Query<'/profiles/{id}/updates/sent.json'>>
    >();
    expectTypeOf<Keys<Out<typeof ListInteractionsInput>>>().toEqualTypeOf<
      Keys<Query<'/updates/{id}/interactions.json'>>
    >();
    // links.shares takes the URL itself; it is sent as the one query parameter `url`.
    expectTypeOf<Keys<Query<'/links/shares.json'>>>().toEqualTypeOf<'url'>();
    expectTypeOf<z.output<typeof LinkSharesInput>>().toEqualTypeOf<Query<'/links/shares.json'>['url']>();
  });

  test('the other GETs and POSTs of the spec take no query or form the SDK leaves out', () => {
    type NoQuery<P extends keyof paths, M extends 'get' | 'post'> = NonNullable<
      paths[P][M]
    >['parameters']['query'];
    expectTypeOf<NoQuery<'/user.json', 'get'>>().toEqualTypeOf<undefined>();
    expectTypeOf<NoQuery<'/profiles.json', 'get'>>().toEqualTypeOf<undefined>();
    expectTypeOf<NoQuery<'/profiles/{id}.json', 'get'>>().toEqualTypeOf<undefined>();
    expectTypeOf<NoQuery<'/profiles/{id}/schedules.json', 'get'>>().toEqualTypeOf<undefined>();
    expectTypeOf<NoQuery<'/info/configuration.json', 'get'>>().toEqualTypeOf<undefined>();
    expectTypeOf<
      NonNullable<paths['/updates/{id}/share.json']['post']>['requestBody']
    >().toEqualTypeOf<undefined>();
    expectTypeOf<
      NonNullable<paths['/updates/{id}/destroy.json']['post']>['requestBody']
    >().toEqualTypeOf<undefined>();
    expectTypeOf<
      NonNullable<paths['/updates/{id}/move_to_top.json']['post']>['requestBody']
    >().toEqualTypeOf<undefined>();
    expectTypeOf<
      NonNullable<paths['/user/deauthorize.json']['post']>['requestBody']
    >().toEqualTypeOf<undefined>();
  });
});

describe('method results', () => {
  test('typed from the spec', () => {
    expectTypeOf(client.profiles.get).returns.resolves.toEqualTypeOf<Profile>();
    expectTypeOf(client.updates.moveToTop).returns.resolves.toEqualTypeOf<Update>();
    expectTypeOf(client.updates.iteratePending).returns.toEqualTypeOf<AsyncIterable<Update>>();
    expectTypeOf(client.links.shares).returns.resolves.toHaveProperty('shares').toEqualTypeOf<number>();
  });
});

describe('response types name the documented fields only', () => {
  test('a misspelt field is a compile error, a documented one is typed', async () => {
    const update = await client.updates.get('u');
    // @ts-expect-error: `stauts` is not a field of Update (unknown fields stay readable through a cast)
    void update.stauts;
    expectTypeOf(update.status).toEqualTypeOf<string | undefined>();
    expectTypeOf(update.due_at).toEqualTypeOf<number | null | undefined>();
  });

  test('maps keyed by data keep their keys open', async () => {
    const configuration = await client.info.configuration();
    const service: string = 'any service Buffer adds';
    const entry = configuration.services[service];
    expectTypeOf(entry).not.toBeAny();
    expectTypeOf(entry).not.toBeNever();
  });
});

describe('client.request escape hatch', () => {
  test('keys are the spec operations, without the token exchange', () => {
    expectTypeOf<'GET /profiles/{id}.json'>().toExtend<OperationKey>();
    expectTypeOf<'POST /updates/create.json'>().toExtend<OperationKey>();
    expectTypeOf<'POST /oauth2/token.json'>().not.toExtend<OperationKey>();
    expectTypeOf<'GET /updates/create.json'>().not.toExtend<OperationKey>();
  });

  test('path, query and body are typed; responses are the generated types', async () => {
    const profile = await client.request('GET /profiles/{id}.json', { path: { id: 'p' } });
    expectTypeOf(profile).toEqualTypeOf<S['Profile']>();
    expectTypeOf<ResponseOf<'GET /profiles.json'>>().toEqualTypeOf<S['Profile'][]>();
    const user = await client.request('GET /user.json');
    expectTypeOf(user).toEqualTypeOf<S['User']>();
    await client.request('GET /profiles/{id}/updates/sent.json', {
      path: { id: 'p' },
      query: { filter: 'all', count: 5 },
    });
    await client.request('POST /updates/create.json', { body: { profile_ids: ['a'], text: 'x' } });
    // @ts-expect-error: the path parameter is required
    await client.request('GET /profiles/{id}.json');
    await client.request('GET /profiles/{id}/updates/sent.json', {
      path: { id: 'p' },
      // @ts-expect-error: `filter` must be default or all
      query: { filter: 'some' },
    });
    // @ts-expect-error: create needs a body with profile_ids
    await client.request('POST /updates/create.json', { body: { text: 'x' } });
    // @ts-expect-error: not an operation of the spec
    await client.request('GET /nope.json');
  });
});

describe('cancellation: every method takes a signal, which is not a Buffer parameter', () => {
  const signal = new AbortController().signal;

  test('methods with options take it in the options object', () => {
    expectTypeOf(client.updates.create)
      .parameter(0)
      .toHaveProperty('signal')
      .toEqualTypeOf<AbortSignal | undefined>();
    expectTypeOf<CreateUpdateOptions['signal']>().toEqualTypeOf<AbortSignal | undefined>();
    void client.updates.get('u', { utc: true, signal });
    void client.updates.pending('p', { count: 1, signal });
    void client.updates.sent('p', { filter: 'all', signal });
    void client.updates.interactions('u', { event: 'retweet', signal });
    void client.updates.iteratePending('p', { pageSize: 10, signal });
    void client.updates.iterateSent('p', { signal });
    void client.updates.iterateInteractions('u', { event: 'like', signal });
    void client.updates.reorder('p', { order: ['a'], signal });
    void client.updates.shuffle('p', { signal });
    void client.updates.create({ profileIds: ['a'], text: 'x', signal });
    void client.updates.edit('u', { text: 'x', signal });
    void client.request('GET /profiles/{id}.json', { path: { id: 'p' }, signal });
  });

  test('methods without options take a trailing { signal }', () => {
    expectTypeOf(client.user.get).parameter(0).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(client.updates.share).parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(client.profiles.schedules.update).parameter(2).toEqualTypeOf<CallOptions | undefined>();
    void client.user.get({ signal });
    void client.user.deauthorize({ signal });
    void client.profiles.list({ signal });
    void client.profiles.get('p', { signal });
    void client.profiles.schedules.get('p', { signal });
    void client.profiles.schedules.update('p', [{ days: ['mon'], times: ['10:00'] }], { signal });
    void client.updates.share('u', { signal });
    void client.updates.destroy('u', { signal });
    void client.updates.moveToTop('u', { signal });
    void client.links.shares('https://example.com', { signal });
    void client.info.configuration({ signal });
  });

  test('the OAuth exchange takes it next to expectedState', () => {
    const oauth = {} as BufferOAuth;
    void oauth.exchangeCallback('https://app.example/cb?code=1/x&state=s', { expectedState: 's', signal });
    // @ts-expect-error: expectedState is still required
    void oauth.exchangeCallback('https://app.example/cb', { signal });
  });

  test('a signal does not loosen the unknown-option checks, and must be an AbortSignal', () => {
    // @ts-expect-error: `sheduledAt` is not an option of updates.create, signal or not
    void client.updates.create({ profileIds: ['a'], text: 'x', signal, sheduledAt: 1 });
    // @ts-expect-error: `filter` belongs to sent, not pending
    void client.updates.pending('p', { signal, filter: 'all' });
    // @ts-expect-error: `page` is the iterator's to set
    void client.updates.iteratePending('p', { signal, page: 2 });
    // @ts-expect-error: the trailing options take `signal` only
    void client.user.get({ singal: signal });
    // @ts-expect-error: the trailing options take `signal` only
    void client.updates.share('u', { signal, now: true });
    // @ts-expect-error: a signal is an AbortSignal
    void client.updates.create({ profileIds: ['a'], text: 'x', signal: true });
    // @ts-expect-error: a signal is an AbortSignal
    void client.profiles.get('p', { signal: 'soon' });
  });

  test('the input schemas (what goes on the wire) know nothing of signal', () => {
    type Keys<T> = keyof NonNullable<T>;
    expectTypeOf<'signal'>().not.toExtend<Keys<z.input<typeof CreateUpdateInput>>>();
    expectTypeOf<'signal'>().not.toExtend<Keys<z.output<typeof CreateUpdateInput>>>();
    expectTypeOf<'signal'>().not.toExtend<Keys<z.input<typeof ListPendingInput>>>();
    expectTypeOf<'signal'>().not.toExtend<Keys<z.input<typeof ListInteractionsInput>>>();
  });
});
