import { INPUT_ERRORS, InvalidInputError } from './errors.js';

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Throws when `value` holds a lone surrogate. UTF-8 cannot represent one, and URLSearchParams would silently
 * turn it into U+FFFD, so the server would receive a different string than the caller gave.
 * The message names the field and the position, never the value (it may be a secret).
 */
export function assertWellFormed(value: string, field: string): void {
  const match = LONE_SURROGATE.exec(value);
  if (match) {
    const unit = match[0].charCodeAt(0).toString(16).toUpperCase();
    throw new InvalidInputError(
      INPUT_ERRORS.loneSurrogate,
      `${field} contains a lone surrogate (U+${unit} at index ${match.index}); only well-formed Unicode strings can be form-encoded`,
      field,
    );
  }
}
