import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * One store credential must not make the relay create an unbounded number of monthly partitions in
 * the chain's shared Postgres. relay.events is partitioned by month of `occurredAt`, and a month is
 * made the first time a batch names it: a 5,000-event batch naming 5,000 months would leave every
 * node planning each relay.events statement over tens of thousands of tables (and a batch needing
 * too many new ones fails with "out of shared memory"). A store clock far off (an RTC reset, a bad
 * NTP answer) or a hostile appliance would degrade sync and reports for every store of the chain.
 *
 * An event whose time no store clock could say (before 2000, or more than a day ahead of the
 * relay) is stored, never refused — the replicator would resend the batch forever — under the time
 * it reached the relay, with the store's own time kept in `store_occurred_at`.
 */
const relay = useTestRelay();

describe('a store naming many months in one batch', () => {
  it('does not create a partition for each of 240 far-future months', async () => {
    const store = await relay.enrolledStore('PARTS1');
    const count = async () =>
      Number((await relay.query(`SELECT count(*) AS n FROM pg_inherits WHERE inhparent = 'relay.events'::regclass`))[0].n);
    const before = await count();
    const events = Array.from({ length: 240 }, (_, i) => ({
      seq: i + 1,
      id: crypto.randomUUID(),
      type: 'clock.noise',
      aggregateType: 'noise',
      aggregateId: 'x',
      payload: {},
      occurredAt: new Date(Date.UTC(2040 + Math.floor(i / 12), i % 12, 15)).toISOString(),
    }));
    const answer = await relay.api('POST', `/api/v1/stores/${store.storeId}/events`, { token: store.credential, body: { events } });
    const created = (await count()) - before;
    expect(created, `one batch (answered ${answer.status}) made ${created} new partitions of relay.events`).toBeLessThanOrEqual(2);
    // Nothing the store sent is lost: every event is stored, with the time its clock said.
    expect([answer.status, answer.body.data?.accepted]).toEqual([200, 240]);
    const kept = await relay.query('SELECT store_occurred_at FROM relay.events WHERE store_id = $1 ORDER BY seq', [store.storeId]);
    expect(kept.map((row) => row.store_occurred_at)).toEqual(events.map((event) => event.occurredAt));
  });
});
