import type * as z from 'zod';
import { BufferValidationError, type ValidationIssue } from './errors.js';

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

function inputRule(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') {
    const rule = (issue.params as { rule?: unknown } | undefined)?.rule;
    return typeof rule === 'string' ? rule : 'invalid';
  }
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'integer';
      return issue.input === undefined ? 'required' : 'type';
    case 'too_small':
      return issue.origin === 'array' ? 'min_items' : issue.origin === 'string' ? 'required' : 'range';
    case 'too_big':
      return 'range';
    case 'invalid_format':
      return 'format';
    case 'unrecognized_keys':
      return 'unknown_option';
    case 'invalid_value':
      return 'one_of';
    default:
      return issue.code;
  }
}

function inputMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_format' && issue.format === 'regex') return issue.message;
  return issue.message;
}

/**
 * Validates a method argument. `root` names it in messages (`profileId`, or '' for an options object whose
 * fields are named on their own). Throws before anything is built or sent.
 */
export function parseInput<S extends z.ZodType>(
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
    return {
      path: inputPath(root, [...issue.path, ...keys]),
      rule: inputRule(issue),
      message: inputMessage(issue),
    };
  });
  throw new BufferValidationError({ source: 'input', operation, issues });
}

/** Validates a parsed 2xx body against its schema; on mismatch keeps the raw body on the error. */
export function parseBody<S extends z.ZodType>(
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
