import { createBufferClient, fetchTransport, type Transport } from '@bufferkit/api';
import { createEmulator, DEMO_APP, type EmulatorOptions } from '@bufferkit/emulator';
import { createPlaygroundApp } from '../app.js';
import { SESSION_COOKIE, SessionStore } from '../session.js';

export const EMULATOR_ORIGIN = 'http://127.0.0.1:4010';
export const PLAYGROUND_ORIGIN = 'http://127.0.0.1:3000';

export const TEST_APP = {
  clientId: 'bufferkit-playground-test',
  clientSecret: 'test-secret-do-not-show',
  redirectUri: `${PLAYGROUND_ORIGIN}/callback`,
  name: 'bufferkit playground (tests)',
};

/** The playground wired to an in-process emulator: no sockets, the emulator's fetch is the transport. */
export function createHarness(
  options: Omit<EmulatorOptions, 'apps'> & { wrapTransport?: (transport: Transport) => Transport } = {},
) {
  const { wrapTransport = (t: Transport) => t, ...emulatorOptions } = options;
  const emulator = createEmulator({ ...emulatorOptions, apps: [DEMO_APP, TEST_APP] });
  const transport = fetchTransport({ fetch: emulator.fetch as typeof globalThis.fetch });
  const sessions = new SessionStore();
  const app = createPlaygroundApp({
    mode: 'emulator',
    bufferLabel: `the Buffer emulator at ${EMULATOR_ORIGIN}`,
    baseUrl: `${EMULATOR_ORIGIN}/1`,
    transport: wrapTransport(transport),
    sessions,
    oauth: {
      clientId: TEST_APP.clientId,
      clientSecret: TEST_APP.clientSecret,
      redirectUri: TEST_APP.redirectUri,
      authorizeUrl: `${EMULATOR_ORIGIN}/oauth2/authorize`,
      tokenUrl: `${EMULATOR_ORIGIN}/1/oauth2/token.json`,
    },
  });
  /** A client for the demo user that bypasses the playground, to arrange and inspect state. */
  const direct = () =>
    createBufferClient({
      accessToken: emulator.issueToken(undefined, TEST_APP.clientId),
      transport,
      baseUrl: `${EMULATOR_ORIGIN}/1`,
    });
  return { emulator, transport, sessions, app, direct };
}

export type Harness = ReturnType<typeof createHarness>;

export interface Page {
  status: number;
  location: string | null;
  html: string;
  headers: Headers;
}

/** A minimal browser for `app.request`: one cookie, the last page's CSRF token, no redirects followed. */
export class TestBrowser {
  cookie: string | undefined;
  csrf: string | undefined;
  readonly seen: Page[] = [];

  constructor(readonly harness: Harness) {}

  async request(path: string, init: RequestInit = {}): Promise<Page> {
    const headers = new Headers(init.headers);
    if (this.cookie !== undefined) headers.set('Cookie', `${SESSION_COOKIE}=${this.cookie}`);
    const response = await this.harness.app.request(new URL(path, PLAYGROUND_ORIGIN).toString(), {
      ...init,
      headers,
    });
    const setCookie = response.headers.get('Set-Cookie');
    const match = setCookie === null ? null : new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(setCookie);
    if (match) this.cookie = match[1] === '' ? undefined : match[1];
    const html = await response.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html);
    if (csrf) this.csrf = csrf[1];
    const page = {
      status: response.status,
      location: response.headers.get('Location'),
      html,
      headers: response.headers,
    };
    this.seen.push(page);
    return page;
  }

  get(path: string): Promise<Page> {
    return this.request(path);
  }

  /** Posts a form as a browser would (urlencoded, repeated names for multiple values), with the CSRF token. */
  post(path: string, fields: Record<string, string | string[]> = {}, withCsrf = true): Promise<Page> {
    const body = new URLSearchParams();
    if (withCsrf && this.csrf !== undefined) body.append('_csrf', this.csrf);
    for (const [name, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    }
    return this.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  get session() {
    return this.harness.sessions.get(this.cookie);
  }

  /** Connects without the OAuth dance: a token the emulator issued, put straight into this session. */
  async connectDirectly(): Promise<string> {
    await this.get('/');
    const session = this.session;
    if (session === undefined) throw new Error('no session after GET /');
    const token = this.harness.emulator.issueToken(undefined, TEST_APP.clientId);
    session.accessToken = token;
    return token;
  }
}

export function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The texts of the updates in one list (`pending` or `sent`) of a profile page. */
export function listTexts(html: string, list: 'pending' | 'sent'): string[] {
  const start = html.indexOf(`data-testid="${list}"`);
  if (start === -1) return [];
  const end = html.indexOf(list === 'pending' ? '</ol>' : '</ul>', start);
  const section = html.slice(start, end);
  return [...section.matchAll(/<p class="update-text" data-testid="update-text">([\s\S]*?)<\/p>/g)].map((m) =>
    decodeEntities(m[1] ?? ''),
  );
}

/**
 * Plays the user on the emulator's consent page: loads it, then submits its form with the Approve or
 * Deny button, as a browser would. Returns where the emulator redirects (the playground's callback).
 */
export async function answerConsent(
  harness: Harness,
  authorizeUrl: string,
  choice: 'approve' | 'deny',
): Promise<string> {
  const page = await harness.emulator.fetch(authorizeUrl);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`consent page answered ${page.status}: ${html.slice(0, 300)}`);
  const form = /<form[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error('no form on the consent page');
  const tag = /<form([^>]*)>/i.exec(form[0])?.[1] ?? '';
  const action = /action="([^"]*)"/i.exec(tag)?.[1];
  const body = new URLSearchParams();
  for (const input of form[1]!.matchAll(/<input([^>]*)>/gi)) {
    const attrs = input[1] ?? '';
    const name = /name="([^"]*)"/.exec(attrs)?.[1];
    const value = /value="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (name && /type="hidden"/i.test(attrs)) body.append(decodeEntities(name), decodeEntities(value));
  }
  const button = [...form[1]!.matchAll(/<button([^>]*)>([\s\S]*?)<\/button>/gi)].find((b) =>
    new RegExp(choice === 'approve' ? 'approve|allow' : 'deny|cancel', 'i').test(`${b[1]} ${b[2]}`),
  );
  if (!button) throw new Error(`no ${choice} button on the consent page`);
  const buttonName = /name="([^"]*)"/.exec(button[1] ?? '')?.[1];
  const buttonValue = /value="([^"]*)"/.exec(button[1] ?? '')?.[1] ?? '';
  if (buttonName) body.append(decodeEntities(buttonName), decodeEntities(buttonValue));
  const target = new URL(decodeEntities(action ?? ''), authorizeUrl);
  const answer = await harness.emulator.fetch(target.toString(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
    redirect: 'manual',
  });
  const location = answer.headers.get('Location');
  if (location === null)
    throw new Error(`consent answer ${answer.status} without a redirect: ${await answer.text()}`);
  return location;
}

/**
 * A harness with a browser already connected to the demo user, the demo profiles' ids by service, and an
 * empty request log, so a test's assertions see only its own requests.
 */
export async function connectedHarness() {
  const harness = createHarness();
  const browser = new TestBrowser(harness);
  const token = await browser.connectDirectly();
  const profiles = await harness.direct().profiles.list();
  const idOf = (service: string) => profiles.find((p) => p.service === service)!.id;
  harness.emulator.clearRequests();
  return { harness, browser, token, twitterId: idOf('twitter'), facebookId: idOf('facebook') };
}
