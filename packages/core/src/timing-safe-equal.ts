const utf8 = new TextEncoder();

/**
 * Compares two strings in time that depends only on their lengths, not on where they first differ, so a
 * forged callback cannot learn the expected state one character at a time.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  const x = utf8.encode(a);
  const y = utf8.encode(b);
  const length = Math.max(x.length, y.length);
  let diff = x.length ^ y.length;
  for (let i = 0; i < length; i++) {
    diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  }
  return diff === 0;
}
