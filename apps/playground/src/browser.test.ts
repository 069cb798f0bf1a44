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
    'connect → approve → profiles → compose with emoji and newline → pending → share now → sent → disconnect',
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

      const item = page.locator('[data-testid="pending"] li.update', {
        has: page.locator('[data-testid="update-text"]', { hasText: text.split('\n')[0]! }),
      });
      // The Edit link sits in the row of buttons: same top and height, not stretched or shifted.
      const controls = await item
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
      await item.getByRole('button', { name: 'Share now' }).click();
      await page.waitForURL(`${running.url}/profiles/${twitterId}`);
      await expect.poll(() => page.locator('.flash').textContent()).toBe('Shared now.');
      expect(
        await page.locator('[data-testid="sent"] [data-testid="update-text"]').allTextContents(),
      ).toContain(text);
      expect(
        await page.locator('[data-testid="pending"] [data-testid="update-text"]').allTextContents(),
      ).not.toContain(text);
      await shot(page, '06-profile-sent');

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
      await shot(page, '07-disconnected');
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
      await shot(page, '08-denied');
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
      await shot(page, '09-forged-callback');
      await page.context().close();
    },
    TIMEOUT,
  );
});
