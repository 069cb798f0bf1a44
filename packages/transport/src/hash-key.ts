/**
 * A 64-bit FNV-1a digest (two 32-bit lanes) as hex. The rate limiter keys its buckets by this rather than by
 * the token itself, so that no credential sits in its map. Not a cryptographic hash: a collision only merges
 * two buckets.
 */
export function hashKey(value: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ value.length;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
