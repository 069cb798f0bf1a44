#!/usr/bin/env node
// `npm test`: every check CI runs, in order, then one closing line with the test counts of every project.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const projects = [
  'packages/core',
  'packages/transport',
  'packages/api',
  'packages/emulator',
  'apps/playground',
];
const resultsOf = (project) => join(root, project, 'test-output/vitest-results.json');

const steps = [
  ['TS project references in sync', ['tools/nx.mjs', 'sync:check']],
  // The whole tree, root files included; each project's own lint target repeats its part and adds its extras.
  ['lint and format of the whole repository', ['node_modules/@biomejs/biome/bin/biome', 'ci', '.']],
  [
    'lint, typecheck, tests and package checks of every project',
    ['tools/nx.mjs', 'run-many', '-t', 'lint', 'typecheck', 'test', 'check-package', '--outputStyle=static'],
  ],
  ['consumer test of the packed tarballs', ['tools/consumer-test.mjs']],
];

for (const project of projects) rmSync(resultsOf(project), { force: true });
for (const [title, args] of steps) {
  console.log(`\n=== ${title}`);
  const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\nnpm test failed at: ${title}`);
    process.exit(status ?? 1);
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const project of projects) {
  if (!existsSync(resultsOf(project)))
    throw new Error(`${project} wrote no test results: did its tests run?`);
  const results = JSON.parse(readFileSync(resultsOf(project), 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
}
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (skipped > 0) {
  console.log(
    'Skipped tests are browser tests without Chromium: apt-get install -y chromium (or set BUFFERKIT_CHROMIUM).',
  );
}
if (failed > 0 || passed === 0) process.exit(1);
