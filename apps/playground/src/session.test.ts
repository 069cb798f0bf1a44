import { describe, expect, it } from 'vitest';
import { SessionStore, sessionCookie } from './session.js';

describe('SessionStore', () => {
  it('creates random, distinct ids and CSRF tokens of at least 256 bits', () => {
    const store = new SessionStore();
    const a = store.create();
    const b = store.create();
    expect(a.id).not.toBe(b.id);
    expect(a.csrfToken).not.toBe(a.id);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(store.get(a.id)).toBe(a);
    expect(store.get('made-up')).toBeUndefined();
    expect(store.get(undefined)).toBeUndefined();
  });

  it('forgets idle sessions', () => {
    let now = 1_000;
    const store = new SessionStore({ now: () => now, idleTimeoutMs: 100 });
    const s = store.create();
    now += 100;
    expect(store.get(s.id)).toBe(s);
    now += 101;
    expect(store.get(s.id)).toBeUndefined();
  });

  it('keeps the five newest OAuth attempts', () => {
    const store = new SessionStore();
    const s = store.create();
    for (let i = 0; i < 7; i++) store.addAttempt(s, `state-${i}`);
    expect([...s.attempts.keys()]).toEqual(['state-2', 'state-3', 'state-4', 'state-5', 'state-6']);
  });

  it('destroys sessions', () => {
    const store = new SessionStore();
    const s = store.create();
    store.destroy(s.id);
    expect(store.get(s.id)).toBeUndefined();
    expect(store.size).toBe(0);
  });
});

describe('session cookies', () => {
  it('are HttpOnly, SameSite=Lax, Path=/ and Secure only when asked', () => {
    expect(sessionCookie('abc', false)).toBe('bufferkit_playground=abc; Path=/; HttpOnly; SameSite=Lax');
    expect(sessionCookie('abc', true)).toBe(
      'bufferkit_playground=abc; Path=/; HttpOnly; SameSite=Lax; Secure',
    );
  });
});
