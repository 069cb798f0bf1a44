import { CALLBACK_ERRORS, INPUT_ERRORS, InvalidInputError, OAuthCallbackError } from './errors.js';
import { redactSecrets } from './redact.js';
import { requireString } from './require-input.js';
import { timingSafeEqual } from './timing-safe-equal.js';

export interface CallbackOptions {
  /** The state this user's authorization request was started with (e.g. from `generateState`). */
  expectedState: string;
}

export interface CallbackResult {
  /** The authorization code, decoded exactly once (`1%2Fabc` and `1/abc` both give `1/abc`). */
  code: string;
  state: string;
}

const URL_LIKE = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** The raw query of a full URL, a path with a query, or a bare query string (`?` optional). */
function rawQueryOf(input: string): string {
  const hash = input.indexOf('#');
  const withoutFragment = hash === -1 ? input : input.slice(0, hash);
  const mark = withoutFragment.indexOf('?');
  if (mark !== -1) return withoutFragment.slice(mark + 1);
  // A URL or path without any query: nothing to read.
  if (URL_LIKE.test(withoutFragment) || withoutFragment.startsWith('/')) return '';
  return withoutFragment;
}

interface CallbackParameters {
  /** Percent-decoding only; a `+` stays a `+`. Used for the code and the state. */
  literal: URLSearchParams;
  /** Form decoding, `+` is a space. Used for the provider's human-readable error fields. */
  form: URLSearchParams;
}

function rawQueryFrom(input: unknown): string {
  if (typeof input === 'string') return rawQueryOf(input);
  if (input instanceof URL) return input.search.slice(1);
  // A URL from another realm (an iframe, a test DOM) fails `instanceof` but has a string `href`.
  const href: unknown = typeof input === 'object' && input !== null ? Reflect.get(input, 'href') : undefined;
  if (typeof href === 'string') return rawQueryOf(href);
  throw new InvalidInputError(
    INPUT_ERRORS.invalidValue,
    `parseCallback expects a URL, a path or query string, or URLSearchParams (got ${input === null ? 'null' : typeof input})`,
    'input',
  );
}

function parametersOf(input: string | URL | URLSearchParams): CallbackParameters {
  if (input instanceof URLSearchParams) return { literal: input, form: input };
  const raw = rawQueryFrom(input);
  return { literal: new URLSearchParams(raw.replaceAll('+', '%2B')), form: new URLSearchParams(raw) };
}

// An unverified callback is attacker-controlled: its error is echoed only when it looks like an OAuth error
// code, so forged text cannot reach messages or logs.
const ERROR_CODE_SHAPE = /^[A-Za-z0-9_.-]{1,64}$/;

function unverifiedErrorOf(form: URLSearchParams): string | undefined {
  const error = form.get('error');
  return error !== null && ERROR_CODE_SHAPE.test(error) ? error : undefined;
}

function redactOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : redactSecrets(text);
}

function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) {
    throw new OAuthCallbackError({
      error: CALLBACK_ERRORS.duplicateParameter,
      message: `The callback carries "${name}" ${values.length} times; OAuth allows each parameter once`,
    });
  }
  const value = values[0];
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Reads the authorization callback and returns the code, after checking the state.
 *
 * Accepts a full URL, a path with a query, a bare query string (with or without a leading `?`) or
 * `URLSearchParams`. The state is checked first, in constant time: a callback with a missing or different
 * state is rejected before anything else in it is believed. Then a provider `error` becomes an
 * `OAuthCallbackError` carrying `error`, `description` and `uri`; no code is `missing_code`.
 *
 * On `+`: in a form-encoded query a `+` means a space, but an OAuth code never contains a space, and Buffer
 * does not escape its codes (it sends `code=1/abc` with a raw `/`). So in the code and the state a raw `+` is
 * kept as `+`, and only `%XX` escapes are decoded (exactly once). For the state, the form reading (`+` as a
 * space) is also accepted, since both readings come from the same provider string; `generateState` never
 * produces either character. Given `URLSearchParams`, the values are taken as already decoded.
 */
export function parseCallback(input: string | URL | URLSearchParams, o: CallbackOptions): CallbackResult {
  const expectedState = requireString(o?.expectedState, 'expectedState');
  const { literal, form } = parametersOf(input);

  const state = single(literal, 'state');
  if (state === undefined) {
    const providerError = unverifiedErrorOf(form);
    throw new OAuthCallbackError({
      error: CALLBACK_ERRORS.missingState,
      message:
        'The callback has no state, so it cannot be tied to an authorization request this app started' +
        (providerError ? ` (it also carries the unverified error "${providerError}")` : ''),
      ...(providerError ? { unverifiedError: providerError } : {}),
    });
  }
  const formState = form.get('state') ?? '';
  // Both comparisons always run, so timing does not reveal which reading matched.
  const literalMatch = timingSafeEqual(state, expectedState);
  const formMatch = timingSafeEqual(formState, expectedState);
  if (!(literalMatch || formMatch)) {
    const providerError = unverifiedErrorOf(form);
    throw new OAuthCallbackError({
      error: CALLBACK_ERRORS.stateMismatch,
      message:
        'The callback state does not match the state of this authorization request (a stale, replayed or forged callback)' +
        (providerError ? ` (it also carries the unverified error "${providerError}")` : ''),
      ...(providerError ? { unverifiedError: providerError } : {}),
    });
  }

  const error = single(form, 'error');
  if (error !== undefined) {
    // Provider text goes into messages and logs, so anything secret-shaped in it is hidden.
    const description = redactOptional(single(form, 'error_description'));
    const uri = redactOptional(single(form, 'error_uri'));
    throw new OAuthCallbackError({
      error,
      ...(description !== undefined ? { description } : {}),
      ...(uri !== undefined ? { uri } : {}),
    });
  }

  const code = single(literal, 'code');
  if (code === undefined) {
    throw new OAuthCallbackError({
      error: CALLBACK_ERRORS.missingCode,
      message: 'The callback carries neither an authorization code nor an error',
    });
  }
  return { code, state: expectedState };
}
