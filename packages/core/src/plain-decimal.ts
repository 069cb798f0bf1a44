import { INPUT_ERRORS, InvalidInputError } from './errors.js';

/**
 * A finite number in plain decimal notation. `String(n)` switches to exponent notation (`1e+21`, `1e-7`),
 * which form parsers pass through as text, so the digits are written out instead.
 */
export function toPlainDecimal(value: number, field: string): string {
  if (!Number.isFinite(value)) {
    throw new InvalidInputError(
      INPUT_ERRORS.invalidValue,
      `${field} is ${value}; only finite numbers can be form-encoded`,
      field,
    );
  }
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, fraction = '', exponentText] = match;
  const digits = `${lead}${fraction}`;
  // Position of the decimal point within `digits` after shifting.
  const point = 1 + Number(exponentText);
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
