import type { createBufferOAuth } from '@bufferkit/api';
import type { Context } from 'hono';
import type { BufferClient, Transport } from './buffer.js';
import type { PlaygroundMode } from './config.js';
import type { Flash, Session, SessionStore } from './session.js';

export interface PlaygroundAppConfig {
  mode: PlaygroundMode;
  /** Shown in the header: which Buffer this playground talks to. */
  bufferLabel: string;
  /** Buffer's API base, e.g. `http://127.0.0.1:4010/1`; Buffer's real one when omitted. */
  baseUrl?: string;
  /** How requests reach Buffer; tests pass the emulator's in-process fetch here. */
  transport?: Transport;
  /** OAuth settings (emulator and oauth modes). */
  oauth?: {
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    authorizeUrl?: string;
    tokenUrl?: string;
  };
  /** The app owner's single token (token mode). */
  accessToken?: string;
  sessions?: SessionStore;
  /** Mark the session cookie Secure (when served over https). */
  secureCookies?: boolean;
}

export type FormFields = Record<string, string | File | (string | File)[]>;

export interface AppEnv {
  Variables: {
    session: Session;
    form: FormFields;
  };
}

export type AppContext = Context<AppEnv>;

export interface PlaygroundDeps {
  config: PlaygroundAppConfig;
  sessions: SessionStore;
  oauth: ReturnType<typeof createBufferOAuth> | undefined;
  clientFor(accessToken: string): BufferClient;
}

export function field(form: FormFields, name: string): string | undefined {
  const value = form[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

export function fields(form: FormFields, name: string): string[] {
  const value = form[name] ?? form[`${name}[]`];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

export function takeFlash(session: Session): Flash | undefined {
  const flash = session.flash;
  delete session.flash;
  return flash;
}

/** Buffer ids are Mongo ObjectIds; anything else is refused before it reaches a URL path. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
