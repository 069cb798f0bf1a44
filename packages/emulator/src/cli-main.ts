import { createEmulator, DEMO_APP, type EmulatorOptions, type ListeningEmulator } from './create-emulator.js';

export interface CliOptions {
  port: number;
  host: string;
  help: boolean;
}

export const USAGE = `Usage: bufferkit-emulator [--port 4010] [--host 127.0.0.1]

Starts a local Buffer (OAuth provider + API v1) for development and tests.`;

/** Parses argv (without node and script). Throws an Error with a message fit for the terminal. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { port: 4010, host: '127.0.0.1', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value.\n\n${USAGE}`);
      return v;
    };
    if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--port' || flag === '-p') {
      const raw = value();
      const port = Number(raw);
      if (!/^\d+$/.test(raw) || port > 65535)
        throw new Error(`--port must be a number from 0 to 65535, got "${raw}".`);
      options.port = port;
    } else if (flag === '--host') options.host = value();
    else throw new Error(`Unknown option ${arg}.\n\n${USAGE}`);
  }
  return options;
}

/** The exit status when {@link startCli} started nothing: 0 only for a well-formed `--help`. */
export function exitCodeWithoutServer(argv: readonly string[]): number {
  try {
    return parseCliArgs(argv).help ? 0 : 1;
  } catch {
    return 1;
  }
}

/** The startup banner: where things are and the demo app's credentials. Never any access token. */
export function banner(url: string): string {
  return [
    `Buffer emulator listening on ${url}`,
    '',
    `  Authorize URL  ${url}/oauth2/authorize`,
    `  Token URL      ${url}/1/oauth2/token.json`,
    `  API base URL   ${url}/1`,
    '',
    '  Demo app (registered in the emulator only):',
    `    client id      ${DEMO_APP.clientId}`,
    `    client secret  ${DEMO_APP.clientSecret}`,
    `    redirect URI   ${DEMO_APP.redirectUri}`,
    '',
    'Press Ctrl-C to stop.',
  ].join('\n');
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Starts the emulator for the CLI; resolves to the server, or undefined after printing why it could not start. */
export async function startCli(
  argv: readonly string[],
  io: CliIo,
  emulatorOptions: EmulatorOptions = {},
): Promise<ListeningEmulator | undefined> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    io.err((error as Error).message);
    return undefined;
  }
  if (options.help) {
    io.out(USAGE);
    return undefined;
  }
  const emulator = createEmulator(emulatorOptions);
  try {
    const server = await emulator.listen({ port: options.port, host: options.host });
    io.out(banner(server.url));
    return server;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      io.err(
        `Port ${options.port} on ${options.host} is already in use. Stop the other process or pick another port with --port <n>.`,
      );
    else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      io.err(`Cannot listen on host ${options.host}: no such local address.`);
    else io.err(`Could not start the emulator: ${(error as Error).message}`);
    return undefined;
  }
}
