import { bufferkitProject } from '../../tools/vitest-project.js';

export default bufferkitProject('playground', ['src/**/*.test.ts', 'src/**/*.test.tsx']);
