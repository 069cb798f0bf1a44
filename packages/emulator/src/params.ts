import qs from 'qs';
import { bufferError } from './errors.js';

export type Params = Record<string, unknown>;

/**
 * PHP/Rails bracket rules: `a[]=1&a[]=2` and `a[0]=1` are arrays, `m[k]=v` maps; a repeated key without
 * brackets keeps its last value, as PHP does (so `profile_ids=a&profile_ids=b` is just `b`).
 */
export function parseForm(raw: string): Params {
  return qs.parse(raw, {
    duplicates: 'last',
    arrayLimit: 1000,
    parameterLimit: 10_000,
    depth: 10,
    allowPrototypes: false,
  }) as Params;
}

export function optionalString(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw bufferError(1006, `Parameter ${name} must be a single value.`);
  return value;
}

export function requiredString(params: Params, name: string): string {
  const value = optionalString(params, name);
  if (value === undefined || value === '') throw bufferError(1004, `Required parameter missing: ${name}.`);
  return value;
}

/** Booleans as clients send them: true/false, 1/0, and empty (PHP's false) meaning false. */
export function optionalBoolean(params: Params, name: string): boolean | undefined {
  const value = optionalString(params, name);
  if (value === undefined) return undefined;
  const normalised = value.toLowerCase();
  if (normalised === 'true' || normalised === '1') return true;
  if (normalised === 'false' || normalised === '0' || normalised === '') return false;
  throw bufferError(1006, `Parameter ${name} must be true, false, 1 or 0.`);
}

export function optionalInteger(
  params: Params,
  name: string,
  bounds: { min: number; max?: number },
): number | undefined {
  const value = optionalString(params, name);
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < bounds.min || (bounds.max !== undefined && n > bounds.max)) {
    const range =
      bounds.max === undefined ? `at least ${bounds.min}` : `between ${bounds.min} and ${bounds.max}`;
    throw bufferError(1006, `Parameter ${name} must be an integer ${range}.`);
  }
  return n;
}

/** An array parameter: `x[]=…`, `x[0]=…`, or a lone `x=…` taken as one element. */
export function optionalList(params: Params, name: string): string[] | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  const items =
    typeof value === 'string' ? [value] : Array.isArray(value) ? value : Object.values(value as object);
  if (!items.every((item): item is string => typeof item === 'string'))
    throw bufferError(1006, `Parameter ${name} must be a list of strings.`);
  return items;
}

export function optionalMap(
  params: Params,
  name: string,
  allowed: readonly string[],
): Record<string, string> | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw bufferError(1006, `Parameter ${name} must be a map, e.g. ${name}[${allowed[0]}]=…`);
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!allowed.includes(key)) throw bufferError(1003, `Parameter not recognized: ${name}[${key}].`);
    if (typeof item !== 'string')
      throw bufferError(1006, `Parameter ${name}[${key}] must be a single value.`);
    out[key] = item;
  }
  return out;
}

export function rejectUnknown(params: Params, allowed: readonly string[]): void {
  for (const key of Object.keys(params)) {
    if (!allowed.includes(key) && !ALWAYS_ALLOWED.includes(key))
      throw bufferError(1003, `Parameter not recognized: ${key}.`);
  }
}

export const ALWAYS_ALLOWED = ['access_token', 'pretty', 'callback'];
