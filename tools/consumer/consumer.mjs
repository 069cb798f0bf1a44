// Runs in a fresh project that installed only the packed tarballs: every public export loads, and the packages
// work together for real (OAuth dance through the emulator's consent page, then API calls over HTTP).
import assert from 'node:assert/strict';
import * as api from '@bufferkit/api';
import * as core from '@bufferkit/core';
import * as emulator from '@bufferkit/emulator';
import * as transport from '@bufferkit/transport';

const modules = {
  '@bufferkit/core': core,
  '@bufferkit/transport': transport,
  '@bufferkit/api': api,
  '@bufferkit/emulator': emulator,
};
const expected = {
  '@bufferkit/core': [
    'buildAuthorizationUrl',
    'generateState',
    'parseCallback',
    'buildTokenRequest',
    'parseTokenResponse',
    'encodeForm',
    'withAccessToken',
    'AUTHORIZE_URL',
    'TOKEN_URL',
    'API_BASE_URL',
    'BUFFER_ERROR_CODES',
    'describeBufferError',
    'OAuthError',
    'OAuthCallbackError',
  ],
  '@bufferkit/transport': [
    'fetchTransport',
    'kyTransport',
    'createTransport',
    'NetworkError',
    'TimeoutError',
    'AbortError',
    'RateLimitError',
    'redact',
  ],
  '@bufferkit/api': [
    'createBufferClient',
    'createBufferOAuth',
    'BufferApiError',
    'BufferValidationError',
    'RateLimitError',
    'OAuthError',
  ],
  '@bufferkit/emulator': ['createEmulator', 'DEMO_APP'],
};
for (const [name, module] of Object.entries(modules)) {
  const exported = Object.keys(module);
  assert.ok(exported.length > 0, `${name} exports nothing`);
  for (const key of exported) assert.notEqual(module[key], undefined, `${name} export ${key} is undefined`);
  for (const key of expected[name]) assert.ok(exported.includes(key), `${name} does not export ${key}`);
}

const authorizeUrl = core.buildAuthorizationUrl({
  clientId: 'abc',
  redirectUri: 'https://example.com/back',
  state: 's1',
});
assert.equal(
  authorizeUrl,
  'https://bufferapp.com/oauth2/authorize?client_id=abc&redirect_uri=https%3A%2F%2Fexample.com%2Fback&response_type=code&state=s1',
);

const buffer = emulator.createEmulator();
const server = await buffer.listen({ port: 0 });
try {
  const app = { ...emulator.DEMO_APP, redirectUri: 'http://127.0.0.1:9/callback' };
  buffer.registerApp(app);
  const oauth = api.createBufferOAuth({
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    redirectUri: app.redirectUri,
    authorizeUrl: `${server.url}/oauth2/authorize`,
    tokenUrl: `${server.url}/1/oauth2/token.json`,
  });
  const { url, state } = oauth.authorizationUrl();
  const consent = await (await fetch(url)).text();
  const form = new URLSearchParams();
  for (const [, name, value] of consent.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    form.append(
      name,
      value
        .replaceAll('&amp;', '&')
        .replaceAll('&quot;', '"')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>'),
    );
  }
  form.append('decision', 'approve');
  const decision = await fetch(`${server.url}/oauth2/authorize/decision`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  assert.equal(decision.status, 302);
  const token = await oauth.exchangeCallback(decision.headers.get('location'), { expectedState: state });
  assert.match(token.accessToken, /^1\//);

  // The ky adapter, with ky installed by the consumer as transport's optional peer dependency.
  const client = api.createBufferClient({
    accessToken: token.accessToken,
    baseUrl: `${server.url}/1`,
    transport: transport.createTransport({ adapter: transport.kyTransport() }),
  });
  const profiles = await client.profiles.list();
  assert.ok(profiles.length >= 3, 'the demo user has profiles');
  const user = await client.user.get();
  assert.equal(typeof user.id, 'string');
  await assert.rejects(client.updates.get('000000000000000000000000'), (error) => {
    assert.ok(error instanceof api.BufferApiError);
    assert.equal(error.code, 1020);
    return true;
  });
  console.log(
    `consumer.mjs: OAuth through the consent page, then ${profiles.length} profiles over HTTP with ky`,
  );
} finally {
  await server.close();
}
