#!/usr/bin/env node
import { ConfigError, loadConfig } from './config.js';
import { PortInUseError, startPlayground } from './server.js';

async function main(): Promise<void> {
  let running: Awaited<ReturnType<typeof startPlayground>>;
  try {
    running = await startPlayground(loadConfig(process.env));
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
