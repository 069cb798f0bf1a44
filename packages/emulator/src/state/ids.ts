// Mongo-ObjectId-shaped ids (24 hex), as Buffer uses: 8 hex of creation seconds + 16 hex of a counter.
// Deterministic for a given clock, so tests can predict them.
export function createIdGenerator(): (nowMs: number) => string {
  let counter = 0;
  return (nowMs) => {
    counter += 1;
    const seconds = Math.floor(nowMs / 1000)
      .toString(16)
      .padStart(8, '0')
      .slice(-8);
    return `${seconds}${counter.toString(16).padStart(16, '0')}`;
  };
}

export function isObjectId(value: string): boolean {
  return /^[0-9a-f]{24}$/.test(value);
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomAlnum(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      // Rejection sampling (248 = 4 * 62) keeps every character equally likely.
      if (byte < 248 && out.length < length) out += ALNUM[byte % 62];
    }
  }
  return out;
}

export function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}
