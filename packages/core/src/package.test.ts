import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';

const root = join(import.meta.dirname, '..');

describe('@bufferkit/core package', () => {
  it('has zero runtime dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      expect(Object.keys((manifest[field] as object | undefined) ?? {})).toEqual([]);
    }
  });

  it('imports nothing but its own files in the published sources (Web APIs only, no node:)', () => {
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file) && !file.startsWith('test-support'),
    );
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) {
      const text = readFileSync(join(root, 'src', file), 'utf8');
      const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'/g)].map(
        (m) => m[1] ?? m[2],
      );
      for (const specifier of specifiers)
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\/.+\.js$/);
      expect(text, file).not.toMatch(/\bprocess\.|\brequire\(|Math\.random/);
    }
  });

  it('exports its public API by name', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'API_BASE_URL',
        'AUTHORIZE_URL',
        'BUFFER_ERROR',
        'BUFFER_ERROR_CODES',
        'BufferkitError',
        'CALLBACK_ERRORS',
        'CODE_LIFETIME_MS',
        'FORM_CONTENT_TYPE',
        'INPUT_ERRORS',
        'InvalidInputError',
        'OAUTH_ERRORS',
        'OAuthCallbackError',
        'OAuthError',
        'STATE_BYTES',
        'TOKEN_PLACEMENTS',
        'TOKEN_URL',
        'assertValidToken',
        'bodySnippet',
        'buildAuthorizationUrl',
        'buildTokenRequest',
        'describeBufferError',
        'encodeForm',
        'formEntries',
        'generateState',
        'parseCallback',
        'parseTokenResponse',
        'redactSecrets',
        'timingSafeEqual',
        'withAccessToken',
      ].sort(),
    );
  });
});
