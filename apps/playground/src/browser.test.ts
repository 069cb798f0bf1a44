/**
 * The playground in real Chromium (Debian's package, driven by playwright-core; never a downloaded browser),
 * against real listening servers on random ports.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumLaunchOptions, describeInChromium } from '../../../tools/chromium.js';
import { type RunningPlayground, startPlayground } from './server.js';

const outputDir = join(import.meta.dirname, '..', 'test-output');
const TIMEOUT = 60_000;

describeInChromium('playground in Chromium', () => {
  let browser: Browser;
  let running: RunningPlayground;

  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    running = await startPlayground({ mode: 'emulator', host: '127.0.0.1', port: 0, emulatorPort: 0 });
    browser = await chromium.launch(chromiumLaunchOptions);
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  }, TIMEOUT);

  async function newPage(timezoneId = 'Europe/Berlin'): Promise<Page> {
    const context = await browser.newContext({ timezoneId, viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(outputDir, `${name}.png`), fullPage: true });

  it(
    'connect → approve → profiles → compose with emoji and newline → pending → edit → schedules → share now → sent → disconnect',
    async () => {
      const page = await newPage();
      await page.goto(running.url);
      await shot(page, '01-home');
      await page.getByTestId('connect').click();

      // The emulator's consent page, on its own origin.
      await page.waitForURL((url) => url.toString().startsWith(`${running.emulatorUrl}/oauth2/authorize`));
      await shot(page, '02-consent');
      await page.getByRole('button', { name: 'Approve' }).click();

      await page.waitForURL(`${running.url}/dashboard`);
      await expect.poll(() => page.locator('.flash').textContent()).toBe('Connected to Buffer.');
      const profileLinks = page.locator('[data-testid="profiles"] .profile-header');
      expect(await profileLinks.count()).toBeGreaterThan(0);
      await shot(page, '03-dashboard');
      expect(await page.evaluate(() => document.compatMode)).toBe('CSS1Compat');

      // The script filled in the browser's time zone.
      expect(await page.locator('[data-tz-field]').inputValue()).toBe('Europe/Berlin');
      expect(await page.locator('[data-tz-note]').textContent()).toContain('Europe/Berlin, your browser');

      // Post to the Twitter profile only.
      const boxes = page.locator('input[name="profile_ids"]');
      const count = await boxes.count();
      let twitterId = '';
      for (let i = 0; i < count; i++) {
        const box = boxes.nth(i);
        const label = await box.locator('xpath=..').textContent();
        if (label?.includes('(twitter)')) {
          await box.check();
          twitterId = (await box.getAttribute('value')) ?? '';
        } else {
          await box.uncheck();
        }
      }
      expect(twitterId).not.toBe('');
      const text = `Hello 👋🏽 from Chromium ${Date.now()}\nsecond line ✨`;
      await page.getByTestId('compose-text').fill(text);
      const limit = await boxes.and(page.locator(`[value="${twitterId}"]`)).getAttribute('data-limit');
      await expect
        .poll(() => page.getByTestId('char-count').textContent())
        .toBe(`${Array.from(text).length} / ${limit} characters (Twitter)`);
      await shot(page, '04-composer');
      await page.getByTestId('compose-submit').click();

      await page.waitForURL(`${running.url}/profiles/${twitterId}`);
      const pendingTexts = await page
        .locator('[data-testid="pending"] [data-testid="update-text"]')
        .allTextContents();
      expect(pendingTexts).toContain(text);
      await shot(page, '05-profile-pending');

      const pendingItem = (withText: string) =>
        page.locator('[data-testid="pending"] li.update', {
          has: page.locator('[data-testid="update-text"]', { hasText: withText.split('\n')[0]! }),
        });
      const composed = pendingItem(text);
      await expect.poll(() => composed.count()).toBe(1);
      // The Edit link sits in the row of buttons: same top and height, not stretched or shifted.
      const controls = await composed
        .locator('.actions')
        .locator('button, a.button')
        .evaluateAll((controls) =>
          controls.map((c) => {
            const r = c.getBoundingClientRect();
            return `${Math.round(r.top)}/${Math.round(r.height)}`;
          }),
        );
      expect(controls.length).toBeGreaterThan(2);
      expect(controls).toEqual(controls.map(() => controls[0]));

      // Edit: the page holds the exact text (newline included), and the edited text, emoji and all, is queued.
      const updateId = (await composed.getAttribute('data-update-id')) ?? '';
      expect(updateId).not.toBe('');
      await composed.getByRole('link', { name: 'Edit' }).click();
      await page.waitForURL(`${running.url}/updates/${updateId}/edit`);
      const editor = page.getByTestId('edit-text');
      expect(await editor.inputValue()).toBe(text);
      const edited = `Edited 🧑🏽‍💻 ${Date.now()}\nnow with a family 👨‍👩‍👧 and a flag 🇳🇿`;
      await editor.fill(edited);
      await shot(page, '06-edit-update');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(`${running.url}/profiles/${twitterId}`);
      await expect.poll(() => page.locator('.flash').textContent()).toBe('Update saved.');
      const afterEdit = await page
        .locator('[data-testid="pending"] [data-testid="update-text"]')
        .allTextContents();
      expect(afterEdit).toContain(edited);
      expect(afterEdit).not.toContain(text);
      const item = page.locator(`[data-testid="pending"] li.update[data-update-id="${updateId}"]`);
      expect(await item.getByTestId('update-text').textContent()).toBe(edited);
      await shot(page, '07-profile-edited');

      // Schedules: every day at 06:45 in the first schedule; the editor shows it after saving, and the queue's
      // due times follow it.
      await page.getByRole('link', { name: 'Edit posting schedule' }).click();
      await page.waitForURL(`${running.url}/profiles/${twitterId}/schedules`);
      const readSchedules = () =>
        page.locator('[data-testid="schedules"] fieldset.schedule').evaluateAll((fieldsets) =>
          fieldsets.map((fieldset) => ({
            legend: fieldset.querySelector('legend')?.textContent ?? '',
            days: [...fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map(
              (box) => box.value,
            ),
            times: fieldset.querySelector<HTMLInputElement>('input[type="text"]')?.value ?? '',
          })),
        );
      const before = await readSchedules();
      expect(before.length).toBeGreaterThan(1);
      expect(before.at(-1)).toEqual({ legend: 'New schedule', days: [], times: '' });
      await shot(page, '08-schedules');
      const first = page.locator('[data-testid="schedules"] fieldset.schedule').first();
      const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
      for (const day of everyDay) await first.locator(`input[type="checkbox"][value="${day}"]`).check();
      await first.locator('input[type="text"]').fill('06:45');
      await page.getByRole('button', { name: 'Save schedule' }).click();
      // The save redirects back to this same address, so wait for the page that carries the confirmation.
      await page.locator('.flash', { hasText: 'Schedule saved.' }).waitFor();
      expect(page.url()).toBe(`${running.url}/profiles/${twitterId}/schedules`);
      expect(await page.locator('.flash').textContent()).toBe('Schedule saved.');
      expect(await readSchedules()).toEqual([
        { legend: 'Schedule 1', days: everyDay, times: '06:45' },
        ...before.slice(1),
      ]);
      await shot(page, '09-schedules-saved');
      await page.getByRole('link', { name: 'Back to the queue' }).click();
      await page.waitForURL(`${running.url}/profiles/${twitterId}`);
      const dueTimes = await page.locator('[data-testid="pending"] li.update').evaluateAll((items) =>
        // Each item's last muted line is its due day and time (a link, when there is one, comes before it).
        items.map((li) => [...li.querySelectorAll(':scope > p.muted')].at(-1)?.textContent ?? ''),
      );
      expect(dueTimes.length).toBeGreaterThan(0);
      for (const due of dueTimes) expect(due).toMatch(/ at 06:45 am$/);

      await item.getByRole('button', { name: 'Share now' }).click();
      await page.waitForURL(`${running.url}/profiles/${twitterId}`);
      await expect.poll(() => page.locator('.flash').textContent()).toBe('Shared now.');
      expect(
        await page.locator('[data-testid="sent"] [data-testid="update-text"]').allTextContents(),
      ).toContain(edited);
      expect(
        await page.locator('[data-testid="pending"] [data-testid="update-text"]').allTextContents(),
      ).not.toContain(edited);
      await shot(page, '10-profile-sent');

      // No token anywhere the browser can see: cookies hold only the session id.
      const cookies = await page.context().cookies();
      expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([
        ['bufferkit_playground', true, 'Lax'],
      ]);

      await page.getByTestId('disconnect').click();
      await page.waitForURL(`${running.url}/`);
      await expect
        .poll(() => page.locator('.flash').textContent())
        .toBe('Disconnected. Buffer revoked this app’s access.');
      await shot(page, '11-disconnected');
      await page.context().close();
    },
    TIMEOUT,
  );

  it(
    'deny → a plain page with access_denied and Start again',
    async () => {
      const page = await newPage();
      await page.goto(running.url);
      await page.getByTestId('connect').click();
      await page.waitForURL((url) => url.toString().startsWith(`${running.emulatorUrl}/oauth2/authorize`));
      await page.getByRole('button', { name: 'Deny' }).click();
      await page.waitForURL((url) => url.pathname === '/callback');
      expect(await page.getByTestId('error-code').textContent()).toBe('access_denied');
      expect(await page.locator('h1').textContent()).toBe('You did not connect Buffer');
      await shot(page, '12-denied');
      await page.getByRole('link', { name: 'Start again' }).click();
      await page.waitForURL(`${running.url}/`);
      expect(await page.getByTestId('connect').isVisible()).toBe(true);
      await page.context().close();
    },
    TIMEOUT,
  );

  it(
    'a forged callback with the wrong state is refused',
    async () => {
      const page = await newPage();
      await page.goto(running.url);
      await page.goto(`${running.url}/callback?code=1/forgedcode&state=forged-state`);
      expect(await page.getByTestId('error-code').textContent()).toBe('state_mismatch');
      expect(await page.locator('h1').textContent()).toBe('This sign-in did not start here');
      await shot(page, '13-forged-callback');
      await page.context().close();
    },
    TIMEOUT,
  );
});
