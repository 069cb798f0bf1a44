import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { BufferValidationError, INPUT_RULES, type InputRule, type ValidationIssue } from './errors.js';

// zod/mini ships without messages ("Invalid input" for every issue); classic zod installs English unless the
// app configured a locale of its own. Do the same, so every message reads as before and an app's choice wins.
if (!z.config().localeError) z.config(en());

function inputPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(input)';
}

function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    out +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `.${String(key)}`
          : `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** The value an issue is about: zod 4 leaves `issue.input` out, so it is looked up in the argument. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isInteger(value)) return `a non-integer number (${value})`;
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

const EXPECTED: Record<string, string> = {
  int: 'an integer',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean (true or false)',
  array: 'an array',
  object: 'an object',
};

const RULES: ReadonlySet<unknown> = new Set(Object.values(INPUT_RULES));
const isInputRule = (value: unknown): value is InputRule => RULES.has(value);

function inputRule(issue: z.core.$ZodIssue, value: unknown): InputRule {
  if (issue.code === 'custom') {
    const rule = (issue.params as { rule?: unknown } | undefined)?.rule;
    return isInputRule(rule) ? rule : INPUT_RULES.format;
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'integer';
      return value === undefined ? 'required' : 'type';
    case 'too_small':
      return issue.origin === 'array' ? 'min_items' : issue.origin === 'string' ? 'required' : 'range';
    case 'too_big':
      return 'range';
    case 'invalid_format':
      return 'format';
    case 'unrecognized_keys':
      return 'unknown_option';
    case 'invalid_value':
      return INPUT_RULES.oneOf;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return INPUT_RULES.type;
    case 'not_multiple_of':
      return INPUT_RULES.range;
    default:
      return INPUT_RULES.format;
  }
}

function inputMessage(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_type') {
    if (value === undefined) return 'is required';
    const expected = EXPECTED[issue.expected];
    if (expected !== undefined) return `must be ${expected}, got ${describeType(value)}`;
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex') return issue.message;
  return issue.message;
}

/**
 * Validates a method argument. `root` names it in messages (`profileId`, or '' for an options object whose
 * fields are named on their own). Throws before anything is built or sent.
 */
export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  operation: string,
  root = '',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => {
    const keys =
      issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [issue.keys[0] as string] : [];
    const at = valueAt(value, issue.path);
    return {
      path: inputPath(root, [...issue.path, ...keys]),
      rule: inputRule(issue, at),
      message: inputMessage(issue, at),
    };
  });
  throw new BufferValidationError({ source: 'input', operation, issues });
}

/** Validates a parsed 2xx body against its schema; on mismatch keeps the raw body on the error. */
export function parseBody<S extends z.ZodMiniType>(
  schema: S,
  body: unknown,
  rawBody: string,
  operation: string,
): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
    path: jsonPath(issue.path),
    rule: issue.code,
    message: issue.message,
  }));
  throw new BufferValidationError({ source: 'response', operation, issues, rawBody });
}
