// One code path for `npm run generate` and the staleness check, so both produce the same bytes.
import { readFile } from 'node:fs/promises';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

export const SPEC_PATH = new URL('../openapi/buffer-v1.yaml', import.meta.url);
export const OUTPUT_PATH = new URL('../src/generated/buffer-v1.gen.ts', import.meta.url);

export async function generate() {
  const spec = await readFile(SPEC_PATH, 'utf8');
  const ast = await openapiTS(spec, { silent: true });
  return `${COMMENT_HEADER}// Generated from openapi/buffer-v1.yaml by scripts/generate.mjs. Do not edit: run \`npm run generate -w @bufferkit/api\`.\n\n${astToString(ast)}`;
}
