import fc from 'fast-check';
import qs from 'qs';
import { describe, expect, it } from 'vitest';
import { encodeForm, type FormValue, formEntries } from './encode-form.js';
import { InvalidInputError } from './errors.js';

function inputError(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError');
}

describe('encodeForm', () => {
  it('reproduces the create example of Buffer’s docs byte for byte', () => {
    expect(
      encodeForm({
        text: 'This is an example update',
        profile_ids: ['4eb854340acb04e870000010', '4eb9276e0acb04bb81000067'],
        media: { link: 'http://google.com', description: 'The google homepage' },
      }),
    ).toBe(
      'text=This%20is%20an%20example%20update&profile_ids[]=4eb854340acb04e870000010' +
        '&profile_ids[]=4eb9276e0acb04bb81000067&media[link]=http%3A%2F%2Fgoogle.com' +
        '&media[description]=The%20google%20homepage',
    );
  });

  it('indexes arrays of maps and uses [] for arrays of scalars inside them', () => {
    // Buffer's docs print `12:45` unescaped; `12%3A45` is the same value to every form parser.
    expect(
      encodeForm({
        schedules: [
          { days: ['mon', 'tue'], times: ['12:45', '15:30'] },
          { days: ['sat'], times: ['09:00'] },
        ],
      }),
    ).toBe(
      'schedules[0][days][]=mon&schedules[0][days][]=tue&schedules[0][times][]=12%3A45&schedules[0][times][]=15%3A30' +
        '&schedules[1][days][]=sat&schedules[1][times][]=09%3A00',
    );
    expect(encodeForm({ grid: [['a'], ['b', 'c']] })).toBe('grid[0][]=a&grid[1][]=b&grid[1][]=c');
    expect(encodeForm({ retweet: { tweet_id: '123', comment: 'hi' } })).toBe(
      'retweet[tweet_id]=123&retweet[comment]=hi',
    );
  });

  it('writes booleans as true/false and numbers in plain decimal', () => {
    expect(encodeForm({ now: true, shorten: false, count: 10, offset: 0, neg: -0, f: 1.5, utc: true })).toBe(
      'now=true&shorten=false&count=10&offset=0&neg=0&f=1.5&utc=true',
    );
    expect(encodeForm({ big: 1e21, small: 1.5e-7, negSmall: -2e-7, mid: 1.25e22 })).toBe(
      'big=1000000000000000000000&small=0.00000015&negSmall=-0.0000002&mid=12500000000000000000000',
    );
  });

  it('refuses NaN and Infinity, naming the field', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const error = inputError(() => encodeForm({ media: { sizes: [1, bad] } }));
      expect(error).toMatchObject({ reason: 'invalid_value', field: 'media[sizes][1]' });
    }
  });

  it('skips undefined and null (an optional field left null is not sent), and empty arrays and maps', () => {
    expect(
      encodeForm({ a: undefined, b: null, c: 'x', d: [], e: {}, f: [null, 'y', undefined], g: { h: null } }),
    ).toBe('c=x&f[]=y');
    expect(encodeForm({})).toBe('');
  });

  it('renumbers indexed arrays over the elements that are sent, leaving no gaps', () => {
    expect(encodeForm({ schedules: [{ days: [] }, null, { days: ['mon'] }, { times: ['1'] }] })).toBe(
      'schedules[0][days][]=mon&schedules[1][times][]=1',
    );
  });

  it('encodes names and values like URLSearchParams, with %20 for a space, brackets literal', () => {
    const value = 'a b+c&d=e%f"g\'h\n😀 ü~!*()/:?#[]';
    const body = encodeForm({ 'na me+': value });
    expect(body).toBe(
      'na%20me%2B=a%20b%2Bc%26d%3De%25f%22g%27h%0A%F0%9F%98%80%20%C3%BC%7E%21*%28%29%2F%3A%3F%23%5B%5D',
    );
    expect(body).toBe(new URLSearchParams([['na me+', value]]).toString().replaceAll('+', '%20'));
  });

  it('refuses lone surrogates with an error naming the field path', () => {
    expect(inputError(() => encodeForm({ text: 'ok\uD83D' }))).toMatchObject({
      reason: 'lone_surrogate',
      field: 'text',
      message:
        'text contains a lone surrogate (U+D83D at index 2); only well-formed Unicode strings can be form-encoded',
    });
    expect(inputError(() => encodeForm({ profile_ids: ['a', '\uDC00b'] })).field).toBe('profile_ids[1]');
    expect(inputError(() => encodeForm({ media: { 'x\uD800': 'v' } })).field).toBe('media[x\uD800]');
  });

  it('refuses keys that bracket parsers would misread', () => {
    for (const params of [{ '': 'x' }, { 'a[b]': 'x' }, { media: { 'li]nk': 'x' } }]) {
      expect(inputError(() => encodeForm(params)).reason).toBe('invalid_key');
    }
  });

  it('refuses values that are not form values instead of dropping them', () => {
    const cases: [unknown, string, RegExp][] = [
      [{ when: new Date(0) }, 'when', /a Date, which cannot be form-encoded; convert dates/],
      [{ f: () => 1 }, 'f', /function/],
      [{ big: 1n }, 'big', /bigint/],
      [{ s: Symbol('x') }, 's', /symbol/],
      [{ m: new Map() }, 'm', /a Map/],
    ];
    for (const [params, field, message] of cases) {
      const error = inputError(() => encodeForm(params as Record<string, FormValue>));
      expect(error).toMatchObject({ reason: 'invalid_value', field });
      expect(error.message).toMatch(message);
    }
    expect(inputError(() => encodeForm(['a'] as unknown as Record<string, FormValue>)).reason).toBe(
      'invalid_value',
    );
  });

  it('refuses circular structures', () => {
    const media: Record<string, FormValue> = { link: 'x' };
    (media as Record<string, unknown>).self = media;
    expect(inputError(() => encodeForm({ media }))).toMatchObject({
      reason: 'circular_reference',
      field: 'media[self]',
    });
    const shared = ['a'];
    expect(encodeForm({ x: shared, y: shared })).toBe('x[]=a&y[]=a');
  });

  it('any Unicode value reads back exactly with URLSearchParams (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme', minLength: 1 }),
        (value, name) => {
          fc.pre(!/[[\]]/.test(name));
          expect([...new URLSearchParams(encodeForm({ [name]: value }))]).toEqual([[name, value]]);
        },
      ),
    );
  });

  it('nested structures read back exactly with qs and URLSearchParams (property)', () => {
    // Map keys that qs treats specially (digits look like indexes, prototype names are dropped) are left out.
    const key = fc
      .string({
        unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz_-. +&=%é😀'),
        minLength: 1,
        maxLength: 8,
      })
      .filter((k) => !/^\d+$/.test(k) && !(k in Object.prototype) && k !== '__proto__');
    const text = fc.string({ unit: 'grapheme', maxLength: 20 });
    // Number formatting has its own property test (plain-decimal.test.ts); integers suffice here.
    const scalar = fc.oneof(text, fc.boolean(), fc.integer());
    const absent = fc.constantFrom(null, undefined);
    const { value } = fc.letrec<{ value: FormValue; map: FormValue; list: FormValue }>((tie) => ({
      value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, absent, tie('map'), tie('list')),
      map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
      list: fc.oneof(
        fc.array(fc.oneof(scalar, absent), { maxLength: 4 }),
        fc.array(fc.oneof(tie('map'), absent), { maxLength: 3 }),
      ),
    }));
    const params = fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 });

    // The model of what a form parser hands back: scalars as strings, nothing for null, undefined and
    // collections that end up empty.
    const model = (v: FormValue): unknown => {
      if (v === null || v === undefined) return undefined;
      if (Array.isArray(v)) {
        const items = v.map(model).filter((item) => item !== undefined);
        return items.length > 0 ? items : undefined;
      }
      if (typeof v === 'object') {
        const items = Object.entries(v)
          .map(([k, item]) => [k, model(item)] as const)
          .filter(([, item]) => item !== undefined);
        return items.length > 0 ? Object.fromEntries(items) : undefined;
      }
      return String(v);
    };

    fc.assert(
      fc.property(params, (input) => {
        const body = encodeForm(input);
        const parsed = qs.parse(body, { depth: 50, arrayLimit: 1000, parameterLimit: 100_000 });
        expect(parsed).toEqual(model(input) ?? {});
        expect([...new URLSearchParams(body)]).toEqual(formEntries(input));
      }),
      { numRuns: 300 },
    );
  });
});

describe('formEntries', () => {
  it('lists the name/value pairs in order', () => {
    expect(
      formEntries({ profile_ids: ['a', 'b'], media: { link: 'l' }, now: false, skip: undefined }),
    ).toEqual([
      ['profile_ids[]', 'a'],
      ['profile_ids[]', 'b'],
      ['media[link]', 'l'],
      ['now', 'false'],
    ]);
  });
});
