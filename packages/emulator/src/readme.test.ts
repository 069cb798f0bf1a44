import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractExamples, runExample } from '../../../tools/readme-examples.js';
import * as emulator from './index.js';

const modules = { '@bufferkit/emulator': emulator };

describe('packages/emulator/README.md', () => {
  const examples = extractExamples(readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8'));

  it('has runnable examples for programmatic use, HTTP/OAuth and test suites', () => {
    expect(examples.length).toBe(4);
    expect(examples.some((e) => e.code.includes('/oauth2/authorize/decision'))).toBe(true);
  });

  it.each(examples.map((example) => [example.line, example] as const))(
    'example at line %i runs',
    async (_line, example) => {
      await runExample(example, modules);
    },
  );
});
