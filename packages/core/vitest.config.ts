import { bufferkitProject } from '../../tools/vitest-project.js';

export default bufferkitProject('core');
