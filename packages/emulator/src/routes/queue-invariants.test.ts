import fc from 'fast-check';
import { expect, test } from 'vitest';
import { wallTimeAt } from '../queue/zoned-time.js';
import { DEMO_IDS } from '../state/seed.js';
import { harness } from '../test-support/harness.js';

const TW = DEMO_IDS.twitter;

type Op =
  | { kind: 'create'; top: boolean }
  | { kind: 'share' | 'destroy' | 'moveToTop'; pick: number }
  | { kind: 'shuffle' }
  | { kind: 'advance'; minutes: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), top: fc.boolean() }),
  fc.record({
    kind: fc.constantFrom('share' as const, 'destroy' as const, 'moveToTop' as const),
    pick: fc.nat(20),
  }),
  fc.constant({ kind: 'shuffle' as const }),
  fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 3 * 24 * 60 }) }),
);

test('after any sequence of queue operations, queued updates sit on distinct future schedule slots in order', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { maxLength: 15 }), async (ops) => {
      const h = harness();
      let n = 0;
      for (const o of ops) {
        const pending = (await h.get(`profiles/${TW}/updates/pending.json?count=100`)).body.updates.map((u) =>
          String(u.id),
        );
        const target =
          o.kind === 'share' || o.kind === 'destroy' || o.kind === 'moveToTop'
            ? pending[o.pick % Math.max(1, pending.length)]
            : undefined;
        if (o.kind === 'create') {
          n += 1;
          await h.post('updates/create.json', `text=p${n}&top=${o.top}&profile_ids[]=${TW}`);
        } else if (o.kind === 'shuffle') await h.post(`profiles/${TW}/updates/shuffle.json`, '');
        else if (o.kind === 'advance') h.emulator.clock.advance(o.minutes * 60_000);
        else if (target) {
          const path = { share: 'share', destroy: 'destroy', moveToTop: 'move_to_top' }[o.kind];
          expect((await h.post(`updates/${target}/${path}.json`, '')).status).toBe(200);
        }
        const dues = (await h.get(`profiles/${TW}/updates/pending.json?count=100`)).body.updates.map((u) =>
          Number(u.due_at),
        );
        const nowS = h.emulator.clock.now() / 1000;
        expect(dues.every((d) => d > nowS)).toBe(true);
        expect(dues.every((d, i) => i === 0 || d > (dues[i - 1] ?? 0))).toBe(true);
        for (const d of dues) {
          const w = wallTimeAt(d * 1000, 'Europe/London');
          expect(w.weekday >= 1 && w.weekday <= 5).toBe(true);
          expect([12, 17, 18]).toContain(w.hour);
          expect(w.minute).toBe(0);
        }
      }
    }),
    { numRuns: 40 },
  );
});
