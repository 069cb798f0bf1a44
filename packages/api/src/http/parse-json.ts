// An integer literal too long to be sure it is exact as a double: JSON.parse would round it silently.
const LONG_INTEGER = /\d{16,}/;
const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * `JSON.parse`, except that an integer beyond `Number.MAX_SAFE_INTEGER` becomes a string of its exact digits.
 * Ids that arrive as numbers are turned into strings anyway, and `133667319959392256` must not come back as
 * `133667319959392260`: a rounded id names another object. A field that must be a number then fails
 * validation instead of holding a wrong value. Strings in the text are left as they are.
 */
export function parseJsonLossless(text: string): unknown {
  if (!LONG_INTEGER.test(text)) return JSON.parse(text);
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"') {
      // Skip a string literal, escapes included.
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (char === '-' || (char >= '0' && char <= '9')) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      const literal = match?.[0] ?? char;
      if (
        match &&
        match[1] === undefined &&
        match[2] === undefined &&
        !Number.isSafeInteger(Number(literal))
      ) {
        out += `${text.slice(copied, i)}"${literal}"`;
        copied = i + literal.length;
      }
      i += literal.length;
      continue;
    }
    i++;
  }
  return JSON.parse(out + text.slice(copied));
}
