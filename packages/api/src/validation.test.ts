import { describe, expect, test } from 'vitest';
import { BufferValidationError, createBufferClient, createBufferOAuth, INPUT_RULES } from './index.js';
import { fakeTransport } from './test-support/fake-transport.js';

function client() {
  const transport = fakeTransport();
  return { transport, client: createBufferClient({ accessToken: 'token-123', transport }) };
}

async function rejection(promise: Promise<unknown>): Promise<BufferValidationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BufferValidationError))
    throw new Error(`expected a BufferValidationError, got ${String(error)}`);
  expect(error.source).toBe('input');
  return error;
}

type Client = ReturnType<typeof client>['client'];
type AnyCall = (c: Client) => Promise<unknown>;

// Each case: the call, the field the error must name, and the rule it must cite. `as never` lets a test
// pass what TypeScript would refuse, as plain JavaScript callers can.
const cases: Array<[string, AnyCall, string, string]> = [
  ['empty profileIds', (c) => c.updates.create({ profileIds: [], text: 'x' }), 'profileIds', 'min_items'],
  ['missing text on create', (c) => c.updates.create({ profileIds: ['a'] }), 'text', 'required'],
  ['blank text on create', (c) => c.updates.create({ profileIds: ['a'], text: '   ' }), 'text', 'required'],
  ['missing text on edit', (c) => c.updates.edit('u1', {} as never), 'text', 'required'],
  ['blank text on edit', (c) => c.updates.edit('u1', { text: '' }), 'text', 'required'],
  ['count 0', (c) => c.updates.pending('p1', { count: 0 }), 'count', 'range'],
  ['count 101', (c) => c.updates.sent('p1', { count: 101 }), 'count', 'range'],
  ['count 2.5', (c) => c.updates.interactions('u1', { event: 'like', count: 2.5 }), 'count', 'integer'],
  ['page 0', (c) => c.updates.pending('p1', { page: 0 }), 'page', 'range'],
  [
    'now not a boolean',
    (c) => c.updates.create({ profileIds: ['a'], text: 'x', now: 'yes' as never }),
    'now',
    'type',
  ],
  ['text not a string', (c) => c.updates.edit('u1', { text: 42 as never }), 'text', 'type'],
  ['empty profile id', (c) => c.profiles.get(''), 'profileId', 'required'],
  ['dot-dot profile id', (c) => c.profiles.get('..'), 'profileId', 'path_safe'],
  ['id with a space', (c) => c.updates.get('a b'), 'updateId', 'path_safe'],
  ['missing event', (c) => c.updates.interactions('u1', {} as never), 'event', 'required'],
  [
    'unknown option',
    (c) => c.updates.create({ profileIds: ['a'], text: 'x', sheduledAt: 1 } as never),
    'sheduledAt',
    'unknown_option',
  ],
  ['bad filter', (c) => c.updates.sent('p1', { filter: 'some' as never }), 'filter', 'one_of'],
  [
    'bad day',
    (c) => c.profiles.schedules.update('p1', [{ days: ['monday' as never], times: ['12:00'] }]),
    'schedules[0].days[0]',
    'one_of',
  ],
  [
    'bad time',
    (c) => c.profiles.schedules.update('p1', [{ days: ['mon'], times: ['24:00'] }]),
    'schedules[0].times[0]',
    'format',
  ],
  ['no schedules', (c) => c.profiles.schedules.update('p1', []), 'schedules', 'min_items'],
  [
    'zoneless time',
    (c) => c.updates.create({ profileIds: ['a'], text: 'x', scheduledAt: '2030-01-01T10:00:00' }),
    'scheduledAt',
    'time_zone',
  ],
  [
    'date only',
    (c) => c.updates.create({ profileIds: ['a'], text: 'x', scheduledAt: '2030-01-01' }),
    'scheduledAt',
    'time_zone',
  ],
  [
    'milliseconds',
    (c) => c.updates.edit('u1', { text: 'x', scheduledAt: Date.UTC(2030, 0, 1) }),
    'scheduledAt',
    'unix_seconds',
  ],
  [
    'invalid Date',
    (c) => c.updates.edit('u1', { text: 'x', scheduledAt: new Date('nope') }),
    'scheduledAt',
    'format',
  ],
  ['since not a time', (c) => c.updates.pending('p1', { since: 'yesterday' }), 'since', 'format'],
  ['reorder empty', (c) => c.updates.reorder('p1', { order: [] }), 'order', 'min_items'],
  [
    'reorder negative offset',
    (c) => c.updates.reorder('p1', { order: ['a'], offset: -1 }),
    'offset',
    'range',
  ],
  ['shuffle count', (c) => c.updates.shuffle('p1', { count: 1000 }), 'count', 'range'],
  [
    'retweet without id',
    (c) => c.updates.create({ profileIds: ['a'], retweet: {} as never }),
    'retweet.tweetId',
    'required',
  ],
  ['links.shares not a URL', (c) => c.links.shares('example.com'), 'url', 'format'],
  [
    'lone surrogate in text',
    (c) => c.updates.create({ profileIds: ['a'], text: 'bad \uD800' }),
    'text',
    'encodable',
  ],
];

describe('inputs are validated before any request', () => {
  test.each(cases.map(([name, call, path, rule]) => ({ name, call, path, rule })))(
    '$name → names $path and the $rule rule',
    async ({ call, path, rule }) => {
      const { client: c, transport } = client();
      const error = await rejection(call(c));
      expect(error.issues[0]).toMatchObject({ path, rule });
      expect(error.path).toBe(path);
      expect(error.message).toContain(path);
      expect(error.message).toContain(`[${rule}]`);
      expect(transport.requests).toHaveLength(0);
    },
  );

  test('every issue is reported, not only the first', async () => {
    const { client: c } = client();
    const error = await rejection(c.updates.pending('p1', { page: 0, count: 0 }));
    expect(error.issues.map((i) => i.path)).toEqual(['page', 'count']);
    expect(error.message).toMatch(/\(and 1 more\)$/);
  });

  test('a path id is percent-encoded, so it cannot escape its segment', async () => {
    const { client: c, transport } = client();
    await c.profiles.get('a/../../user?x=1#y').catch(() => undefined);
    expect(transport.requests[0]?.url).toBe(
      'https://api.bufferapp.com/1/profiles/a%2F..%2F..%2Fuser%3Fx%3D1%23y.json',
    );
  });

  test('iterators validate their options before any request', () => {
    const { client: c, transport } = client();
    expect(() => c.updates.iteratePending('p1', { pageSize: 0 })).toThrow(BufferValidationError);
    expect(() => c.updates.iterateSent('p1', { maxPages: 0 })).toThrow(/maxPages/);
    expect(() => c.updates.iterateInteractions('u1', { event: '' })).toThrow(/event/);
    expect(transport.requests).toHaveLength(0);
  });

  test.each([
    ['null', null, 'must be an object, got null'],
    ['an array', [], 'must be an object, got an array'],
    ['a string', 'all', 'must be an object, got a string'],
  ])(
    'iterator options that are %s: a validation error naming the iterator, not a TypeError',
    (_, options, message) => {
      const { client: c, transport } = client();
      for (const [operation, start] of [
        ['updates.iteratePending', () => c.updates.iteratePending('p1', options as never)],
        ['updates.iterateSent', () => c.updates.iterateSent('p1', options as never)],
        ['updates.iterateInteractions', () => c.updates.iterateInteractions('u1', options as never)],
      ] as const) {
        let error: unknown;
        try {
          start();
        } catch (thrown) {
          error = thrown;
        }
        expect(error).toBeInstanceOf(BufferValidationError);
        expect(error).toMatchObject({ operation, issues: [{ path: '(input)', rule: 'type', message }] });
      }
      expect(transport.requests).toHaveLength(0);
    },
  );

  test('iterateInteractions without options says the event is required', () => {
    const { client: c } = client();
    expect(() => c.updates.iterateInteractions('u1', undefined as never)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'event', rule: 'required' })] }),
    );
  });

  // zod 4 leaves the offending value out of its issues: a present value of the wrong type must not read
  // as missing.
  test.each([
    [
      (c: Client) => c.updates.create({ profileIds: ['a'], text: 'x', now: 'yes' as never }),
      'now: must be a boolean (true or false), got a string [type]',
    ],
    [
      (c: Client) => c.updates.pending('p1', { count: 1.5 }),
      'count: must be an integer, got a non-integer number (1.5) [integer]',
    ],
    [(c: Client) => c.updates.edit('u1', { text: null as never }), 'text: must be a string, got null [type]'],
    [
      (c: Client) => c.updates.create({ profileIds: 'a' as never, text: 'x' }),
      'profileIds: must be an array, got a string [type]',
    ],
    [
      (c: Client) => c.updates.create({ profileIds: ['a'], text: 'x', media: { link: 7 as never } }),
      'media.link: must be a string, got a number [type]',
    ],
    [
      (c: Client) => c.updates.create({ profileIds: ['a'] } as never),
      'text: is required unless retweet is given [required]',
    ],
  ])('the message says what was wrong: %#', async (call, message) => {
    const { client: c } = client();
    const error = await rejection(call(c));
    expect(`${error.issues[0]?.path}: ${error.issues[0]?.message} [${error.issues[0]?.rule}]`).toBe(message);
  });

  test('every input issue cites a rule of INPUT_RULES, including options checked by core', async () => {
    const rules = new Set<string>(Object.values(INPUT_RULES));
    const seen: string[] = [];
    for (const [, call] of cases)
      seen.push(...(await rejection(call(client().client))).issues.map((i) => i.rule));
    const refusal = (make: () => unknown): BufferValidationError => {
      try {
        make();
      } catch (error) {
        if (error instanceof BufferValidationError) return error;
      }
      throw new Error('expected a BufferValidationError');
    };
    const app = { clientId: 'a', clientSecret: 'b', redirectUri: 'https://app.example/cb' };
    const core = [
      refusal(() => createBufferOAuth({ ...app, clientId: '' })),
      refusal(() => createBufferClient({ accessToken: 'x', tokenPlacement: 'cookie' as never })),
    ];
    expect(core.map((e) => [e.path, e.issues[0]?.rule])).toEqual([
      ['clientId', 'required'],
      ['tokenPlacement', 'one_of'],
    ]);
    seen.push(...core.flatMap((e) => e.issues.map((i) => i.rule)));
    const requestError = await rejection(client().client.request('GET /nope.json' as never, {} as never));
    seen.push(...requestError.issues.map((i) => i.rule));
    expect(seen.filter((rule) => !rules.has(rule))).toEqual([]);
    expect(seen).toContain(INPUT_RULES.oneOf);
  });
});
