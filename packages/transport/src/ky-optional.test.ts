import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('ky is an optional peer dependency', () => {
  afterEach(() => {
    vi.doUnmock('ky');
    vi.resetModules();
  });

  it('without ky installed the package loads, fetchTransport works and kyTransport says what to install', async () => {
    vi.resetModules();
    vi.doMock('ky', () => {
      throw new Error("Cannot find package 'ky'");
    });
    const transport = await import('./index.js');
    expect(typeof transport.fetchTransport).toBe('function');
    const send = transport.kyTransport();
    const error = await send({ method: 'GET', url: 'http://127.0.0.1:9/', headers: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /needs the optional peer dependency "ky" \(npm install ky@\^1\)/,
    );
    const passed = transport.kyTransport({ ky: async () => new Response('from instance', { status: 202 }) });
    expect(await passed({ method: 'GET', url: 'http://127.0.0.1:9/', headers: {} })).toMatchObject({
      status: 202,
      text: 'from instance',
    });
  });

  it('calls ky with its retries, timeout and HTTP-error throwing off, and no ky-2-removed option', async () => {
    const { kyTransport } = await import('./ky-transport.js');
    const seen: unknown[] = [];
    const send = kyTransport({
      ky: async (url, options) => {
        seen.push({ url, ...options });
        return new Response('{}', { status: 404 });
      },
    });
    const signal = new AbortController().signal;
    const answer = await send({
      method: 'POST',
      url: 'https://api.example/1/x.json?a=1',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1&b[]=2',
      signal,
    });
    expect(answer).toMatchObject({ status: 404, text: '{}' });
    expect(seen).toEqual([
      {
        url: 'https://api.example/1/x.json?a=1',
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'a=1&b[]=2',
        signal,
        retry: 0,
        throwHttpErrors: false,
        timeout: false,
      },
    ]);
  });

  it('no source file imports ky statically, and none imports node: built-ins', () => {
    const dir = new URL('.', import.meta.url).pathname;
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test'));
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'ky'/m);
      expect(text, file).not.toMatch(/from\s+'node:/);
    }
  });
});
