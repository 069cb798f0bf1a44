import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Resolve workspace siblings to their TypeScript sources, so tests need no prior build.
  ssr: { resolve: { conditions: ['@bufferkit/source', ...defaultServerConditions] } },
  test: {
    name: 'playground',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.spec.json' },
  },
});
