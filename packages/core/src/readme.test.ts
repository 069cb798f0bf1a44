import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractExamples, type ReadmeExample, runExample } from '../../../tools/readme-examples.js';
import * as core from './index.js';

const modules = { '@bufferkit/core': core };
const IMPORT_FROM = /^import\s[^;]*?from\s+['"]([^'"]+)['"]/gm;

function importsOf(example: ReadmeExample): string[] {
  return [...example.code.matchAll(IMPORT_FROM)].map((match) => match[1] ?? '');
}

describe('packages/core/README.md', () => {
  const examples = extractExamples(readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8'));

  it('has runnable examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.some((example) => /parseCallback[\s\S]*buildTokenRequest/.test(example.code))).toBe(true);
  });

  it.each(examples.map((example) => [example.line, example] as const))(
    'example at line %i runs',
    async (_line, example) => {
      await runExample(example, modules);
    },
  );
});

// The root README shows the same flow; run its examples that use only this package.
describe('README.md (repository root)', () => {
  const path = join(import.meta.dirname, '..', '..', '..', 'README.md');
  const examples = existsSync(path)
    ? extractExamples(readFileSync(path, 'utf8')).filter((example) => {
        const imports = importsOf(example);
        return imports.includes('@bufferkit/core') && imports.every((from) => from === '@bufferkit/core');
      })
    : [];

  // Reported as skipped (not as a vacuous pass) until the root README has such an example.
  if (examples.length === 0) it.skip('has @bufferkit/core examples (none yet)', () => {});

  it.each(examples.map((example) => [example.line, example] as const))(
    'example at line %i runs',
    async (_line, example) => {
      await runExample(example, modules);
    },
  );
});
