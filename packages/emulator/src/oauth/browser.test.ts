/**
 * The consent page in real Chromium (the system package, driven by playwright-core): pressing Approve or
 * Deny must land on the client's redirect URI on another origin (CSP form-action once blocked exactly that).
 */
import { createServer, type Server } from 'node:http';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumLaunchOptions, describeInChromium } from '../../../../tools/chromium.js';
import { createEmulator, type ListeningEmulator } from '../create-emulator.js';

const TIMEOUT = 60_000;

describeInChromium('emulator consent page in Chromium', () => {
  let browser: Browser;
  let emulatorServer: ListeningEmulator;
  let client: Server;
  let callbackBase = '';
  const emulator = createEmulator();

  beforeAll(async () => {
    client = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<h1>client callback</h1>');
    });
    await new Promise<void>((resolve) => client.listen(0, '127.0.0.1', resolve));
    callbackBase = `http://127.0.0.1:${(client.address() as { port: number }).port}/cb`;
    emulator.registerApp({
      clientId: 'browser-app',
      clientSecret: 'browser-secret',
      redirectUri: callbackBase,
      name: 'Browser App',
    });
    emulatorServer = await emulator.listen({ port: 0 });
    browser = await chromium.launch(chromiumLaunchOptions);
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await emulatorServer?.close();
    await new Promise((resolve) => client?.close(resolve));
  }, TIMEOUT);

  const authorizeUrl = (state: string) =>
    `${emulatorServer.url}/oauth2/authorize?${new URLSearchParams({
      client_id: 'browser-app',
      redirect_uri: callbackBase,
      response_type: 'code',
      state,
    })}`;

  test(
    'Approve lands on the redirect URI with a raw 1/… code and the state',
    async () => {
      const page = await browser.newPage();
      await page.goto(authorizeUrl('s 1'));
      expect(await page.locator('h1').textContent()).toBe('Authorize Browser App');
      await page.getByRole('button', { name: 'Approve' }).click();
      await page.waitForURL((url) => url.pathname === '/cb');
      expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cb\?code=1\/[A-Za-z0-9]{32}&state=s%201$/);
      await page.close();
    },
    TIMEOUT,
  );

  test(
    'Deny lands on the redirect URI with error=access_denied',
    async () => {
      const page = await browser.newPage();
      await page.goto(authorizeUrl('s2'));
      await page.getByRole('button', { name: 'Deny' }).click();
      await page.waitForURL((url) => url.pathname === '/cb');
      expect(new URL(page.url()).searchParams.get('error')).toBe('access_denied');
      expect(new URL(page.url()).searchParams.get('state')).toBe('s2');
      await page.close();
    },
    TIMEOUT,
  );
});
