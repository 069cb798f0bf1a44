import { ConfigError, loadConfig } from './config.js';
import { PortInUseError, type RunningPlayground, startPlayground } from './server.js';

/** The signals that stop the playground: Ctrl-C and a service manager's polite stop. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

export const STOP_SIGNALS: readonly StopSignal[] = ['SIGINT', 'SIGTERM'];

export interface MainIo {
  /** Writes one line (no trailing newline) for the person who started the playground. */
  out(line: string): void;
  /** Writes one line (no trailing newline) about a failure. */
  err(line: string): void;
  /** Where the stop signals come from: `process` in the entry, any emitter in tests. */
  signals: {
    on(signal: StopSignal, listener: () => void): unknown;
    off(signal: StopSignal, listener: () => void): unknown;
  };
  /** Starts the servers; `startPlayground` unless a test swaps it. */
  start?: (config: ReturnType<typeof loadConfig>) => Promise<RunningPlayground>;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * What `npm start` does: reads the environment, starts the servers, prints where they are and which Buffer they
 * talk to, and on SIGINT/SIGTERM closes both. Resolves with the process's exit code: 1 (after one line on `err`)
 * when it cannot start, otherwise 0 once a stop signal has closed both servers (1 if closing failed).
 */
export async function runMain(
  env: Readonly<Record<string, string | undefined>>,
  io: MainIo,
): Promise<number> {
  const start = io.start ?? startPlayground;
  let running: RunningPlayground;
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
    running = await start(config);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof PortInUseError) {
      io.err(`bufferkit playground: ${error.message}`);
    } else {
      io.err(`bufferkit playground: could not start (${describe(error)})`);
    }
    return 1;
  }

  io.out(`bufferkit playground: ${running.url}`);
  if (running.emulatorUrl !== undefined) io.out(`Buffer emulator:      ${running.emulatorUrl}`);
  io.out(`Talking to ${running.bufferLabel}.`);
  const callbackOrigin = config.oauth === undefined ? undefined : new URL(config.oauth.redirectUri).origin;
  if (callbackOrigin !== undefined && callbackOrigin !== running.url) {
    // The session cookie belongs to one host name; the sign-in must start where Buffer will send the browser back.
    io.out(`Open it as ${callbackOrigin} (the origin of BUFFER_REDIRECT_URI), so the sign-in can finish.`);
  }
  io.out('Press Ctrl-C to stop.');

  return new Promise<number>((resolve) => {
    const listeners = STOP_SIGNALS.map((signal) => [signal, () => stop(signal)] as const);
    let stopping = false;
    // A second Ctrl-C while closing is absorbed (the listeners stay until both servers are closed).
    function stop(signal: StopSignal): void {
      if (stopping) return;
      stopping = true;
      io.out('');
      io.out(`${signal}: shutting down…`);
      running.close().then(
        () => finish(0),
        (error: unknown) => {
          io.err(`bufferkit playground: could not stop cleanly (${describe(error)})`);
          finish(1);
        },
      );
    }
    function finish(code: number): void {
      for (const [signal, listener] of listeners) io.signals.off(signal, listener);
      resolve(code);
    }
    for (const [signal, listener] of listeners) io.signals.on(signal, listener);
  });
}
