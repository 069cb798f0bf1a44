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

  it.each([
    [{ PORT: '4010' }, 4010],
    [{ EMULATOR_PORT: '3000' }, 3000],
    [{ PORT: '5000', EMULATOR_PORT: '5000' }, 5000],
  ])('refuses one port for both the playground and the emulator (%o)', (env, port) => {
    expect(() => loadConfig(env)).toThrow(
      new ConfigError(
        `PORT and EMULATOR_PORT are both ${port}; the playground and the embedded emulator each need their own port.`,
      ),
    );
  });

  it('PORT=0 and EMULATOR_PORT=0 pick two free ports, and a shared port is fine when no emulator runs', () => {
    expect(loadConfig({ PORT: '0', EMULATOR_PORT: '0' })).toMatchObject({ port: 0, emulatorPort: 0 });
    expect(loadConfig({ PORT: '4010', BUFFER_ACCESS_TOKEN: 't' })).toMatchObject({
      mode: 'token',
      port: 4010,
    });
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

  describe('a redirect URI on this computer', () => {
    const oauth = (redirectUri: string, extra: Record<string, string> = {}) =>
      loadConfig({
        BUFFER_CLIENT_ID: 'a',
        BUFFER_CLIENT_SECRET: 'b',
        BUFFER_REDIRECT_URI: redirectUri,
        ...extra,
      });

    it.each([
      ['http://localhost:3100/callback', 3100],
      ['http://127.0.0.1:8080/callback', 8080],
      ['http://localhost/callback', 80],
    ])('%s: without PORT the playground listens on its port (%i)', (uri, port) => {
      expect(oauth(uri)).toMatchObject({ mode: 'oauth', port });
    });

    it.each([
      [{}, 'http://localhost:0/callback'],
      [{ PORT: '0' }, 'http://127.0.0.1:0/callback'],
    ])(
      'with %o, %s is refused: the playground would listen on a port Buffer never sends the browser to',
      (extra, uri) => {
        expect(() => oauth(uri, extra)).toThrow(
          new ConfigError(
            `BUFFER_REDIRECT_URI "${uri}" names port 0; use the real port registered with Buffer, e.g. http://localhost:3000/callback.`,
          ),
        );
      },
    );

    it('a matching PORT is fine', () => {
      expect(oauth('http://localhost:3100/callback', { PORT: '3100' })).toMatchObject({ port: 3100 });
    });

    it('a PORT that differs is refused: the callback would reach nothing', () => {
      expect(() => oauth('http://localhost:3000/callback', { PORT: '3100' })).toThrow(
        new ConfigError(
          'BUFFER_REDIRECT_URI sends the browser back to port 3000, but PORT is 3100; the sign-in could never finish. Leave PORT unset (the port of BUFFER_REDIRECT_URI is used) or make them match.',
        ),
      );
    });

    it.each(['https://localhost:3000/callback', 'http://[::1]:3000/callback'])(
      '%s is refused: the playground serves plain http on 127.0.0.1',
      (uri) => {
        expect(() => oauth(uri)).toThrow(
          `BUFFER_REDIRECT_URI "${uri}" points at this computer, where the playground serves plain http on 127.0.0.1 and localhost only;`,
        );
      },
    );

    it('another host (a proxy in front of the playground) keeps PORT as given', () => {
      expect(oauth('https://play.example.com/callback', { PORT: '3100' })).toMatchObject({ port: 3100 });
    });
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
