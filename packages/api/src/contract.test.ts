import { DEMO_APP, DEMO_IDS } from '@bufferkit/emulator';
import { fetchTransport, type HttpRequest, type HttpResponse } from '@bufferkit/transport';
import { expect, test } from 'vitest';
import { RESPONSE_SCHEMAS } from './escape-hatch.js';
import { createBufferClient, createBufferOAuth } from './index.js';
import { ErrorBodySchema, OAuthErrorBodySchema, TokenResponseSchema } from './schemas/common.js';
import { consent } from './test-support/consent.js';
import { EMULATOR_BASE_URL, EMULATOR_ORIGIN, emulatorTransport, setup } from './test-support/harness.js';
import { createSpecValidator } from './test-support/spec.js';
import type * as z from './test-support/zod.js';

interface Exchange {
  request: HttpRequest;
  response: HttpResponse;
}

const ignore = () => undefined;

test('a scripted tour of the emulator: every body matches the spec (Ajv 2020-12) and the zod schemas', async () => {
  const h = setup({ rateLimit: { limit: 1000, windowMs: 60_000 } });
  const exchanges: Exchange[] = [];
  const inner = fetchTransport({ fetch: h.emulator.fetch });
  const recording = async (request: HttpRequest) => {
    const response = await inner(request);
    exchanges.push({ request, response });
    return response;
  };
  const transport = emulatorTransport(h.emulator, recording);
  const client = createBufferClient({ accessToken: h.token, baseUrl: EMULATOR_BASE_URL, transport });
  const { twitter, facebook } = DEMO_IDS;
  const missing = '000000000000000000000000';

  // Successes
  await client.user.get();
  await client.profiles.list();
  await client.profiles.get(twitter);
  await client.profiles.schedules.get(twitter);
  await client.profiles.schedules.update(twitter, [{ days: ['mon'], times: ['09:00'] }]);
  await client.updates.get(DEMO_IDS.sent.twitter);
  await client.updates.pending(twitter);
  await client.updates.sent(twitter, { filter: 'all' });
  await client.updates.interactions(DEMO_IDS.sent.twitter, { event: 'retweet' });
  const created = await client.updates.create({
    profileIds: [twitter, facebook],
    text: 'Tour https://example.com',
    media: { photo: 'https://example.com/p.png' },
  });
  const newId = created.updates[0]?.id ?? '';
  await client.updates.edit(newId, { text: 'Tour, edited' });
  await client.updates.reorder(twitter, { order: [newId] });
  await client.updates.shuffle(twitter, { count: 2 });
  await client.updates.moveToTop(DEMO_IDS.pending.twitterFirst);
  await client.updates.share(DEMO_IDS.pending.twitterSecond);
  await client.updates.destroy(newId);
  await client.links.shares('https://example.com');
  await client.info.configuration();

  // Errors
  await client.profiles.get(missing).catch(ignore);
  await client.profiles.get(DEMO_IDS.otherProfile).catch(ignore);
  await client.profiles.schedules.get(missing).catch(ignore);
  await client.profiles.schedules.update(missing, [{ days: ['mon'], times: ['09:00'] }]).catch(ignore);
  await client.updates.get(missing).catch(ignore);
  await client.updates.get(DEMO_IDS.otherUpdate).catch(ignore);
  await client.updates.pending(missing).catch(ignore);
  await client.updates.sent(missing).catch(ignore);
  await client.updates.interactions(DEMO_IDS.sent.twitter, { event: 'plusone' }).catch(ignore);
  await client.updates.interactions(missing, { event: 'retweet' }).catch(ignore);
  await client.updates.reorder(missing, { order: ['x'] }).catch(ignore);
  await client.updates.shuffle(missing).catch(ignore);
  await client.updates.create({ profileIds: [twitter], text: 'Dup' });
  await client.updates.create({ profileIds: [twitter], text: 'Dup' }).catch(ignore);
  await client.updates.create({ profileIds: [twitter], text: 'Past', scheduledAt: 1 }).catch(ignore);
  await client.updates.edit(missing, { text: 'x' }).catch(ignore);
  await client.updates.share(missing).catch(ignore);
  await client.updates.destroy(missing).catch(ignore);
  await client.updates.moveToTop(missing).catch(ignore);
  await client.updates.moveToTop(DEMO_IDS.sent.twitter).catch(ignore);
  // No token at all, and an unknown token.
  for (const path of ['/user.json', '/profiles.json', '/info/configuration.json']) {
    await transport({ method: 'GET', url: `${EMULATOR_BASE_URL}${path}`, headers: {} });
  }
  const stranger = createBufferClient({
    accessToken: '1/unknownTokenValue000',
    baseUrl: EMULATOR_BASE_URL,
    transport,
  });
  await stranger.user.get().catch(ignore);
  await stranger.updates.create({ profileIds: [twitter], text: 'x' }).catch(ignore);

  // The token endpoint: a success and a used code.
  const oauth = createBufferOAuth({
    clientId: DEMO_APP.clientId,
    clientSecret: DEMO_APP.clientSecret,
    redirectUri: DEMO_APP.redirectUri,
    authorizeUrl: `${EMULATOR_ORIGIN}/oauth2/authorize`,
    tokenUrl: `${EMULATOR_ORIGIN}/1/oauth2/token.json`,
    transport,
  });
  const { url, state } = oauth.authorizationUrl();
  const callback = await consent(h.emulator, url, 'approve');
  await oauth.exchangeCallback(callback, { expectedState: state });
  await oauth.exchangeCallback(callback, { expectedState: state }).catch(ignore);

  // Deauthorize last: it kills the token.
  await client.user.deauthorize();
  await client.user.get().catch(ignore);
  await client.user.deauthorize().catch(ignore);

  // Rate limit: a fresh emulator with a tiny budget.
  const limited = setup({ rateLimit: { limit: 1, windowMs: 60_000 } });
  const limitedClient = createBufferClient({
    accessToken: limited.token,
    baseUrl: EMULATOR_BASE_URL,
    transport: emulatorTransport(limited.emulator, async (request) => {
      const response = await fetchTransport({ fetch: limited.emulator.fetch })(request);
      exchanges.push({ request, response });
      return response;
    }),
  });
  await limitedClient.user.get();
  await limitedClient.user.get().catch(ignore);

  const { validate } = createSpecValidator();
  const failures: string[] = [];
  const covered = new Set<string>();
  for (const { request, response } of exchanges) {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/1/, '');
    const body: unknown = JSON.parse(response.text);
    const where = `${request.method} ${path} → ${response.status}`;
    const result = validate(request.method, path, response.status, body);
    if (!result.ok) {
      failures.push(`${where}: spec: ${result.errors}`);
      continue;
    }
    covered.add(`${result.key} ${response.status >= 400 ? 'error' : 'ok'}`);
    const ok = response.status >= 200 && response.status < 300;
    const zodSchema: z.ZodType =
      result.key === 'POST /oauth2/token.json'
        ? ok
          ? TokenResponseSchema
          : OAuthErrorBodySchema
        : ok
          ? RESPONSE_SCHEMAS[result.key as keyof typeof RESPONSE_SCHEMAS]
          : ErrorBodySchema;
    const parsed = zodSchema.safeParse(body);
    if (!parsed.success) failures.push(`${where}: zod: ${parsed.error.message}`);
  }
  expect(failures).toEqual([]);

  // Every operation was seen succeeding, and every one that can fail was seen failing.
  const operations = Object.keys(RESPONSE_SCHEMAS).concat('POST /oauth2/token.json');
  const notOk = operations.filter((key) => !covered.has(`${key} ok`));
  const notError = operations.filter(
    (key) => key !== 'GET /links/shares.json' && !covered.has(`${key} error`),
  );
  expect({ notOk, notError }).toEqual({ notOk: [], notError: [] });
});
