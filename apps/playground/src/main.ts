#!/usr/bin/env node
// The entry `npm start` runs; everything it does is `runMain` (run-main.ts), tested in-process.
import { runMain } from './run-main.js';

void runMain(process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  signals: process,
}).then((code) => process.exit(code));
