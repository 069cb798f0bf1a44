import { beforeEach, describe, expect, it } from 'vitest';
import {
  connectedHarness,
  decodeEntities,
  type Harness,
  listTexts,
  type TestBrowser,
} from './test-support/harness.js';

let harness: Harness;
let browser: TestBrowser;
let twitterId: string;

beforeEach(async () => {
  ({ harness, browser, twitterId } = await connectedHarness());
});

async function pending(): Promise<{ id: string; text: string | undefined }[]> {
  return (await harness.direct().updates.pending(twitterId, { count: 100 })).updates.map((u) => ({
    id: u.id,
    text: u.text,
  }));
}

function flashOf(html: string): string | undefined {
  const m = /<p class="flash flash-(?:info|error)"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  return m ? decodeEntities(m[1]!) : undefined;
}

async function addUpdates(n: number, prefix = 'Queued'): Promise<void> {
  const client = harness.direct();
  for (let i = 0; i < n; i++)
    await client.updates.create({ profileIds: [twitterId], text: `${prefix} ${i + 1}` });
}

describe('profile page', () => {
  it('shows the profile, its pending and sent updates, in three requests', async () => {
    const queue = await pending();
    const sent = (await harness.direct().updates.sent(twitterId)).updates;
    harness.emulator.clearRequests();
    const page = await browser.get(`/profiles/${twitterId}`);
    expect(page.status).toBe(200);
    expect(listTexts(page.html, 'pending')).toEqual(queue.map((u) => u.text));
    expect(listTexts(page.html, 'sent')).toEqual(sent.map((u) => u.text));
    expect(harness.emulator.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      `GET /1/profiles/${twitterId}.json`,
      `GET /1/profiles/${twitterId}/updates/pending.json`,
      `GET /1/profiles/${twitterId}/updates/sent.json`,
    ]);
  });

  it('pages ten at a time: ?sent_page= for sent, and no pager for a full free-plan queue of ten', async () => {
    const client = harness.direct();
    const sentBefore = (await client.updates.sent(twitterId)).total;
    for (let i = sentBefore; i < 11; i++)
      await client.updates.create({ profileIds: [twitterId], text: `Sent ${i}`, now: true });
    await addUpdates(10 - (await pending()).length);
    const sent = (await client.updates.sent(twitterId, { count: 100 })).updates;
    expect(sent).toHaveLength(11);
    const first = await browser.get(`/profiles/${twitterId}`);
    expect(listTexts(first.html, 'sent')).toEqual(sent.slice(0, 10).map((u) => u.text));
    expect(listTexts(first.html, 'pending')).toHaveLength(10);
    expect(first.html).toContain('aria-label="Sent pages"');
    expect(first.html).not.toContain('aria-label="Pending pages"');
    expect(first.html).toContain(`href="/profiles/${twitterId}?sent_page=2"`);
    const second = await browser.get(`/profiles/${twitterId}?sent_page=2`);
    expect(listTexts(second.html, 'sent')).toEqual([sent[10]!.text]);
    expect(second.html).toContain('Page 2 of 2');
  });

  it("an unknown profile shows Buffer's error in plain words with its code", async () => {
    const page = await browser.get('/profiles/000000000000000000000000');
    expect(page.status).toBe(502);
    expect(page.html).toMatch(/<code data-testid="error-code">(1010|1011|404)<\/code>/);
    expect(page.html).toContain('Back to the dashboard');
  });

  it('refuses ids that are not Buffer ids before any request', async () => {
    const page = await browser.get('/profiles/..%2Fuser');
    expect(page.status).toBe(404);
    expect(harness.emulator.requests).toHaveLength(0);
  });
});

describe('queue actions', () => {
  it('share now moves the update to sent', async () => {
    const [first] = await pending();
    await browser.get(`/profiles/${twitterId}`);
    const answer = await browser.post(`/updates/${first!.id}/share`, { profile_id: twitterId, page: '1' });
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(`/profiles/${twitterId}`);
    const page = await browser.get(answer.location!);
    expect(flashOf(page.html)).toBe('Shared now.');
    expect(listTexts(page.html, 'sent')).toContain(first!.text);
    expect((await pending()).map((u) => u.id)).not.toContain(first!.id);
  });

  it('move to top, delete', async () => {
    await addUpdates(2);
    const before = await pending();
    const last = before.at(-1)!;
    await browser.get(`/profiles/${twitterId}`);
    await browser.post(`/updates/${last.id}/move-to-top`, { profile_id: twitterId });
    expect((await pending())[0]!.id).toBe(last.id);
    await browser.post(`/updates/${last.id}/delete`, { profile_id: twitterId });
    expect((await pending()).map((u) => u.id)).not.toContain(last.id);
    expect(flashOf((await browser.get(`/profiles/${twitterId}`)).html)).toBe('Deleted.');
  });

  it('move up/down sends reorder with the full order', async () => {
    await addUpdates(3);
    const before = (await pending()).map((u) => u.id);
    await browser.get(`/profiles/${twitterId}`);
    harness.emulator.clearRequests();
    await browser.post(`/profiles/${twitterId}/reorder`, {
      profile_id: twitterId,
      update_id: before[2]!,
      direction: 'up',
    });
    const expected = [...before];
    [expected[1], expected[2]] = [expected[2]!, expected[1]!];
    const reorder = harness.emulator.requests.find((r) => r.path.endsWith('/updates/reorder.json'))!;
    expect(new URLSearchParams(reorder.rawBody).getAll('order[]')).toEqual(expected);
    expect((await pending()).map((u) => u.id)).toEqual(expected);
    await browser.post(`/profiles/${twitterId}/reorder`, {
      profile_id: twitterId,
      update_id: before[0]!,
      direction: 'down',
    });
    [expected[0], expected[1]] = [expected[1]!, expected[0]!];
    expect((await pending()).map((u) => u.id)).toEqual(expected);
  });

  it('refuses to move the last update down, saying why', async () => {
    const ids = (await pending()).map((u) => u.id);
    await browser.get(`/profiles/${twitterId}`);
    harness.emulator.clearRequests();
    await browser.post(`/profiles/${twitterId}/reorder`, {
      profile_id: twitterId,
      update_id: ids.at(-1)!,
      direction: 'down',
    });
    expect(harness.emulator.requests.some((r) => r.path.endsWith('/reorder.json'))).toBe(false);
    expect(flashOf((await browser.get(`/profiles/${twitterId}`)).html)).toContain('no longer where it was');
  });

  it('shuffle keeps the same updates', async () => {
    await addUpdates(4);
    const before = (await pending()).map((u) => u.id);
    await browser.get(`/profiles/${twitterId}`);
    await browser.post(`/profiles/${twitterId}/shuffle`);
    expect(
      harness.emulator.requests.some((r) => r.path === `/1/profiles/${twitterId}/updates/shuffle.json`),
    ).toBe(true);
    expect((await pending()).map((u) => u.id).sort()).toEqual([...before].sort());
    expect(flashOf((await browser.get(`/profiles/${twitterId}`)).html)).toBe('Queue shuffled.');
  });

  it('edit shows the text in a form and saves new text with newlines intact', async () => {
    const [first] = await pending();
    const form = await browser.get(`/updates/${first!.id}/edit`);
    expect(form.status).toBe(200);
    expect(form.html).toContain(`>\n${first!.text}</textarea>`);
    const answer = await browser.post(`/updates/${first!.id}/edit`, {
      profile_id: twitterId,
      text: 'Edited ✏️\r\nline two',
    });
    expect(answer.location).toBe(`/profiles/${twitterId}`);
    expect((await harness.direct().updates.get(first!.id)).text).toBe('Edited ✏️\nline two');
  });

  it("a failed edit shows Buffer's code and keeps the typed text", async () => {
    const [first, second] = await pending();
    await browser.get(`/updates/${first!.id}/edit`);
    // The same text as another pending update: Buffer refuses a duplicate (1025).
    const answer = await browser.post(`/updates/${first!.id}/edit`, {
      profile_id: twitterId,
      text: second!.text!,
    });
    expect(answer.location).toBe(`/updates/${first!.id}/edit`);
    const again = await browser.get(answer.location!);
    expect(flashOf(again.html)).toMatch(/\[Buffer error 1025\]$/);
    expect(again.html).toContain(`>\n${second!.text}</textarea>`);
    expect((await harness.direct().updates.get(first!.id)).text).toBe(first!.text);
    // Shown once, and only for that update.
    expect((await browser.get(`/updates/${first!.id}/edit`)).html).toContain(`>\n${first!.text}</textarea>`);
  });

  it("an action on a missing update flashes Buffer's code", async () => {
    await browser.get(`/profiles/${twitterId}`);
    await browser.post('/updates/000000000000000000000000/share', { profile_id: twitterId });
    expect(flashOf((await browser.get(`/profiles/${twitterId}`)).html)).toMatch(
      /\[Buffer error (1020|1021|404)\]$/,
    );
  });
});

describe('schedules', () => {
  it('shows and saves the posting schedule', async () => {
    const page = await browser.get(`/profiles/${twitterId}/schedules`);
    expect(page.status).toBe(200);
    const current = await harness.direct().profiles.schedules.get(twitterId);
    for (const time of current[0]!.times) expect(page.html).toContain(time);
    // The times are read in the profile's zone, so the page names it.
    const { timezone } = await harness.direct().profiles.get(twitterId);
    expect(timezone).toBe('Europe/London');
    expect(page.html).toContain(
      `Times are HH:MM in the profile&#39;s time zone (${timezone}), separated by commas.`,
    );
    const answer = await browser.post(`/profiles/${twitterId}/schedules`, {
      rows: '2',
      days_0: ['mon', 'wed'],
      times_0: '09:15, 17:45',
      days_1: [],
      times_1: '',
    });
    expect(answer.location).toBe(`/profiles/${twitterId}/schedules`);
    const body = harness.emulator.requests.find((r) => r.path.endsWith('/schedules/update.json'))!.rawBody;
    expect(decodeURIComponent(body)).toBe(
      'schedules[0][days][]=mon&schedules[0][days][]=wed&schedules[0][times][]=09:15&schedules[0][times][]=17:45',
    );
    expect(await harness.direct().profiles.schedules.get(twitterId)).toEqual([
      { days: ['mon', 'wed'], times: ['09:15', '17:45'] },
    ]);
    expect(flashOf((await browser.get(`/profiles/${twitterId}/schedules`)).html)).toBe('Schedule saved.');
  });

  it.each([
    [{ days_0: ['mon'], times_0: '25:00' }, '"25:00" is not a time; write times as HH:MM, 24-hour.'],
    [{ days_0: ['mon'], times_0: '' }, 'Schedule 1 has days but no times.'],
    [{ times_0: '10:00' }, 'Schedule 1 has times but no days.'],
    [{ days_0: ['someday'], times_0: '10:00' }, '"someday" is not a day (use mon … sun).'],
  ])('refuses %j before any request', async (fields, message) => {
    await browser.get(`/profiles/${twitterId}/schedules`);
    harness.emulator.clearRequests();
    await browser.post(`/profiles/${twitterId}/schedules`, { rows: '1', ...fields });
    expect(harness.emulator.requests).toHaveLength(0);
    expect(flashOf((await browser.get(`/profiles/${twitterId}/schedules`)).html)).toBe(message);
  });
});
