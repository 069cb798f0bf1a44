import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the embedded emulator on 127.0.0.1:3000 and :4010', () => {
    expect(loadConfig({})).toEqual({ mode: 'emulator', host: '127.0.0.1', port: 3000, emulatorPort: 4010 });
  });

  it('reads PORT and EMULATOR_PORT, including 0 for a free port', () => {
    expect(loadConfig({ PORT: '8080', EMULATOR_PORT: '0' })).toMatchObject({ port: 8080, emulatorPort: 0 });
  });

  it.each(['abc', '-1', '65536', '80.5'])('refuses PORT=%s with a message naming the variable', (value) => {
    expect(() => loadConfig({ PORT: value })).toThrow(
      new ConfigError(`PORT must be a port number between 0 and 65535, got "${value}".`),
    );
  });

  it('uses the real Buffer OAuth when all three variables are set', () => {
    expect(
      loadConfig({
        BUFFER_CLIENT_ID: 'id',
        BUFFER_CLIENT_SECRET: 'secret',
        BUFFER_REDIRECT_URI: 'https://play.example.com/callback',
      }),
    ).toEqual({
      mode: 'oauth',
      host: '127.0.0.1',
      port: 3000,
      emulatorPort: 4010,
      oauth: { clientId: 'id', clientSecret: 'secret', redirectUri: 'https://play.example.com/callback' },
    });
  });

  it('names the missing OAuth variables, never printing the secret', () => {
    let error: unknown;
    try {
      loadConfig({ BUFFER_CLIENT_SECRET: 'super-secret-value' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      'Real Buffer OAuth needs BUFFER_CLIENT_ID, BUFFER_CLIENT_SECRET and BUFFER_REDIRECT_URI; missing: BUFFER_CLIENT_ID, BUFFER_REDIRECT_URI.',
    );
  });

  it('wants a redirect URI that ends in /callback', () => {
    expect(() =>
      loadConfig({
        BUFFER_CLIENT_ID: 'a',
        BUFFER_CLIENT_SECRET: 'b',
        BUFFER_REDIRECT_URI: 'https://x.example/back',
      }),
    ).toThrow('BUFFER_REDIRECT_URI must end in /callback');
    expect(() =>
      loadConfig({ BUFFER_CLIENT_ID: 'a', BUFFER_CLIENT_SECRET: 'b', BUFFER_REDIRECT_URI: 'not a url' }),
    ).toThrow('BUFFER_REDIRECT_URI must be an absolute URL');
  });

  it('skips OAuth with BUFFER_ACCESS_TOKEN, which wins over OAuth variables', () => {
    expect(loadConfig({ BUFFER_ACCESS_TOKEN: ' 1/abc ', BUFFER_CLIENT_ID: 'id' })).toEqual({
      mode: 'token',
      host: '127.0.0.1',
      port: 3000,
      emulatorPort: 4010,
      accessToken: '1/abc',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ BUFFER_ACCESS_TOKEN: '', BUFFER_CLIENT_ID: ' ', PORT: '' }).mode).toBe('emulator');
  });
});
