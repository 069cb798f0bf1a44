// Fails when src/generated is not what the spec generates today, so a spec edit cannot ship without its types.
import { readFile } from 'node:fs/promises';
import { generate, OUTPUT_PATH } from './codegen.mjs';

const expected = await generate();
const actual = await readFile(OUTPUT_PATH, 'utf8').catch(() => undefined);
if (actual !== expected) {
  console.error(
    actual === undefined
      ? 'src/generated/buffer-v1.gen.ts is missing: run npm run generate -w @bufferkit/api'
      : 'src/generated/buffer-v1.gen.ts is stale (openapi/buffer-v1.yaml changed): run npm run generate -w @bufferkit/api',
  );
  process.exit(1);
}
console.log('src/generated/buffer-v1.gen.ts is up to date');
