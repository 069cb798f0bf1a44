import { createServer } from 'node:net';
import { describe, expect, test } from 'vitest';
import { banner, exitCodeWithoutServer, parseCliArgs, startCli } from './cli-main.js';
import { DEMO_APP } from './create-emulator.js';

function collect() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('CLI', () => {
  test('parses --port and --host, in both spellings', () => {
    expect(parseCliArgs([])).toEqual({ port: 4010, host: '127.0.0.1', help: false });
    expect(parseCliArgs(['--port', '0', '--host=::1'])).toEqual({ port: 0, host: '::1', help: false });
    expect(() => parseCliArgs(['--port', 'abc'])).toThrow(
      '--port must be a number from 0 to 65535, got "abc".',
    );
    expect(() => parseCliArgs(['--verbose'])).toThrow('Unknown option --verbose.');
  });

  test('exit status without a server: 0 for --help alone, 1 when the arguments are bad even with -h', () => {
    expect(exitCodeWithoutServer(['--help'])).toBe(0);
    expect(exitCodeWithoutServer(['-h'])).toBe(0);
    expect(exitCodeWithoutServer(['-h', '--port'])).toBe(1);
    expect(exitCodeWithoutServer(['--port', 'abc', '--help'])).toBe(1);
    expect(exitCodeWithoutServer(['--port', '4010'])).toBe(1);
  });

  test('starts, prints the URLs and the demo credentials, and serves the API', async () => {
    const { io, out, err } = collect();
    const server = await startCli(['--port', '0'], io);
    expect(server).toBeDefined();
    if (!server) return;
    try {
      expect(err).toEqual([]);
      expect(out).toEqual([banner(server.url)]);
      expect(out[0]).toContain(`Authorize URL  ${server.url}/oauth2/authorize`);
      expect(out[0]).toContain(`Token URL      ${server.url}/1/oauth2/token.json`);
      expect(out[0]).toContain(DEMO_APP.clientId);
      expect(out[0]).toContain(DEMO_APP.clientSecret);
      expect(out[0]).toContain(DEMO_APP.redirectUri);
      expect(out[0]).not.toMatch(/1\/[0-9a-f]{32}/);
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/1/user.json`);
      expect(response.status).toBe(403);
    } finally {
      await server.close();
    }
  });

  test('a port in use gives a clear message and no server', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const { io, err } = collect();
    try {
      expect(await startCli(['--port', String(port)], io)).toBeUndefined();
      expect(err).toEqual([
        `Port ${port} on 127.0.0.1 is already in use. Stop the other process or pick another port with --port <n>.`,
      ]);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
