import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractExamples, runExample } from '../../../tools/readme-examples.js';
import * as transport from './index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = extractExamples(readme);

// A tiny server for the examples: `/busy` is rate limited for an hour, `/echo-agent` answers the
// User-Agent it got, everything else answers "ok".
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    if (request.url === '/busy') response.writeHead(429, { 'retry-after': '3600' }).end('{"error":"busy"}');
    else if (request.url === '/echo-agent') response.writeHead(200).end(request.headers['user-agent']);
    else response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
});
let serverUrl = '';

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What each example prints, in order (durations and ports vary, so lines are patterns). */
const expected: RegExp[][] = [
  [/^200 ok$/],
  [/^200 \{"path":"\/1\/user.json"\}$/],
  [/^my-app\/1\.0$/],
  [/^200$/],
  [
    /^→ POST http:\/\/127\.0\.0\.1:\d+\/1\/oauth2\/token\.json\?access_token=\[REDACTED\] #1 client_id=abc&client_secret=\[REDACTED\]&code=\[REDACTED\]&grant_type=authorization_code$/,
    /^← 200 http:\/\/127\.0\.0\.1:\d+\/1\/oauth2\/token\.json\?access_token=\[REDACTED\] in \d+ ms$/,
  ],
  [/^come back in 3600000 ms 429$/],
  [
    /^https:\/\/api\.bufferapp\.com\/1\/user\.json\?access_token=\[REDACTED\]$/,
    /^client_id=x&client_secret=\[REDACTED\]&code=\[REDACTED\]$/,
    /^\[REDACTED\]$/,
  ],
];

describe('README examples', () => {
  it('has one expectation per example', () => {
    expect(examples).toHaveLength(expected.length);
  });

  it.each(examples.map((example, index) => [example.line, example, index] as const))(
    'the example at line %i runs and prints what it says',
    async (_line, example, index) => {
      const lines: string[] = [];
      const console = { log: (...parts: unknown[]) => lines.push(parts.join(' ').trimEnd()) };
      await runExample(example, { '@bufferkit/transport': transport }, { serverUrl, console });
      const patterns = expected[index] ?? [];
      expect(lines).toHaveLength(patterns.length);
      patterns.forEach((pattern, i) => {
        expect(lines[i]).toMatch(pattern);
      });
      expect(lines.join('\n')).not.toMatch(/1\/abc|1\/secret|s3cret|1\/xyz|1\/my-token/);
    },
  );
});
