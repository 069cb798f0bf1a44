import { beforeEach, describe, expect, it } from 'vitest';
import {
  connectedHarness,
  createHarness,
  decodeEntities,
  type Harness,
  listTexts,
  TestBrowser,
} from './test-support/harness.js';

let harness: Harness;
let browser: TestBrowser;
let token: string;
let twitterId: string;
let facebookId: string;

beforeEach(async () => {
  ({ harness, browser, token, twitterId, facebookId } = await connectedHarness());
});

function flashOf(html: string): string | undefined {
  const m = /<p class="flash flash-(?:info|error)"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  return m ? decodeEntities(m[1]!) : undefined;
}

describe('dashboard', () => {
  it('shows the user, profiles with counts, the composer and configuration limits in three requests', async () => {
    const user = await harness.direct().user.get();
    const profiles = await harness.direct().profiles.list();
    const config = await harness.direct().info.configuration();
    harness.emulator.clearRequests();
    const page = await browser.get('/dashboard');
    expect(page.status).toBe(200);
    expect(page.html).toContain(user.id);
    expect(page.html).toContain(user.timezone!);
    for (const p of profiles) {
      expect(page.html).toContain(`href="/profiles/${p.id}"`);
      expect(page.html).toContain(`value="${p.id}"`);
      if (p.counts?.pending !== undefined) expect(page.html).toContain(`${p.counts.pending} pending`);
    }
    const twitterLimit = (
      config as { services: Record<string, { types: Record<string, { character_limit: number }> }> }
    ).services.twitter!.types.profile!.character_limit;
    expect(page.html).toContain(`data-limit="${twitterLimit}"`);
    expect(page.html).toContain('data-testid="limits"');
    // user + profiles + configuration, nothing else: Buffer allows 60 requests a minute.
    const api = harness.emulator.requests.filter((r) => r.path.startsWith('/1/'));
    expect(api.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /1/info/configuration.json',
      'GET /1/profiles.json',
      'GET /1/user.json',
    ]);
    expect(page.html).not.toContain(token);
  });
});

describe('compose', () => {
  it('sends CRLF from the browser as LF and keeps emoji and any Unicode byte for byte', async () => {
    const typed = 'Hello 👋🏽 from bufferkit\r\nsecond line: café, 日本語, ZWJ 👩‍👩‍👧\r\n\r\nthird';
    const expected = 'Hello 👋🏽 from bufferkit\nsecond line: café, 日本語, ZWJ 👩‍👩‍👧\n\nthird';
    await browser.get('/dashboard');
    const answer = await browser.post('/compose', { profile_ids: [twitterId], text: typed, when: 'queue' });
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(`/profiles/${twitterId}`);
    const create = harness.emulator.requests.find((r) => r.path === '/1/updates/create.json')!;
    expect(new URLSearchParams(create.rawBody).get('text')).toBe(expected);
    expect(create.rawBody).not.toMatch(/%0D/i);
    const page = await browser.get(answer.location!);
    expect(flashOf(page.html)).toBe('Added to the queue on 1 profile.');
    expect(listTexts(page.html, 'pending')).toContain(expected);
  });

  it('posts to several profiles at once with a link as media[link]', async () => {
    await browser.get('/dashboard');
    const answer = await browser.post('/compose', {
      profile_ids: [twitterId, facebookId],
      text: 'Two at once',
      link: 'https://example.com/a?b=c&d=e',
      when: 'queue',
    });
    expect(answer.location).toBe('/dashboard');
    const body = new URLSearchParams(
      harness.emulator.requests.find((r) => r.path === '/1/updates/create.json')!.rawBody,
    );
    expect(body.getAll('profile_ids[]')).toEqual([twitterId, facebookId]);
    expect(body.get('media[link]')).toBe('https://example.com/a?b=c&d=e');
    expect(flashOf((await browser.get('/dashboard')).html)).toBe('Added to the queue on 2 profiles.');
  });

  it('top of queue puts the update first', async () => {
    await browser.get('/dashboard');
    await browser.post('/compose', { profile_ids: [twitterId], text: 'Jump the queue', when: 'top' });
    const first = (await harness.direct().updates.pending(twitterId)).updates[0]!;
    expect(first.text).toBe('Jump the queue');
    const create = harness.emulator.requests.find((r) => r.path === '/1/updates/create.json')!;
    expect(new URLSearchParams(create.rawBody).get('top')).toBe('true');
  });

  it('share now sends it at once: it appears in sent', async () => {
    await browser.get('/dashboard');
    const answer = await browser.post('/compose', {
      profile_ids: [twitterId],
      text: 'Right now',
      when: 'now',
    });
    const page = await browser.get(answer.location!);
    expect(flashOf(page.html)).toBe('Shared on 1 profile.');
    expect(listTexts(page.html, 'sent')).toContain('Right now');
    expect(listTexts(page.html, 'pending')).not.toContain('Right now');
  });

  it('a picked date and time is read in the browser time zone and said so', async () => {
    await browser.get('/dashboard');
    const year = new Date(harness.emulator.clock.now()).getUTCFullYear() + 1;
    const answer = await browser.post('/compose', {
      profile_ids: [twitterId],
      text: 'Later, in Berlin',
      when: 'at',
      scheduled_local: `${year}-07-01T09:30`,
      tz: 'Europe/Berlin',
      tz_source: 'browser',
    });
    const expected = Date.UTC(year, 6, 1, 7, 30) / 1000;
    const page = await browser.get(answer.location!);
    expect(flashOf(page.html)).toBe(
      `Scheduled on 1 profile for ${year}-07-01 09:30 Europe/Berlin (your browser's time zone), ${new Date(expected * 1000).toISOString()}.`,
    );
    const updates = (await harness.direct().updates.pending(twitterId, { count: 100 })).updates;
    const created = updates.find((u) => u.text === 'Later, in Berlin')!;
    expect(created.due_at).toBe(expected);
  });

  it('without script the account time zone is used, and the message says so', async () => {
    await browser.get('/dashboard');
    const user = await harness.direct().user.get();
    const year = new Date(harness.emulator.clock.now()).getUTCFullYear() + 1;
    const answer = await browser.post('/compose', {
      profile_ids: [twitterId],
      text: 'Account zone',
      when: 'at',
      scheduled_local: `${year}-01-10T12:00`,
      tz: user.timezone!,
      tz_source: 'account',
    });
    const page = await browser.get(answer.location!);
    expect(flashOf(page.html)).toContain(
      `${user.timezone} (your Buffer account's time zone, as the browser sent none)`,
    );
  });

  it.each([
    [{ text: 'no profile' }, 'Choose at least one profile to post to.'],
    [{ profile_ids: ['PROFILE'], text: '   ' }, 'Write some text for the update.'],
    [
      { profile_ids: ['PROFILE'], text: 'x', link: 'javascript:alert(1)' },
      '"javascript:alert(1)" is not a web address (http:// or https://).',
    ],
    [{ profile_ids: ['PROFILE'], text: 'x', when: 'at' }, 'Pick a date and time, or choose another “when”.'],
    [
      {
        profile_ids: ['PROFILE'],
        text: 'x',
        when: 'at',
        scheduled_local: '2030-01-01T10:00',
        tz: 'Mars/Base',
      },
      '"Mars/Base" is not a known time zone.',
    ],
    [{ profile_ids: ['../user'], text: 'x' }, 'One of the chosen profiles is not a Buffer id.'],
  ])('refuses bad input before any request: %j', async (fields, message) => {
    await browser.get('/dashboard');
    harness.emulator.clearRequests();
    const withIds = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [
        k,
        k === 'profile_ids' ? (v as string[]).map((id) => id.replace('PROFILE', twitterId)) : v,
      ]),
    ) as Record<string, string | string[]>;
    const answer = await browser.post('/compose', withIds);
    expect(answer.location).toBe('/dashboard');
    expect(harness.emulator.requests).toHaveLength(0);
    const page = await browser.get('/dashboard');
    expect(flashOf(page.html)).toBe(message);
    // The draft survives the redirect: nothing typed is lost.
    if (typeof fields.text === 'string' && fields.text.trim() !== '')
      expect(page.html).toContain(`>\n${fields.text}</textarea>`);
  });

  it("shows Buffer's duplicate error (1025) in plain words and keeps the draft", async () => {
    await browser.get('/dashboard');
    await browser.post('/compose', { profile_ids: [twitterId], text: 'Same again', when: 'queue' });
    await browser.get('/dashboard');
    const answer = await browser.post('/compose', {
      profile_ids: [twitterId],
      text: 'Same again',
      when: 'queue',
    });
    expect(answer.location).toBe('/dashboard');
    const page = await browser.get('/dashboard');
    const flash = flashOf(page.html)!;
    expect(flash).toMatch(/\[Buffer error 1025\]$/);
    expect(page.html).toContain('role="alert"');
    expect(page.html).toContain('>\nSame again</textarea>');
  });

  it("shows Buffer's queue-full error (1023) once the free plan's queue is full", async () => {
    await browser.get('/dashboard');
    let flash: string | undefined;
    for (let i = 0; i < 12 && !flash?.includes('1023'); i++) {
      await browser.post('/compose', { profile_ids: [facebookId], text: `Filler ${i}`, when: 'queue' });
      flash = flashOf((await browser.get('/dashboard')).html);
    }
    expect(flash).toMatch(/\[Buffer error 1023\]$/);
  });
});

describe("Buffer's rate limit", () => {
  it('is not disabled: a 429 is shown in plain words with its code', async () => {
    harness = createHarness({ rateLimit: { limit: 4, windowMs: 60_000 }, now: Date.UTC(2026, 0, 5, 9) });
    browser = new TestBrowser(harness);
    await browser.connectDirectly();
    expect((await browser.get('/dashboard')).status).toBe(200);
    const page = await browser.get('/dashboard');
    expect(page.status).toBe(502);
    expect(page.html).toContain('Too many requests');
    expect(page.html).toContain('Buffer allows 60 requests a minute per user');
    expect(page.html).toContain('<code data-testid="error-code">429</code>');
    harness.emulator.clock.advance(60_001);
    expect((await browser.get('/dashboard')).status).toBe(200);
  });
});

describe('error words', () => {
  it("quote Buffer's own sentence, the table's meaning and the code", async () => {
    await browser.get('/dashboard');
    const queued = (await harness.direct().updates.pending(twitterId)).updates[0]!;
    await browser.post('/compose', { profile_ids: [twitterId], text: queued.text!, when: 'queue' });
    const flash = flashOf((await browser.get('/dashboard')).html)!;
    const { DUPLICATE_MESSAGE } = await import('@bufferkit/emulator');
    expect(flash).toBe(
      `Buffer said: ${DUPLICATE_MESSAGE} (Update was recently posted, can't post duplicate content.) [Buffer error 1025]`,
    );
  });
});
