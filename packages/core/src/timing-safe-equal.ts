/**
 * Compares two strings in time that depends only on their lengths, not on where they first differ, so a
 * forged callback cannot learn the expected state one character at a time. It compares UTF-16 code units, so
 * it agrees with `===` for every pair of strings (UTF-8 bytes would not: lone surrogates all encode as U+FFFD).
 */
export function timingSafeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let diff = a.length ^ b.length;
  for (let i = 0; i < length; i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}
