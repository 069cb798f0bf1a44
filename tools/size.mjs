#!/usr/bin/env node
// Prints the bundled size of each runtime package's public entry (min and min+gzip).
// It reports figures for the README; it asserts nothing. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packages = [
  { dir: 'packages/core', platform: 'neutral' },
  { dir: 'packages/transport', platform: 'neutral' },
  { dir: 'packages/api', platform: 'neutral' },
  { dir: 'packages/emulator', platform: 'node' },
];

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const rows = [];
for (const { dir, platform } of packages) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  // Peer dependencies are the user's to bring (ky); everything else a user would ship is counted.
  const external = Object.keys(manifest.peerDependencies ?? {});
  const result = await build({
    entryPoints: [join(root, dir, 'dist/index.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    mainFields: ['module', 'main'],
    external,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  rows.push({ name: manifest.name, min: code.length, gzip: gzipSync(code, { level: 9 }).length });
}

console.log('| package | min | min+gzip |');
console.log('| --- | ---: | ---: |');
for (const row of rows) console.log(`| ${row.name} | ${kib(row.min)} | ${kib(row.gzip)} |`);
