/**
 * Server-side, in-memory sessions. The browser only ever holds a random session id; the access token,
 * the OAuth state and the CSRF secret stay here.
 */
export interface Flash {
  kind: 'info' | 'error';
  message: string;
}

export interface Draft {
  text: string;
  link: string;
  profileIds: string[];
  when: string;
  scheduledLocal: string;
}

/** The settled or in-flight outcome of exchanging one authorization code. */
export type ExchangeOutcome =
  | { ok: true; sessionId: string }
  | { ok: false; error: string | undefined; title: string; detail: string };

export interface OAuthAttempt {
  createdAt: number;
  /** Set once the callback for this state arrives; reused by reloads and other tabs. */
  exchange?: Promise<ExchangeOutcome>;
}

export interface Session {
  readonly id: string;
  readonly csrfToken: string;
  accessToken?: string;
  /** Pending and finished OAuth attempts, keyed by state; a few are kept so several tabs can connect. */
  attempts: Map<string, OAuthAttempt>;
  flash?: Flash;
  /** The composer's input after a failed post, so nothing typed is lost across the redirect. */
  draft?: Draft;
  /** The edit form's text after a failed save, for that update only. */
  editDraft?: { updateId: string; text: string };
  lastSeen: number;
}

export const SESSION_COOKIE = 'bufferkit_playground';
const MAX_ATTEMPTS = 5;

export function randomToken(bytes = 32): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return Buffer.from(buffer).toString('base64url');
}

export interface SessionStoreOptions {
  now?: () => number;
  /** Idle sessions are dropped after this long (default 12 hours). */
  idleTimeoutMs?: number;
}

export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #now: () => number;
  readonly #idleTimeoutMs: number;

  constructor(options: SessionStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#idleTimeoutMs = options.idleTimeoutMs ?? 12 * 60 * 60 * 1000;
  }

  get(id: string | undefined): Session | undefined {
    if (id === undefined) return undefined;
    const session = this.#sessions.get(id);
    if (session === undefined) return undefined;
    if (this.#now() - session.lastSeen > this.#idleTimeoutMs) {
      this.#sessions.delete(id);
      return undefined;
    }
    session.lastSeen = this.#now();
    return session;
  }

  create(): Session {
    this.#sweep();
    const session: Session = {
      id: randomToken(),
      csrfToken: randomToken(),
      attempts: new Map(),
      lastSeen: this.#now(),
    };
    this.#sessions.set(session.id, session);
    return session;
  }

  /**
   * Replaces a session by a new one (new id, new CSRF token) carrying the same state, and forgets the old id.
   * Called when the session gains a Buffer connection, so an id known before sign-in (planted in the browser
   * or seen by someone else) is worth nothing after it.
   */
  rotate(old: Session): Session {
    const fresh = this.create();
    fresh.attempts = old.attempts;
    if (old.accessToken !== undefined) fresh.accessToken = old.accessToken;
    if (old.flash !== undefined) fresh.flash = old.flash;
    delete old.accessToken;
    this.#sessions.delete(old.id);
    return fresh;
  }

  destroy(id: string): void {
    this.#sessions.delete(id);
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** Remembers a new OAuth state, forgetting the oldest when too many tabs started a connect. */
  addAttempt(session: Session, state: string): void {
    session.attempts.set(state, { createdAt: this.#now() });
    while (session.attempts.size > MAX_ATTEMPTS) {
      const oldest = session.attempts.keys().next().value;
      if (oldest === undefined) break;
      session.attempts.delete(oldest);
    }
  }

  #sweep(): void {
    const now = this.#now();
    for (const [id, session] of this.#sessions) {
      if (now - session.lastSeen > this.#idleTimeoutMs) this.#sessions.delete(id);
    }
  }
}

export function sessionCookie(id: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
