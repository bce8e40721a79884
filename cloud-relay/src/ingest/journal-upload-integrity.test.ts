/**
 * What a store's journal upload guarantees at HQ.
 *
 * - "stores an event whose text holds a NUL character or a lone surrogate instead of answering 500":
 *   Postgres takes neither U+0000 nor half of a surrogate pair in text or jsonb. An event carrying
 *   one in its payload, correlation id or actor is stored with U+FFFD in its place, and the batch
 *   is answered 200: refused, the replicator would send it again forever and none of the store's
 *   later sales would reach HQ.
 * - "refuses a batch whose seqs the relay holds under other events instead of mixing two journals":
 *   a batch from another journal of the store (a second appliance on the store's credential, a
 *   cloned disk) whose seqs HQ already holds under other events is answered 409 and nothing of it
 *   is stored, so HQ never holds one journal's first events and another's next ones, and the
 *   sender is never told its events are at HQ when they are not. The store's own resend of what
 *   HQ holds stays a harmless 200.
 */
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import { SyntheticStore, seededRandom, type SyntheticEvent } from '../testing/synthetic-store.js';

const relay = useTestRelay();

function post(storeId: string, credential: string, events: SyntheticEvent[]) {
  return relay.api('POST', `/api/v1/stores/${storeId}/events`, {
    token: credential,
    body: { events, journalHead: events[events.length - 1].seq },
  });
}

describe('journal upload integrity', () => {
  it('stores an event whose text holds a NUL character or a lone surrogate instead of answering 500', async () => {
    const variants: [string, (event: SyntheticEvent) => SyntheticEvent][] = [
      ['nul in payload', (event) => ({ ...event, payload: { ...event.payload, note: 'troco\u0000' } })],
      ['nul in correlation id', (event) => ({ ...event, correlationId: 'corr\u0000' })],
      ['nul in actor', (event) => ({ ...event, actor: { type: 'device', id: 'balanca\u0000' } })],
      ['lone surrogate in payload', (event) => ({ ...event, payload: { ...event.payload, note: 'a\ud800b' } })],
    ];
    let index = 0;
    for (const [label, mutate] of variants) {
      index += 1;
      const { storeId, credential } = await relay.enrolledStore(`NUL-${index}`);
      const events = new SyntheticStore(seededRandom(index)).paidOrder('2026-11-20', new Date('2026-11-20T15:00:00Z'));
      const batch = [mutate(events[0]), ...events.slice(1)];
      const answer = await post(storeId, credential, batch);
      expect({ label, status: answer.status, code: answer.body.error?.code ?? null }).toEqual({ label, status: 200, code: null });
      expect(answer.body.data).toMatchObject({ accepted: 3, highWater: 3 });
      const [stored] = await relay.query('SELECT count(*)::int AS n FROM relay.events WHERE store_id = $1', [storeId]);
      expect(stored.n).toBe(3);
    }
  });

  it('refuses a batch whose seqs the relay holds under other events instead of mixing two journals', async () => {
    const { storeId, credential } = await relay.enrolledStore('TWO-JOURNALS');
    const first = new SyntheticStore(seededRandom(11)).paidOrder('2026-11-20', new Date('2026-11-20T15:00:00Z'));
    expect((await post(storeId, credential, first)).status).toBe(200);

    // Another journal of the same store: its seqs 1..6 are two other orders.
    const other = new SyntheticStore(seededRandom(12));
    const otherEvents = [
      ...other.paidOrder('2026-11-20', new Date('2026-11-20T16:00:00Z')),
      ...other.paidOrder('2026-11-20', new Date('2026-11-20T16:05:00Z')),
    ];
    const answer = await post(storeId, credential, otherEvents);
    expect(answer.status).toBe(409);
    expect(answer.body.error).toMatchObject({ code: 'DUPLICATE_EVENT_ID', details: { seq: 1 } });

    const stored = await relay.query<{ seq: number; event_id: string }>('SELECT seq::int, event_id FROM relay.events WHERE store_id = $1 ORDER BY seq', [storeId]);
    expect(stored).toEqual(first.map((event) => ({ seq: event.seq, event_id: event.id })));
    const [orders] = await relay.query('SELECT count(*)::int AS n FROM pos_modern.orders WHERE store_id = $1', [storeId]);
    expect(orders.n).toBe(1);

    const resent = await post(storeId, credential, first);
    expect(resent.status).toBe(200);
    expect(resent.body.data).toMatchObject({ accepted: 0, replayed: true, highWater: 3 });
  });
});
