import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64url, generateState, STATE_BYTES } from './generate-state.js';

describe('generateState', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is 256 random bits in base64url: 43 URL-safe characters, no padding', () => {
    const state = generateState();
    expect(STATE_BYTES * 8).toBeGreaterThanOrEqual(128);
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(encodeURIComponent(state)).toBe(state);
  });

  it('takes its bytes from crypto.getRandomValues and never from Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const getRandomValues = vi
      .spyOn(crypto, 'getRandomValues')
      .mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
        if (array instanceof Uint8Array) array.fill(0xff);
        return array;
      });
    expect(generateState()).toBe(`${'_'.repeat(42)}8`);
    expect(getRandomValues).toHaveBeenCalledTimes(1);
    expect((getRandomValues.mock.calls[0]![0] as Uint8Array).length).toBe(STATE_BYTES);
    expect(random).not.toHaveBeenCalled();
  });

  it('differs between calls', () => {
    const states = new Set(Array.from({ length: 100 }, () => generateState()));
    expect(states.size).toBe(100);
  });
});

describe('base64url', () => {
  it('matches RFC 4648 test vectors (unpadded, URL alphabet)', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(base64url(bytes(''))).toBe('');
    expect(base64url(bytes('f'))).toBe('Zg');
    expect(base64url(bytes('fo'))).toBe('Zm8');
    expect(base64url(bytes('foo'))).toBe('Zm9v');
    expect(base64url(bytes('foob'))).toBe('Zm9vYg');
    expect(base64url(bytes('fooba'))).toBe('Zm9vYmE');
    expect(base64url(bytes('foobar'))).toBe('Zm9vYmFy');
    expect(base64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('agrees with Node’s base64url for any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        expect(base64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
  });
});
