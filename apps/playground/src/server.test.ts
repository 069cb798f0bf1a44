import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PortInUseError, type RunningPlayground, startPlayground } from './server.js';

const base = { mode: 'emulator', host: '127.0.0.1' } as const;
const cleanup: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanup.length > 0) await cleanup.pop()!();
});

function occupy(): Promise<number> {
  return new Promise((resolve) => {
    const server: Server = createServer();
    server.listen(0, '127.0.0.1', () => {
      cleanup.push(() => new Promise((done) => server.close(() => done())));
      resolve((server.address() as { port: number }).port);
    });
  });
}

async function start(ports: { port: number; emulatorPort: number }): Promise<RunningPlayground> {
  const running = await startPlayground({ ...base, ...ports });
  cleanup.push(() => running.close());
  return running;
}

describe('startPlayground', () => {
  it('serves the playground and the emulator on loopback, and the callback is registered with the emulator', async () => {
    const running = await start({ port: 0, emulatorPort: 0 });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running.emulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running.bufferLabel).toBe(`the embedded Buffer emulator at ${running.emulatorUrl}`);
    const home = await fetch(`${running.url}/`);
    expect(home.status).toBe(200);
    const cookie = home.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await home.text())![1]!;
    const connect = await fetch(`${running.url}/connect`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${encodeURIComponent(csrf)}`,
      redirect: 'manual',
    });
    const authorize = connect.headers.get('location')!;
    expect(authorize.startsWith(`${running.emulatorUrl}/oauth2/authorize?`)).toBe(true);
    expect(new URL(authorize).searchParams.get('redirect_uri')).toBe(`${running.url}/callback`);
    // The emulator accepts that redirect URI: it shows its consent page rather than an error.
    const consent = await fetch(authorize);
    expect(consent.status).toBe(200);
    expect(await consent.text()).toContain('Approve');
  });

  it('close() stops both servers and can be called twice', async () => {
    const running = await startPlayground({ ...base, port: 0, emulatorPort: 0 });
    await Promise.all([running.close(), running.close()]);
    await expect(fetch(`${running.url}/`)).rejects.toThrow();
    await expect(fetch(`${running.emulatorUrl}/1/user.json`)).rejects.toThrow();
  });

  it('a taken playground port is a PortInUseError naming PORT', async () => {
    const port = await occupy();
    const error = await startPlayground({ ...base, port, emulatorPort: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toBe(
      `Port ${port} on 127.0.0.1 is already in use (wanted by the playground); stop what uses it or set PORT.`,
    );
  });

  it('a taken emulator port is a PortInUseError naming EMULATOR_PORT, and the playground port is released', async () => {
    const emulatorPort = await occupy();
    const free = await occupy();
    await cleanup.pop()!(); // release `free` so the playground can take it
    const error = await startPlayground({ ...base, port: free, emulatorPort }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toContain(
      '(wanted by the emulator); stop what uses it or set EMULATOR_PORT.',
    );
    // The playground's port was given back.
    const again = await start({ port: free, emulatorPort: 0 });
    expect(again.url).toBe(`http://127.0.0.1:${free}`);
  });

  it('token mode talks to the real Buffer and runs no emulator', async () => {
    const running = await startPlayground({
      ...base,
      mode: 'token',
      port: 0,
      emulatorPort: 0,
      accessToken: 'tok',
    });
    cleanup.push(() => running.close());
    expect(running.emulatorUrl).toBeUndefined();
    expect(running.bufferLabel).toBe('Buffer (https://api.bufferapp.com/1) with BUFFER_ACCESS_TOKEN');
    const home = await (await fetch(`${running.url}/`)).text();
    expect(home).not.toContain('tok"');
    expect(home).toContain('app owner&#39;s access token');
  });
});
