import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generate, OUTPUT_PATH } from './codegen.mjs';

await mkdir(new URL('.', OUTPUT_PATH), { recursive: true });
await writeFile(OUTPUT_PATH, await generate());
console.log(`wrote ${fileURLToPath(OUTPUT_PATH)}`);
