#!/usr/bin/env node
import { ConfigError, loadConfig } from './config.js';
import { PortInUseError, startPlayground } from './server.js';

async function main(): Promise<void> {
  let running: Awaited<ReturnType<typeof startPlayground>>;
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
    running = await startPlayground(config);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof PortInUseError) {
      console.error(`bufferkit playground: ${error.message}`);
      process.exit(1);
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(`bufferkit playground: could not start (${message})`);
    process.exit(1);
  }

  console.log(`bufferkit playground: ${running.url}`);
  if (running.emulatorUrl !== undefined) console.log(`Buffer emulator:      ${running.emulatorUrl}`);
  console.log(`Talking to ${running.bufferLabel}.`);
  const callbackOrigin = config.oauth === undefined ? undefined : new URL(config.oauth.redirectUri).origin;
  if (callbackOrigin !== undefined && callbackOrigin !== running.url) {
    // The session cookie belongs to one host name; the sign-in must start where Buffer will send the browser back.
    console.log(
      `Open it as ${callbackOrigin} (the origin of BUFFER_REDIRECT_URI), so the sign-in can finish.`,
    );
  }
  console.log('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down…`);
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
