import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('@bufferkit/emulator package', () => {
  // The emulator is an independent second implementation of Buffer's rules: SDK-against-emulator tests only
  // check two implementations against each other if it shares no code with the SDK.
  it('imports none of the other bufferkit packages, in sources or manifest', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies']) {
      const names = Object.keys((manifest[field] as object | undefined) ?? {});
      expect(names.filter((name) => name.startsWith('@bufferkit/'))).toEqual([]);
    }
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    );
    expect(sources.length).toBeGreaterThan(20);
    for (const file of sources) {
      const text = readFileSync(join(root, 'src', file), 'utf8');
      expect(text, file).not.toMatch(
        /from\s+'@bufferkit\/|import\(\s*'@bufferkit\/|\.\.\/\.\.\/(core|transport|api)\//,
      );
    }
  });
});
