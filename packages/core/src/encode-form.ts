import { INPUT_ERRORS, InvalidInputError } from './errors.js';
import { encodeFormComponent } from './form-component.js';
import { toPlainDecimal } from './plain-decimal.js';
import { assertWellFormed } from './well-formed.js';

/** A value `encodeForm` can encode. */
export type FormValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly FormValue[]
  | { readonly [key: string]: FormValue };

export type FormParams = { readonly [key: string]: FormValue };

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value;
  return value.constructor?.name ? `a ${value.constructor.name}` : 'a non-plain object';
}

function checkKey(key: string, path: string): void {
  assertWellFormed(key, path);
  if (key.length === 0 || /[[\]]/.test(key)) {
    throw new InvalidInputError(
      INPUT_ERRORS.invalidKey,
      `${path}: keys must be non-empty and must not contain "[" or "]", which bracket form encoding reserves`,
      path,
    );
  }
}

function scalar(value: string | number | boolean, path: string): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return toPlainDecimal(value, path);
  assertWellFormed(value, path);
  return value;
}

/**
 * Flattens `params` into the `[name, value]` pairs of Buffer's bracket style, in order:
 * arrays of scalars → `name[]`, arrays holding maps or arrays → `name[0]`, `name[1]`, …; maps → `name[key]`.
 * `undefined` and `null` are skipped, and so are empty arrays and maps (a form has no way to say "empty");
 * indexes are renumbered over the elements that remain.
 */
export function formEntries(params: FormParams): [string, string][] {
  if (typeof params !== 'object' || params === null || Array.isArray(params) || !isPlainObject(params)) {
    throw new InvalidInputError(
      INPUT_ERRORS.invalidValue,
      `encodeForm expects a plain object of parameters (got ${describe(params)})`,
    );
  }
  const entries: [string, string][] = [];
  const open = new Set<object>();

  // `name` is the form key so far; `path` names the field for errors, with real indexes even in `[]` arrays.
  const visit = (value: unknown, name: string, path: string): void => {
    if (value === undefined || value === null) return;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      entries.push([name, scalar(value, path)]);
      return;
    }
    if (typeof value !== 'object' || !(Array.isArray(value) || isPlainObject(value))) {
      const hint = value instanceof Date ? '; convert dates to an ISO string or Unix seconds first' : '';
      throw new InvalidInputError(
        INPUT_ERRORS.invalidValue,
        `${path} is ${describe(value)}, which cannot be form-encoded${hint}`,
        path,
      );
    }
    if (open.has(value)) {
      throw new InvalidInputError(INPUT_ERRORS.circularReference, `${path} refers to itself`, path);
    }
    open.add(value);
    if (Array.isArray(value)) {
      const indexed = value.some((item) => typeof item === 'object' && item !== null);
      // Indexes count only the elements that emit something, so a skipped element leaves no gap: `x[1]`
      // without `x[0]` would reach PHP-style parsers as a map, not a list.
      let next = 0;
      value.forEach((item: unknown, index) => {
        const before = entries.length;
        visit(item, indexed ? `${name}[${next}]` : `${name}[]`, `${path}[${index}]`);
        if (entries.length > before) next++;
      });
    } else {
      for (const [key, item] of Object.entries(value)) {
        checkKey(key, `${path}[${key}]`);
        visit(item, `${name}[${key}]`, `${path}[${key}]`);
      }
    }
    open.delete(value);
  };

  for (const [key, value] of Object.entries(params)) {
    checkKey(key, key);
    visit(value, key, key);
  }
  return entries;
}

/**
 * Encodes request parameters the way Buffer's docs show them: `profile_ids[]=a&profile_ids[]=b`,
 * `media[link]=…`, `schedules[0][days][]=mon&schedules[0][times][]=12:45`.
 *
 * - Brackets in names stay literal, as in Buffer's docs; everything else in names and values is
 *   percent-encoded exactly as URLSearchParams does it, except a space is `%20` (never misread as `+`).
 * - Booleans are `true`/`false`; numbers plain decimal (`NaN` and `Infinity` are refused).
 * - `undefined` and `null` are skipped, so an optional field left `null` is simply not sent.
 * - Every string reads back exactly with URLSearchParams and with PHP/Rails-style parsers such as `qs`.
 *   Lone surrogates, which UTF-8 cannot carry, are refused with an error naming the field.
 * - Map keys that are all digits look like array indexes to bracket parsers; avoid them.
 */
export function encodeForm(params: FormParams): string {
  return formEntries(params)
    .map(([name, value]) => {
      const encodedName = encodeFormComponent(name, name).replace(/%5B/g, '[').replace(/%5D/g, ']');
      return `${encodedName}=${encodeFormComponent(value, name)}`;
    })
    .join('&');
}
