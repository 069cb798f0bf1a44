/**
 * Which Buffer the playground talks to, decided from the environment.
 * - emulator (default): an embedded @bufferkit/emulator, no Buffer app needed.
 * - oauth: the real Buffer, with an app's BUFFER_CLIENT_ID / BUFFER_CLIENT_SECRET / BUFFER_REDIRECT_URI.
 * - token: the real Buffer with the single BUFFER_ACCESS_TOKEN Buffer gives an app's owner; no OAuth dance.
 */
export type PlaygroundMode = 'emulator' | 'oauth' | 'token';

export interface PlaygroundEnvConfig {
  mode: PlaygroundMode;
  host: string;
  port: number;
  emulatorPort: number;
  /** Set in oauth mode. */
  oauth?: { clientId: string; clientSecret: string; redirectUri: string };
  /** Set in token mode. */
  accessToken?: string;
}

export const REAL_BUFFER = {
  authorizeUrl: 'https://bufferapp.com/oauth2/authorize',
  tokenUrl: 'https://api.bufferapp.com/1/oauth2/token.json',
  baseUrl: 'https://api.bufferapp.com/1',
} as const;

export const DEFAULT_PORT = 3000;
export const DEFAULT_EMULATOR_PORT = 4010;
/** Both servers bind to loopback only: the playground holds live access tokens in memory. */
export const HOST = '127.0.0.1';

/** Host names of a redirect URI that mean this computer, as `URL.hostname` spells them. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function readPort(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > 65_535) {
    throw new ConfigError(`${name} must be a port number between 0 and 65535, got "${raw}".`);
  }
  return Number(raw);
}

function read(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function loadConfig(env: Readonly<Record<string, string | undefined>>): PlaygroundEnvConfig {
  const port = readPort(env, 'PORT', DEFAULT_PORT);
  const emulatorPort = readPort(env, 'EMULATOR_PORT', DEFAULT_EMULATOR_PORT);
  const accessToken = read(env, 'BUFFER_ACCESS_TOKEN');
  const clientId = read(env, 'BUFFER_CLIENT_ID');
  const clientSecret = read(env, 'BUFFER_CLIENT_SECRET');
  const redirectUri = read(env, 'BUFFER_REDIRECT_URI');
  const base = { host: HOST, port, emulatorPort };

  if (accessToken !== undefined) return { ...base, mode: 'token', accessToken };

  const given = [
    ['BUFFER_CLIENT_ID', clientId],
    ['BUFFER_CLIENT_SECRET', clientSecret],
    ['BUFFER_REDIRECT_URI', redirectUri],
  ] as const;
  const missing = given.filter(([, value]) => value === undefined).map(([name]) => name);
  if (missing.length === given.length) {
    // The playground would take the port first and the emulator then find it "in use" by the playground itself.
    if (port !== 0 && port === emulatorPort) {
      throw new ConfigError(
        `PORT and EMULATOR_PORT are both ${port}; the playground and the embedded emulator each need their own port.`,
      );
    }
    return { ...base, mode: 'emulator' };
  }
  if (clientId === undefined || clientSecret === undefined || redirectUri === undefined) {
    throw new ConfigError(
      `Real Buffer OAuth needs BUFFER_CLIENT_ID, BUFFER_CLIENT_SECRET and BUFFER_REDIRECT_URI; missing: ${missing.join(', ')}.`,
    );
  }
  let callback: URL;
  try {
    callback = new URL(redirectUri);
  } catch {
    throw new ConfigError(`BUFFER_REDIRECT_URI must be an absolute URL, got "${redirectUri}".`);
  }
  if (callback.pathname !== '/callback') {
    throw new ConfigError(
      `BUFFER_REDIRECT_URI must end in /callback (the playground's callback route), got "${redirectUri}".`,
    );
  }
  // A loopback callback is this very server: Buffer sends the browser there, so it must be where we listen.
  if (LOOPBACK_NAMES.has(callback.hostname)) {
    if (callback.protocol !== 'http:' || callback.hostname === '[::1]') {
      throw new ConfigError(
        `BUFFER_REDIRECT_URI "${redirectUri}" points at this computer, where the playground serves plain http on ${HOST} and localhost only; use http://localhost:<port>/callback or http://${HOST}:<port>/callback.`,
      );
    }
    const callbackPort = Number(callback.port || '80');
    // Port 0 would make the playground listen on some free port, never the one Buffer sends the browser to.
    if (callbackPort === 0) {
      throw new ConfigError(
        `BUFFER_REDIRECT_URI "${redirectUri}" names port 0; use the real port registered with Buffer, e.g. http://localhost:3000/callback.`,
      );
    }
    if (read(env, 'PORT') === undefined) {
      return { ...base, port: callbackPort, mode: 'oauth', oauth: { clientId, clientSecret, redirectUri } };
    }
    if (callbackPort !== port) {
      throw new ConfigError(
        `BUFFER_REDIRECT_URI sends the browser back to port ${callbackPort}, but PORT is ${port}; the sign-in could never finish. Leave PORT unset (the port of BUFFER_REDIRECT_URI is used) or make them match.`,
      );
    }
  }
  return { ...base, mode: 'oauth', oauth: { clientId, clientSecret, redirectUri } };
}
