/**
 * What `npm start` prints and how it stops: `runMain` in-process, with real servers on free ports, collected output
 * lines and an EventEmitter standing in for the process's signals.
 */
import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MainIo, runMain } from './run-main.js';
import type { RunningPlayground } from './server.js';

interface Run {
  out: string[];
  err: string[];
  signals: EventEmitter;
  exit: Promise<number>;
}

const runs: Run[] = [];
const cleanup: (() => Promise<void>)[] = [];

afterEach(async () => {
  // A test that failed half-way still leaves no server behind.
  for (const run of runs.splice(0)) {
    run.signals.emit('SIGINT');
    await run.exit;
  }
  while (cleanup.length > 0) await cleanup.pop()!();
});

function run(env: Record<string, string>, start?: MainIo['start']): Run {
  const out: string[] = [];
  const err: string[] = [];
  const signals = new EventEmitter();
  const io: MainIo = { out: (line) => out.push(line), err: (line) => err.push(line), signals };
  if (start !== undefined) io.start = start;
  const result = { out, err, signals, exit: runMain(env, io) };
  runs.push(result);
  return result;
}

/** Waits until the servers are up and the stop signals are listened for (or fails with what went wrong). */
async function started(run: Run): Promise<void> {
  const exitedEarly = run.exit.then((code) => {
    throw new Error(`runMain ended with ${code} before listening for signals: ${run.err.join(' | ')}`);
  });
  const listening = vi.waitFor(
    () => {
      expect(run.signals.listenerCount('SIGINT')).toBe(1);
      expect(run.signals.listenerCount('SIGTERM')).toBe(1);
    },
    { timeout: 10_000, interval: 10 },
  );
  await Promise.race([listening, exitedEarly]);
}

function occupy(): Promise<number> {
  return new Promise((resolve) => {
    const server: Server = createServer();
    server.listen(0, '127.0.0.1', () => {
      cleanup.push(() => new Promise((done) => server.close(() => done())));
      resolve((server.address() as { port: number }).port);
    });
  });
}

const ORIGIN = /^http:\/\/127\.0\.0\.1:\d+$/;

function urlsOf(run: Run): { playground: string; emulator: string } {
  const playground = run.out[0]!.replace('bufferkit playground: ', '');
  const emulator = run.out[1]!.replace('Buffer emulator:      ', '');
  expect(playground).toMatch(ORIGIN);
  expect(emulator).toMatch(ORIGIN);
  return { playground, emulator };
}

describe('runMain (npm start)', () => {
  it('prints both URLs and which Buffer it talks to; SIGINT closes both servers and resolves 0', async () => {
    const main = run({ PORT: '0', EMULATOR_PORT: '0' });
    await started(main);
    const { playground, emulator } = urlsOf(main);
    expect(main.out).toEqual([
      `bufferkit playground: ${playground}`,
      `Buffer emulator:      ${emulator}`,
      `Talking to the embedded Buffer emulator at ${emulator}.`,
      'Press Ctrl-C to stop.',
    ]);
    expect(main.err).toEqual([]);
    expect((await fetch(`${playground}/`)).status).toBe(200);
    expect((await fetch(`${emulator}/oauth2/authorize`)).status).toBe(400);

    main.signals.emit('SIGINT');
    expect(await main.exit).toBe(0);
    expect(main.out.slice(4)).toEqual(['', 'SIGINT: shutting down…']);
    expect(main.err).toEqual([]);
    await expect(fetch(`${playground}/`)).rejects.toThrow();
    await expect(fetch(`${emulator}/1/user.json`)).rejects.toThrow();
    // Nothing is left listening for signals.
    expect(main.signals.listenerCount('SIGINT')).toBe(0);
    expect(main.signals.listenerCount('SIGTERM')).toBe(0);
  });

  it('SIGTERM stops it the same way; a second signal while closing is absorbed', async () => {
    const main = run({ PORT: '0', EMULATOR_PORT: '0' });
    await started(main);
    const { playground } = urlsOf(main);
    main.signals.emit('SIGTERM');
    main.signals.emit('SIGINT');
    expect(await main.exit).toBe(0);
    expect(main.out.slice(4)).toEqual(['', 'SIGTERM: shutting down…']);
    await expect(fetch(`${playground}/`)).rejects.toThrow();
  });

  it('a taken PORT ends it with exit code 1 and one line naming PORT; nothing is printed on stdout', async () => {
    const port = await occupy();
    const main = run({ PORT: String(port), EMULATOR_PORT: '0' });
    expect(await main.exit).toBe(1);
    expect(main.err).toEqual([
      `bufferkit playground: Port ${port} on 127.0.0.1 is already in use (wanted by the playground); stop what uses it or set PORT.`,
    ]);
    expect(main.out).toEqual([]);
    expect(main.signals.listenerCount('SIGINT')).toBe(0);
  });

  it('a taken EMULATOR_PORT ends it with exit code 1 and one line naming EMULATOR_PORT', async () => {
    const emulatorPort = await occupy();
    const main = run({ PORT: '0', EMULATOR_PORT: String(emulatorPort) });
    expect(await main.exit).toBe(1);
    expect(main.err).toEqual([
      `bufferkit playground: Port ${emulatorPort} on 127.0.0.1 is already in use (wanted by the emulator); stop what uses it or set EMULATOR_PORT.`,
    ]);
    expect(main.out).toEqual([]);
  });

  it('a bad environment variable ends it with exit code 1 and the configuration error, before anything starts', async () => {
    const start = vi.fn<NonNullable<MainIo['start']>>();
    const main = run({ PORT: 'eighty' }, start);
    expect(await main.exit).toBe(1);
    expect(main.err).toEqual([
      'bufferkit playground: PORT must be a port number between 0 and 65535, got "eighty".',
    ]);
    expect(main.out).toEqual([]);
    expect(start).not.toHaveBeenCalled();
  });

  it('an unexpected start failure is one line with its name and message', async () => {
    const main = run({ PORT: '0' }, () => Promise.reject(new TypeError('no sockets today')));
    expect(await main.exit).toBe(1);
    expect(main.err).toEqual(['bufferkit playground: could not start (TypeError: no sockets today)']);
    expect(main.out).toEqual([]);
  });

  it('a failure to close is reported, not swallowed, and the exit code is 1', async () => {
    const running: RunningPlayground = {
      url: 'http://127.0.0.1:3000',
      emulatorUrl: undefined,
      bufferLabel: 'a test Buffer',
      close: () => Promise.reject(new Error('socket stuck')),
    };
    const main = run({}, async () => running);
    await started(main);
    main.signals.emit('SIGINT');
    expect(await main.exit).toBe(1);
    expect(main.out).toEqual([
      'bufferkit playground: http://127.0.0.1:3000',
      'Talking to a test Buffer.',
      'Press Ctrl-C to stop.',
      '',
      'SIGINT: shutting down…',
    ]);
    expect(main.err).toEqual(['bufferkit playground: could not stop cleanly (Error: socket stuck)']);
  });

  it('token mode prints the real Buffer and no emulator, and never the token', async () => {
    const token = '1/secret-owner-token-d41d8cd98f00b204';
    const main = run({ PORT: '0', EMULATOR_PORT: '0', BUFFER_ACCESS_TOKEN: token });
    await started(main);
    const playground = main.out[0]!.replace('bufferkit playground: ', '');
    expect(playground).toMatch(ORIGIN);
    expect(main.out).toEqual([
      `bufferkit playground: ${playground}`,
      'Talking to Buffer (https://api.bufferapp.com/1) with BUFFER_ACCESS_TOKEN.',
      'Press Ctrl-C to stop.',
    ]);
    main.signals.emit('SIGINT');
    expect(await main.exit).toBe(0);
    expect([...main.out, ...main.err].join('\n')).not.toContain('secret-owner-token');
  });

  it('real OAuth mode on localhost says to open the playground at the callback origin, and never prints the secret', async () => {
    const port = await occupy();
    await cleanup.pop()!(); // free it for the playground
    const main = run({
      BUFFER_CLIENT_ID: '4e9680b8512f7e6b22000000',
      BUFFER_CLIENT_SECRET: 'client-secret-7c4a8d09ca3762af',
      BUFFER_REDIRECT_URI: `http://localhost:${port}/callback`,
    });
    await started(main);
    expect(main.out).toEqual([
      `bufferkit playground: http://127.0.0.1:${port}`,
      'Talking to Buffer (https://api.bufferapp.com/1).',
      `Open it as http://localhost:${port} (the origin of BUFFER_REDIRECT_URI), so the sign-in can finish.`,
      'Press Ctrl-C to stop.',
    ]);
    main.signals.emit('SIGINT');
    expect(await main.exit).toBe(0);
    expect([...main.out, ...main.err].join('\n')).not.toContain('client-secret');
  });

  it('real OAuth mode at the playground’s own origin prints no reminder', async () => {
    const port = await occupy();
    await cleanup.pop()!();
    const main = run({
      BUFFER_CLIENT_ID: '4e9680b8512f7e6b22000000',
      BUFFER_CLIENT_SECRET: 'client-secret-7c4a8d09ca3762af',
      BUFFER_REDIRECT_URI: `http://127.0.0.1:${port}/callback`,
    });
    await started(main);
    expect(main.out).toEqual([
      `bufferkit playground: http://127.0.0.1:${port}`,
      'Talking to Buffer (https://api.bufferapp.com/1).',
      'Press Ctrl-C to stop.',
    ]);
  });
});
