// The vitest config every project shares, so they cannot drift apart.
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/** Where each project's run writes its counts; tools/test.mjs adds them up into one closing line. */
export const RESULTS_FILE = 'test-output/vitest-results.json';

export function bufferkitProject(name: string, include: string[] = ['src/**/*.test.ts']) {
  return defineConfig({
    // Resolve workspace siblings to their TypeScript sources, so tests need no prior build.
    ssr: { resolve: { conditions: ['@bufferkit/source', ...defaultServerConditions] } },
    test: {
      name,
      include,
      environment: 'node',
      typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.spec.json' },
      reporters: ['default', ['json', { outputFile: RESULTS_FILE }]],
    },
  });
}
