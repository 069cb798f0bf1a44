// One place that decides how browser tests find and start Chromium: Debian's package, driven by playwright-core,
// never a downloaded browser. Without Chromium the tests are skipped with a message, except under CI=true, where
// a missing browser fails the run instead of passing it silently.
import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

export const CHROMIUM_PATH = process.env.BUFFERKIT_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const chromiumLaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export function describeInChromium(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, body);
    return;
  }
  const howTo =
    'install it with `apt-get install -y chromium` or set BUFFERKIT_CHROMIUM to a Chromium binary';
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`CI=true but there is no Chromium at ${CHROMIUM_PATH}: ${howTo}.`);
      });
    });
    return;
  }
  console.warn(`\nBrowser tests SKIPPED (${name}): no Chromium at ${CHROMIUM_PATH}; ${howTo}.\n`);
  describe.skip(name, body);
}
