#!/usr/bin/env node
// `npm start`: build the playground and the packages it runs on (their dist), then run it in the foreground.
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

console.log('Building the playground and the packages it uses…');
const build = spawnSync(
  process.execPath,
  [join(root, 'tools/nx.mjs'), 'run', '@bufferkit/playground:build', '--outputStyle=static'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) {
  console.error('The build failed (see above); nothing was started.');
  process.exit(build.status ?? 1);
}

const child = spawn(process.execPath, [join(root, 'apps/playground/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the child through the terminal's process group too; passing signals on is harmless (it stops once).
// Either way this process waits for the child to close both servers and exits with its code.
process.on('SIGINT', () => child.kill('SIGINT'));
process.on('SIGTERM', () => child.kill('SIGTERM'));
// A child killed by a signal exits as shells report it: 128 + the signal's number.
child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
