#!/usr/bin/env node
// Proves the packages work as published: packs each one, installs only the tarballs into a fresh project outside
// the workspace, runs a Node ESM script that imports every public export and makes real calls, and type-checks a
// TypeScript consumer under moduleResolution nodenext and bundler. Expects `npm run build` to have run.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const here = join(root, 'tools/consumer');
const packages = ['core', 'transport', 'api', 'emulator'];
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const pinned = JSON.parse(execFileSync('npm', ['pkg', 'get', 'devDependencies', '--json'], { cwd: root }));

const work = mkdtempSync(join(tmpdir(), 'bufferkit-consumer-'));
const run = (cmd, args, cwd = work) => {
  process.stdout.write(`$ ${[cmd, ...args].join(' ')}\n`);
  execFileSync(cmd, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
};

try {
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  for (const name of packages) {
    run('npm', ['pack', '--silent', '--pack-destination', tarballs], join(root, 'packages', name));
  }
  const files = readdirSync(tarballs);
  const dependencies = Object.fromEntries(
    packages.map((name) => {
      const file = files.find((f) => f.startsWith(`bufferkit-${name}-`));
      if (!file) throw new Error(`npm pack produced no tarball for @bufferkit/${name}`);
      return [`@bufferkit/${name}`, `file:./tarballs/${file}`];
    }),
  );
  // ky is transport's optional peer: a consumer that wants kyTransport installs it.
  dependencies.ky = '1.14.3';
  const project = join(work, 'project');
  cpSync(here, project, { recursive: true });
  cpSync(tarballs, join(project, 'tarballs'), { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify(
      {
        name: 'bufferkit-consumer',
        private: true,
        type: 'module',
        dependencies,
        devDependencies: { '@types/node': pinned['@types/node'], typescript: pinned.typescript },
      },
      null,
      2,
    )}\n`,
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], project);
  // Siblings must come from the tarballs, never from a registry copy nested under a dependent.
  for (const name of packages) {
    const nested = join(project, 'node_modules/@bufferkit', name, 'node_modules/@bufferkit');
    if (existsSync(nested))
      throw new Error(`@bufferkit/${name} installed its own copy of ${readdirSync(nested)}`);
  }
  run(process.execPath, ['consumer.mjs'], project);
  // The emulator's CLI is installed as a bin and starts from the tarball.
  run('npx', ['--no-install', 'bufferkit-emulator', '--help'], project);
  run(process.execPath, [tsc, '-p', 'tsconfig.nodenext.json'], project);
  run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], project);
  console.log('consumer test: the packed tarballs install, import, run and type-check outside the workspace');
} finally {
  rmSync(work, { recursive: true, force: true });
}
