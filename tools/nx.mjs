#!/usr/bin/env node
// Runs nx with the settings every script and CI must share: no daemon, no cloud, no TUI.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nxBin = require.resolve('nx/bin/nx.js');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const result = spawnSync(process.execPath, [nxBin, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
