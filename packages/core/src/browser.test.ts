import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { chromiumLaunchOptions, describeInChromium } from '../../../tools/chromium.js';

// Core promises to run in browsers. This bundles it for the browser platform (which fails on any Node
// built-in) and runs the OAuth rules in headless Chromium.
describeInChromium('core in a browser (headless Chromium)', () => {
  it('bundles without Node built-ins and gives the same answers', { timeout: 60_000 }, async () => {
    const bundle = await build({
      entryPoints: [join(import.meta.dirname, 'index.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      globalName: 'bufferkitCore',
      target: 'es2022',
      logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]?.text ?? '';
    expect(script).not.toMatch(/require\(|node:/);

    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: script });
      const result = await page.evaluate(() => {
        const core = (globalThis as unknown as { bufferkitCore: typeof import('./index.js') }).bufferkitCore;
        const state = core.generateState();
        const callback = core.parseCallback(`https://example.com/back?code=1%2Fabc&state=${state}`, {
          expectedState: state,
        });
        let callbackError = '';
        try {
          core.parseCallback('?code=1/abc&state=wrong', { expectedState: state });
        } catch (error) {
          callbackError = error instanceof core.OAuthCallbackError ? error.error : 'other';
        }
        return {
          stateShape: /^[A-Za-z0-9_-]{43}$/.test(state),
          url: core.buildAuthorizationUrl({
            clientId: 'c',
            redirectUri: 'https://example.com/back',
            state: 's',
          }),
          code: callback.code,
          callbackError,
          body: core.buildTokenRequest({
            clientId: 'c',
            clientSecret: 'a+b/c=&d',
            redirectUri: 'r',
            code: callback.code,
          }).body,
          token: core.parseTokenResponse({
            status: 200,
            headers: new Headers(),
            text: '{"access_token":"1\\/t"}',
          }).accessToken,
          form: core.encodeForm({ profile_ids: ['a', 'b'], media: { link: 'http://x y' }, now: true }),
          signed: core.withAccessToken({ method: 'GET', url: 'https://h/p', headers: {} }, '1/t', 'query')
            .url,
        };
      });
      expect(result).toEqual({
        stateShape: true,
        url: 'https://bufferapp.com/oauth2/authorize?client_id=c&redirect_uri=https%3A%2F%2Fexample.com%2Fback&response_type=code&state=s',
        code: '1/abc',
        callbackError: 'state_mismatch',
        body: 'client_id=c&client_secret=a%2Bb%2Fc%3D%26d&redirect_uri=r&code=1/abc&grant_type=authorization_code',
        token: '1/t',
        form: 'profile_ids[]=a&profile_ids[]=b&media[link]=http%3A%2F%2Fx%20y&now=true',
        signed: 'https://h/p?access_token=1/t',
      });
    } finally {
      await browser.close();
    }
  });
});
