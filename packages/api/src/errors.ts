import { BufferkitError, INPUT_ERRORS, type InputErrorReason } from '@bufferkit/core';

/** Where a `BufferValidationError` was found. */
export const VALIDATION_SOURCES = {
  /** A method argument or client option; nothing was sent. */
  input: 'input',
  /** A 2xx response body that does not match the documented shape. */
  response: 'response',
} as const;

export type ValidationSource = (typeof VALIDATION_SOURCES)[keyof typeof VALIDATION_SOURCES];

/**
 * The rules an input can break: every input issue's `ValidationIssue.rule` is one of these. Response issues
 * carry zod's issue code.
 */
export const INPUT_RULES = {
  required: 'required',
  type: 'type',
  /** Not one of the allowed values (a day, a `filter`, a `tokenPlacement`, an operation of the spec). */
  oneOf: 'one_of',
  minItems: 'min_items',
  range: 'range',
  integer: 'integer',
  format: 'format',
  timeZone: 'time_zone',
  unixSeconds: 'unix_seconds',
  pathSafe: 'path_safe',
  unknownOption: 'unknown_option',
  httpsRequired: 'https_required',
  encodable: 'encodable',
} as const;

export type InputRule = (typeof INPUT_RULES)[keyof typeof INPUT_RULES];

const RULE_OF_REASON: Record<InputErrorReason, InputRule> = {
  [INPUT_ERRORS.missingParameter]: INPUT_RULES.required,
  [INPUT_ERRORS.invalidUrl]: INPUT_RULES.format,
  [INPUT_ERRORS.invalidToken]: INPUT_RULES.format,
  [INPUT_ERRORS.tokenAlreadyPresent]: INPUT_RULES.format,
  [INPUT_ERRORS.invalidPlacement]: INPUT_RULES.oneOf,
  [INPUT_ERRORS.loneSurrogate]: INPUT_RULES.encodable,
  [INPUT_ERRORS.invalidKey]: INPUT_RULES.encodable,
  [INPUT_ERRORS.invalidValue]: INPUT_RULES.encodable,
  [INPUT_ERRORS.circularReference]: INPUT_RULES.encodable,
};

/** The input rule for a `@bufferkit/core` `InvalidInputError` reason. */
export function inputRuleOf(reason: InputErrorReason): InputRule {
  return RULE_OF_REASON[reason] ?? INPUT_RULES.format;
}

export interface ValidationIssue {
  /** `profileIds[0]` for an input, `$.updates[0].id` for a response. */
  readonly path: string;
  /** One of `INPUT_RULES` for inputs; zod's issue code for responses. */
  readonly rule: string;
  readonly message: string;
}

/**
 * Bad input (refused before any request) or a response that does not match the spec.
 * For a response, `rawBody` keeps what the server sent; it is not enumerable, so it stays out of logs.
 */
export class BufferValidationError extends BufferkitError {
  override readonly name = 'BufferValidationError';
  readonly kind = 'validation_error';
  readonly source: ValidationSource;
  /** The method or operation, e.g. `updates.create` or `GET /profiles/{id}.json`. */
  readonly operation: string;
  /** Path of the first issue. */
  readonly path: string;
  readonly issues: readonly ValidationIssue[];
  declare readonly rawBody: string | undefined;

  constructor(o: {
    source: ValidationSource;
    operation: string;
    issues: readonly ValidationIssue[];
    rawBody?: string;
    cause?: unknown;
  }) {
    const [first] = o.issues;
    const more = o.issues.length > 1 ? ` (and ${o.issues.length - 1} more)` : '';
    const lead =
      o.source === 'input'
        ? `Invalid input to ${o.operation}`
        : `The response to ${o.operation} does not match the Buffer API spec`;
    super(
      `${lead}: ${first ? `${first.path}: ${first.message} [${first.rule}]` : 'no details'}${more}`,
      o.cause === undefined ? undefined : { cause: o.cause },
    );
    this.source = o.source;
    this.operation = o.operation;
    this.path = first?.path ?? '';
    this.issues = o.issues;
    Object.defineProperty(this, 'rawBody', { value: o.rawBody, enumerable: false });
  }
}

/**
 * Buffer answered with an error: a non-2xx status, a `success: false` body, or a body that is not JSON.
 * `code` is Buffer's numeric code when the body has one; `meaning` is that code's entry in Buffer's
 * error table (Buffer's own `message` is often a friendlier sentence, so branch on `code`).
 */
export class BufferApiError extends BufferkitError {
  override readonly name = 'BufferApiError';
  readonly kind = 'api_error';
  readonly status: number;
  readonly code: number | undefined;
  /** Buffer's `message` (or `error`), redacted; for a non-JSON body, a description of it. */
  readonly serverMessage: string | undefined;
  readonly meaning: string | undefined;
  readonly operation: string;
  /** For a body that is not JSON: a short, single-line, redacted excerpt. */
  readonly snippet: string | undefined;
  /** The parsed body, when it was JSON. Not enumerable. */
  declare readonly body: unknown;
  declare readonly rawBody: string;

  constructor(o: {
    status: number;
    code: number | undefined;
    serverMessage: string | undefined;
    meaning: string | undefined;
    operation: string;
    snippet?: string;
    body?: unknown;
    rawBody: string;
  }) {
    const code = o.code === undefined ? '' : ` ${o.code}`;
    const said = o.serverMessage ? `: ${o.serverMessage}` : '';
    const meaning = o.meaning && o.meaning !== o.serverMessage ? ` (${o.meaning})` : '';
    const snippet = o.snippet ? ` Body: ${o.snippet}` : '';
    super(`Buffer API error${code} (HTTP ${o.status}) from ${o.operation}${said}${meaning}${snippet}`);
    this.status = o.status;
    this.code = o.code;
    this.serverMessage = o.serverMessage;
    this.meaning = o.meaning;
    this.operation = o.operation;
    this.snippet = o.snippet;
    Object.defineProperty(this, 'body', { value: o.body, enumerable: false });
    Object.defineProperty(this, 'rawBody', { value: o.rawBody, enumerable: false });
  }
}
