import { describe, expect, test } from 'vitest';
import { DEMO_IDS } from '../state/seed.js';
import { errorBody, harness, T0 } from '../test-support/harness.js';

const TW = DEMO_IDS.twitter;
const FIRST = DEMO_IDS.pending.twitterFirst;
const SECOND = DEMO_IDS.pending.twitterSecond;
const at = (iso: string) => Date.parse(iso) / 1000;

async function withTwoMore(h: ReturnType<typeof harness>) {
  const a = await h.post('updates/create.json', `text=A&profile_ids[]=${TW}`);
  const b = await h.post('updates/create.json', `text=B&profile_ids[]=${TW}`);
  return { A: String(a.body.updates[0]?.id), B: String(b.body.updates[0]?.id) };
}

const pendingTexts = async (h: ReturnType<typeof harness>) =>
  (await h.get(`profiles/${TW}/updates/pending.json`)).body.updates.map((u) => [u.id, u.due_at]);

describe('share, destroy, move to top', () => {
  test('share sends now (shared_now) and the rest move up', async () => {
    const h = harness();
    expect(await h.post(`updates/${FIRST}/share.json`, '')).toMatchObject({
      status: 200,
      body: { success: true },
    });
    expect((await h.get(`updates/${FIRST}.json`)).body).toMatchObject({
      status: 'sent',
      sent_at: T0 / 1000,
      shared_now: true,
    });
    expect(await pendingTexts(h)).toEqual([[SECOND, at('2026-03-02T12:00:00Z')]]);
    expect(await h.post(`updates/${FIRST}/share.json`, '')).toMatchObject({
      status: 400,
      body: errorBody(1022, 'Only pending updates can be shared; this one was already sent.'),
    });
  });

  test('destroy deletes it (then 404 / 1020) and re-times the queue', async () => {
    const h = harness();
    expect((await h.post(`updates/${FIRST}/destroy.json`, '')).body).toEqual({ success: true });
    expect(await h.get(`updates/${FIRST}.json`)).toMatchObject({
      status: 404,
      body: errorBody(1020, 'Update could not be found.'),
    });
    expect(await pendingTexts(h)).toEqual([[SECOND, at('2026-03-02T12:00:00Z')]]);
  });

  test('another user’s update → 403 / 1021 everywhere', async () => {
    const h = harness();
    const forbidden = { status: 403, body: errorBody(1021, 'No authorization to access update.') };
    expect(await h.get(`updates/${DEMO_IDS.otherUpdate}.json`)).toMatchObject(forbidden);
    expect(await h.post(`updates/${DEMO_IDS.otherUpdate}/destroy.json`, '')).toMatchObject(forbidden);
    expect(await h.post(`updates/${DEMO_IDS.otherUpdate}/update.json`, 'text=x')).toMatchObject(forbidden);
  });

  test('move_to_top returns the bare update with its new time', async () => {
    const h = harness();
    const r = await h.post(`updates/${SECOND}/move_to_top.json`, '');
    expect(r.status).toBe(200);
    expect(r.body.success).toBeUndefined();
    expect(r.body).toMatchObject({ id: SECOND, due_at: at('2026-03-02T12:00:00Z'), due_time: '12:00 pm' });
    expect(await pendingTexts(h)).toEqual([
      [SECOND, at('2026-03-02T12:00:00Z')],
      [FIRST, at('2026-03-02T17:00:00Z')],
    ]);
  });

  test('move_to_top of a custom-scheduled or sent update → 400 / 1027', async () => {
    const h = harness();
    const pinned = await h.post(
      'updates/create.json',
      `text=p&scheduled_at=2026-03-04T00:00:00Z&profile_ids[]=${TW}`,
    );
    const expected = {
      status: 400,
      body: errorBody(1027, 'Update must be in buffer and not custom scheduled in order to move to top.'),
    };
    expect(await h.post(`updates/${pinned.body.updates[0]?.id}/move_to_top.json`, '')).toMatchObject(
      expected,
    );
    expect(await h.post(`updates/${DEMO_IDS.sent.twitter}/move_to_top.json`, '')).toMatchObject(expected);
  });
});

describe('reorder and shuffle', () => {
  test('order[] with offset places the block at that position', async () => {
    const h = harness();
    const { A, B } = await withTwoMore(h);
    const r = await h.post(`profiles/${TW}/updates/reorder.json`, `offset=1&order[]=${B}&order[]=${FIRST}`);
    expect(r.status).toBe(200);
    expect(r.body.success).toBe(true);
    expect(r.body.updates.map((u) => [u.id, u.due_at])).toEqual([
      [SECOND, at('2026-03-02T12:00:00Z')],
      [B, at('2026-03-02T17:00:00Z')],
      [FIRST, at('2026-03-02T18:00:00Z')],
      [A, at('2026-03-03T12:00:00Z')],
    ]);
  });

  test('the complete queue as order[] without offset', async () => {
    const h = harness();
    const { A, B } = await withTwoMore(h);
    const r = await h.post(
      `profiles/${TW}/updates/reorder.json`,
      `order[]=${A}&order[]=${B}&order[]=${SECOND}&order[]=${FIRST}&utc=true`,
    );
    expect(r.body.updates.map((u) => u.id)).toEqual([A, B, SECOND, FIRST]);
  });

  test.each([
    ['', 1004, 'Required parameter missing: order (send order[]=<id>).', 400],
    [`order[]=0123456789abcdef01234567`, 1020, 'Update could not be found.', 404],
    [`order[]=${DEMO_IDS.otherUpdate}`, 1021, 'No authorization to access update.', 403],
    [
      `order[]=${DEMO_IDS.sent.twitter}`,
      1006,
      `Update ${DEMO_IDS.sent.twitter} is not in this profile's queue (sent, custom scheduled or another profile).`,
      400,
    ],
    [`order[]=${FIRST}&order[]=${FIRST}`, 1006, 'Parameter order lists an update twice.', 400],
    [`offset=2&order[]=${FIRST}`, 1006, 'offset + order length (3) exceeds the queue length (2).', 400],
    [`offset=-1&order[]=${FIRST}`, 1006, 'Parameter offset must be an integer at least 0.', 400],
  ])('reorder %s → %i', async (body, code, message, status) => {
    const h = harness();
    expect(await h.post(`profiles/${TW}/updates/reorder.json`, body)).toMatchObject({
      status,
      body: errorBody(code, message),
    });
  });

  test('shuffle permutes the queue (injected random), re-times it and returns the first count', async () => {
    const h = harness({ random: () => 0 });
    const { A, B } = await withTwoMore(h);
    // Fisher–Yates with j = 0 each step turns [F, S, A, B] into [S, A, B, F].
    const r = await h.post(`profiles/${TW}/updates/shuffle.json`, 'count=2');
    expect(r.body).toMatchObject({ success: true });
    expect(r.body.updates.map((u) => [u.id, u.due_at])).toEqual([
      [SECOND, at('2026-03-02T12:00:00Z')],
      [A, at('2026-03-02T17:00:00Z')],
    ]);
    expect((await pendingTexts(h)).map(([id]) => id)).toEqual([SECOND, A, B, FIRST]);
    expect(await h.post(`profiles/${TW}/updates/shuffle.json`, 'count=0')).toMatchObject({
      status: 400,
      body: errorBody(1006, 'Parameter count must be an integer between 1 and 100.'),
    });
  });
});

describe('edit', () => {
  test('edit changes text and keeps the slot; answers {success, buffer_count, buffer_percentage, update}', async () => {
    const h = harness();
    const r = await h.post(`updates/${SECOND}/update.json`, 'text=This%20is%20an%20edited%20update');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual(['success', 'buffer_count', 'buffer_percentage', 'update']);
    expect(r.body).toMatchObject({
      success: true,
      buffer_count: 2,
      buffer_percentage: 20,
      update: {
        id: SECOND,
        text: 'This is an edited update',
        due_at: at('2026-03-02T17:00:00Z'),
        updated_at: T0 / 1000,
      },
    });
  });

  test('edit with scheduled_at pins it; with now sends it; text is required', async () => {
    const h = harness();
    const pinned = await h.post(
      `updates/${FIRST}/update.json`,
      'text=later&scheduled_at=2026-03-10T09:00:00Z',
    );
    expect(pinned.body.update).toMatchObject({
      due_at: at('2026-03-10T09:00:00Z'),
      day: 'Tuesday 10th March',
    });
    expect(await pendingTexts(h)).toEqual([
      [SECOND, at('2026-03-02T12:00:00Z')],
      [FIRST, at('2026-03-10T09:00:00Z')],
    ]);
    const now = await h.post(`updates/${SECOND}/update.json`, 'text=go&now=true');
    expect(now.body.update).toMatchObject({ status: 'sent', shared_now: true });
    expect(await h.post(`updates/${FIRST}/update.json`, '')).toMatchObject({
      status: 400,
      body: errorBody(1004, 'Required parameter missing: text.'),
    });
  });

  test('editing a sent update → 1022; to a duplicate text → 1025; unknown params → 1003', async () => {
    const h = harness();
    expect((await h.post(`updates/${DEMO_IDS.sent.twitter}/update.json`, 'text=x')).body.code).toBe(1022);
    expect(
      (
        await h.post(
          `updates/${SECOND}/update.json`,
          'text=This%20is%20just%20the%20beginning%2C%20the%20very%20beginning...',
        )
      ).body.code,
    ).toBe(1025);
    expect((await h.post(`updates/${SECOND}/update.json`, 'text=x&top=true')).body).toEqual(
      errorBody(1003, 'Parameter not recognized: top.'),
    );
  });
});

describe('time passes', () => {
  test('when its slot comes, a queued update is sent by the scheduler', async () => {
    const h = harness();
    h.emulator.clock.set(Date.UTC(2026, 2, 2, 12, 0, 30));
    expect(await pendingTexts(h)).toEqual([[SECOND, at('2026-03-02T17:00:00Z')]]);
    const sent = await h.get(`profiles/${TW}/updates/sent.json`);
    expect(sent.body.total).toBe(3);
    expect(sent.body.updates[0]).toMatchObject({
      id: FIRST,
      status: 'sent',
      sent_at: at('2026-03-02T12:00:00Z'),
      shared_now: false,
    });
  });

  test('reset() restores the seed and forgets tokens', async () => {
    const h = harness();
    await h.post(`updates/${FIRST}/destroy.json`, '');
    h.emulator.reset();
    expect((await h.get('user.json')).status).toBe(401);
    const token = h.emulator.issueToken();
    expect((await h.get(`updates/${FIRST}.json`, token)).status).toBe(200);
    expect(h.emulator.requests).toHaveLength(2);
  });
});
