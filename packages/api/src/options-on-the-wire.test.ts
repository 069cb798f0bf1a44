import { createEmulator, DEMO_APP, DEMO_IDS } from '@bufferkit/emulator';
import { describe, expect, test } from 'vitest';
import { createBufferOAuth } from './index.js';
import { consent } from './test-support/consent.js';
import { EMULATOR_ORIGIN, emulatorTransport, setup } from './test-support/harness.js';

// Every documented option of every method, asserted byte for byte where it lands: the form body of a POST
// or the query of a GET, as the emulator received it. client.test.ts covers the first set of options; this
// covers the rest (the other values of booleans, the other media keys, edit's `now`, every list filter, and
// the options the iterators forward).

const { twitter, facebook } = DEMO_IDS;
const PHOTO = 'https://cdn.example.com/photo.png?size=l&v=2';
const THUMB = 'https://cdn.example.com/thumb.png';
const enc = encodeURIComponent;

function last(h: ReturnType<typeof setup>) {
  const request = h.emulator.requests.at(-1);
  if (!request) throw new Error('no request was recorded');
  return request;
}

describe('updates.create', () => {
  test('media.photo with thumbnail, title and description; shorten, now and attachment as true', async () => {
    const h = setup();
    const result = await h.client.updates.create({
      profileIds: [facebook],
      text: 'Photo day',
      shorten: true,
      now: true,
      attachment: true,
      media: { photo: PHOTO, thumbnail: THUMB, title: 'A title', description: 'Described & done' },
    });
    expect(last(h).rawBody).toBe(
      `profile_ids[]=${facebook}&text=Photo%20day&shorten=true&now=true` +
        `&media[description]=Described%20%26%20done&media[title]=A%20title` +
        `&media[photo]=${enc(PHOTO)}&media[thumbnail]=${enc(THUMB)}&attachment=true`,
    );
    // Buffer stores a photo as the picture; `now` sent it at once.
    expect(result.updates[0]).toMatchObject({
      status: 'sent',
      shared_now: true,
      media: { picture: PHOTO, thumbnail: THUMB, title: 'A title', description: 'Described & done' },
    });
  });

  test('media.photo alone', async () => {
    const h = setup();
    await h.client.updates.create({ profileIds: [twitter], text: 'Just a photo', media: { photo: PHOTO } });
    expect(last(h).rawBody).toBe(`profile_ids[]=${twitter}&text=Just%20a%20photo&media[photo]=${enc(PHOTO)}`);
    expect(h.emulator.pendingOf(twitter).at(-1)?.media).toMatchObject({ picture: PHOTO, thumbnail: PHOTO });
  });

  test('media.picture with thumbnail and no link: an image update', async () => {
    const h = setup();
    const result = await h.client.updates.create({
      profileIds: [twitter],
      text: 'Picture',
      media: { picture: PHOTO, thumbnail: THUMB },
    });
    expect(last(h).rawBody).toBe(
      `profile_ids[]=${twitter}&text=Picture&media[picture]=${enc(PHOTO)}&media[thumbnail]=${enc(THUMB)}`,
    );
    expect(result.updates[0]?.media).toMatchObject({ picture: PHOTO, thumbnail: THUMB });
  });

  test('top and scheduledAt as a Date; a retweet without a comment sends only its tweet id', async () => {
    const h = setup();
    const at = new Date(Date.UTC(2030, 0, 20, 8, 15, 30, 999));
    await h.client.updates.create({ profileIds: [twitter], text: 'Pinned', top: false, scheduledAt: at });
    expect(last(h).rawBody).toBe(
      `profile_ids[]=${twitter}&text=Pinned&top=false&scheduled_at=${Date.UTC(2030, 0, 20, 8, 15, 30) / 1000}`,
    );
    expect(h.emulator.pendingOf(twitter).find((u) => u.text === 'Pinned')?.due_at).toBe(
      Date.UTC(2030, 0, 20, 8, 15, 30) / 1000,
    );

    await h.client.updates.create({ profileIds: [twitter], retweet: { tweetId: '654043184394207232' } });
    expect(last(h).rawBody).toBe(`profile_ids[]=${twitter}&retweet[tweet_id]=654043184394207232`);
  });
});

describe('updates.edit', () => {
  test('now: true sends the edited update at once', async () => {
    const h = setup();
    const { twitterFirst } = DEMO_IDS.pending;
    const result = await h.client.updates.edit(twitterFirst, { text: 'Edited, out now', now: true });
    expect(last(h)).toMatchObject({
      path: `/1/updates/${twitterFirst}/update.json`,
      rawBody: 'text=Edited%2C%20out%20now&now=true',
    });
    expect(result.update).toMatchObject({ id: twitterFirst, status: 'sent', shared_now: true });
  });

  test('every media key, now: false, utc: false and scheduledAt as an ISO string with an offset', async () => {
    const h = setup();
    const { twitterSecond } = DEMO_IDS.pending;
    const result = await h.client.updates.edit(twitterSecond, {
      text: 'Edited',
      now: false,
      media: { picture: PHOTO, thumbnail: THUMB, title: 'T', description: 'D' },
      utc: false,
      scheduledAt: '2030-03-01T12:00:00-05:00',
    });
    const seconds = Date.UTC(2030, 2, 1, 17, 0, 0) / 1000;
    expect(last(h).rawBody).toBe(
      `text=Edited&now=false&media[description]=D&media[title]=T&media[picture]=${enc(PHOTO)}` +
        `&media[thumbnail]=${enc(THUMB)}&utc=false&scheduled_at=${seconds}`,
    );
    expect(result.update).toMatchObject({ id: twitterSecond, due_at: seconds, media: { picture: PHOTO } });
  });

  test('media.photo on an edit', async () => {
    const h = setup();
    const { twitterSecond } = DEMO_IDS.pending;
    await h.client.updates.edit(twitterSecond, { text: 'With a photo', media: { photo: PHOTO } });
    expect(last(h).rawBody).toBe(`text=With%20a%20photo&media[photo]=${enc(PHOTO)}`);
  });
});

describe('GET options reach the query', () => {
  test('updates.get utc: false', async () => {
    const h = setup();
    await h.client.updates.get(DEMO_IDS.sent.twitter, { utc: false });
    expect(last(h).query).toBe('utc=false');
    await h.client.updates.get(DEMO_IDS.sent.twitter);
    expect(last(h).query).toBe('');
  });

  test('sent: filter default, since as an ISO string, utc', async () => {
    const h = setup();
    await h.client.updates.sent(twitter, {
      filter: 'default',
      since: '2001-09-09T03:46:40+02:00',
      utc: true,
    });
    expect(last(h)).toMatchObject({
      path: `/1/profiles/${twitter}/updates/sent.json`,
      query: 'since=1000000000&utc=true&filter=default',
    });
  });

  test('pending: since as a Date', async () => {
    const h = setup();
    await h.client.updates.pending(twitter, { since: new Date(1_700_000_000_500) });
    expect(last(h).query).toBe('since=1700000000');
  });

  test('interactions: event, page and count', async () => {
    const h = setup();
    const page = await h.client.updates.interactions(DEMO_IDS.sent.twitter, {
      event: 'retweet',
      page: 2,
      count: 1,
    });
    expect(last(h)).toMatchObject({
      path: `/1/updates/${DEMO_IDS.sent.twitter}/interactions.json`,
      query: 'event=retweet&page=2&count=1',
    });
    expect(page.total).toBe(2);
    expect(page.interactions).toHaveLength(1);
  });

  test('links.shares: the url is one query value, its own query and fragment encoded inside it', async () => {
    const h = setup();
    const url = 'https://example.com/launch?ref=a&b=c d#top';
    await h.client.links.shares(url);
    expect(last(h)).toMatchObject({ path: '/1/links/shares.json', query: `url=${enc(url)}` });
    expect(new URLSearchParams(last(h).query).get('url')).toBe(url);
  });
});

describe('the iterators forward every list option', () => {
  test('iteratePending: since and utc on every page, with startPage and pageSize', async () => {
    const h = setup();
    const seen = [];
    for await (const update of h.client.updates.iteratePending(twitter, {
      since: 1_000_000,
      utc: true,
      pageSize: 1,
      startPage: 2,
    })) {
      seen.push(update.id);
    }
    expect(seen).toEqual([DEMO_IDS.pending.twitterSecond]);
    expect(h.emulator.requests.map((r) => r.query)).toEqual(['page=2&count=1&since=1000000&utc=true']);
  });

  test('iterateSent: since, utc and filter', async () => {
    const h = setup();
    for await (const _ of h.client.updates.iterateSent(twitter, {
      since: new Date(1_000_000_000_000),
      utc: false,
      filter: 'default',
    })) {
      // drain
    }
    expect(h.emulator.requests.map((r) => r.query)).toEqual([
      'page=1&count=100&since=1000000000&utc=false&filter=default',
    ]);
  });

  test('iterateInteractions: event on every page', async () => {
    const h = setup();
    const ids = [];
    for await (const interaction of h.client.updates.iterateInteractions(DEMO_IDS.sent.twitter, {
      event: 'retweets',
      pageSize: 1,
    })) {
      ids.push(interaction.id);
    }
    expect(ids).toHaveLength(2);
    expect(h.emulator.requests.map((r) => r.query)).toEqual([
      'event=retweets&page=1&count=1',
      'event=retweets&page=2&count=1',
    ]);
  });
});

describe('createBufferOAuth: every option on the wire', () => {
  test('authorize URL and token body carry clientId, clientSecret, redirectUri and the raw code exactly', async () => {
    const emulator = createEmulator({ now: Date.UTC(2030, 0, 15, 9, 0, 0) });
    const oauth = createBufferOAuth({
      clientId: DEMO_APP.clientId,
      clientSecret: DEMO_APP.clientSecret,
      redirectUri: DEMO_APP.redirectUri,
      authorizeUrl: `${EMULATOR_ORIGIN}/oauth2/authorize`,
      tokenUrl: `${EMULATOR_ORIGIN}/1/oauth2/token.json`,
      transport: emulatorTransport(emulator),
    });
    const { url, state } = oauth.authorizationUrl();
    expect(url).toBe(
      `${EMULATOR_ORIGIN}/oauth2/authorize?client_id=${DEMO_APP.clientId}` +
        `&redirect_uri=${enc(DEMO_APP.redirectUri)}&response_type=code&state=${state}`,
    );
    const callback = await consent(emulator, url, 'approve');
    const code = new URL(callback).searchParams.get('code') ?? '';
    await oauth.exchangeCallback(callback, { expectedState: state });
    const sent = emulator.requests.filter((r) => r.path === '/1/oauth2/token.json');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.rawBody).toBe(
      `client_id=${DEMO_APP.clientId}&client_secret=${DEMO_APP.clientSecret}` +
        `&redirect_uri=${enc(DEMO_APP.redirectUri)}&code=${code}&grant_type=authorization_code`,
    );
    expect(code).toMatch(/^1\/[A-Za-z0-9]+$/);
  });
});
