#!/usr/bin/env node
import { exitCodeWithoutServer, startCli } from './cli-main.js';

const server = await startCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
if (!server) {
  process.exitCode = exitCodeWithoutServer(process.argv.slice(2));
} else {
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
