import { readFileSync } from 'node:fs';
import * as emulatorModule from '@bufferkit/emulator';
import { DEMO_IDS } from '@bufferkit/emulator';
import { describe, expect, test } from 'vitest';
import { extractExamples, runExample } from '../../../tools/readme-examples.js';
import * as api from './index.js';
import { consent } from './test-support/consent.js';
import { EMULATOR_BASE_URL, emulatorTransport } from './test-support/harness.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = extractExamples(readme);

describe('README examples run against the emulator', () => {
  test('there is an example for OAuth and for each group of methods', () => {
    expect(examples.length).toBeGreaterThanOrEqual(9);
    for (const needle of [
      'createBufferOAuth',
      'client.user.',
      'client.profiles.',
      'client.updates.create',
      'iterateSent',
      'client.links.',
      'client.info.',
      'client.request(',
    ]) {
      expect(examples.some((e) => e.code.includes(needle))).toBe(true);
    }
  });

  test.each(examples.map((example) => ({ example, line: example.line })))(
    'example at line $line',
    async ({ example }) => {
      const emulator = emulatorModule.createEmulator({ now: Date.UTC(2030, 0, 15, 9, 0, 0) });
      const transport = emulatorTransport(emulator);
      const client = api.createBufferClient({
        accessToken: emulator.issueToken(),
        baseUrl: EMULATOR_BASE_URL,
        transport,
      });
      const failed: unknown[] = [];
      const assert = (condition: unknown, ...data: unknown[]) => {
        if (!condition) failed.push(data.length ? data : 'console.assert failed');
      };
      const originalAssert = console.assert;
      console.assert = assert;
      try {
        await runExample(
          example,
          { '@bufferkit/api': api, '@bufferkit/emulator': emulatorModule },
          {
            emulator,
            transport,
            // The example that shows how to build a client declares its own.
            ...(/\bconst client\b/.test(example.code) ? {} : { client }),
            profileId: DEMO_IDS.twitter,
            userApproves: (url: string) => consent(emulator, url, 'approve'),
          },
        );
      } finally {
        console.assert = originalAssert;
      }
      expect(failed).toEqual([]);
    },
  );
});

// The root README's end-to-end example uses this package with the emulator; it creates what it needs itself.
describe('README.md (repository root)', () => {
  const rootExamples = extractExamples(
    readFileSync(new URL('../../../README.md', import.meta.url), 'utf8'),
  ).filter((example) => /from '@bufferkit\/api'/.test(example.code));

  test('has an example using @bufferkit/api', () => {
    expect(rootExamples.length).toBeGreaterThanOrEqual(1);
  });

  test.each(rootExamples.map((example) => ({ example, line: example.line })))(
    'example at line $line',
    async ({ example }) => {
      await runExample(example, { '@bufferkit/api': api, '@bufferkit/emulator': emulatorModule });
    },
  );
});
