const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Unpadded base64url (RFC 4648 §5), written out so it needs neither `btoa` nor Node's Buffer. */
export function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64URL[(n >> 18) & 63]! + BASE64URL[(n >> 12) & 63]!;
    if (b !== undefined) out += BASE64URL[(n >> 6) & 63]!;
    if (c !== undefined) out += BASE64URL[n & 63]!;
  }
  return out;
}

/** Bytes of randomness in a state: 256 bits, twice the 128 the OAuth security BCP asks for. */
export const STATE_BYTES = 32;

/**
 * A fresh, unguessable `state` for one authorization request: 256 bits from `crypto.getRandomValues`,
 * base64url-encoded (43 characters of `A-Za-z0-9-_`), so it needs no escaping anywhere.
 */
export function generateState(): string {
  const bytes = new Uint8Array(STATE_BYTES);
  crypto.getRandomValues(bytes);
  return base64url(bytes);
}
