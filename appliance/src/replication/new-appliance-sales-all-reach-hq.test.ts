/**
 * What HQ receives from a store's new appliance whose journal is already longer than what HQ holds.
 *
 * - "a new appliance with more events than HQ holds for its store gets every one of them to HQ":
 *   the store's first appliance sent a few events and died without a backup; the replacement was
 *   used for days before it was enrolled with the store's new code, so its journal is longer than
 *   what HQ holds. Its first events are not the ones HQ holds under the same numbers: every one of
 *   its events must reach HQ after the old appliance's, none taken for a replay of the old ones
 *   (the store's sales of those days would otherwise be missing from HQ's reports for good).
 * - "an appliance back from a crash goes on where HQ is, none of its own events sent twice":
 *   the high water the store last wrote down is behind what HQ holds after a crash (it is written
 *   now and then); the events in between are the store's own, and replication goes on after them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestRelay } from '../../../cloud-relay/src/testing/use-test-relay.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { until } from '../../../test/support/until.js';
import Database from 'better-sqlite3';
import { writeCredential } from './credential-store.js';
import { createReplicationModule, type ReplicationModule } from './index.js';

const relay = useTestRelay();

async function startStore(dataDir: string): Promise<{ appliance: TestAppliance; replication: ReplicationModule }> {
  const replication = createReplicationModule({ replicator: { maxDelayMs: 20, idlePollMs: 100, heartbeatMs: 100 }, downstreamWaitSeconds: 1 });
  return { appliance: await startTestAppliance([replication], { dataDir }), replication };
}

async function journalSome(appliance: TestAppliance, tag: string, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await appliance.ctx.commands.run('test.event', (tx) => {
      tx.emit({ type: 'customer.pii_key_rotated', aggregateType: 'pii_key', aggregateId: `${tag}-${i}`, payload: { keyId: `${tag}-${i}`, resealed: 1, resealedByStore: { customers: 1 } } });
    });
  }
}

describe("a new appliance's journal longer than what HQ holds", () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'chefia-new-appliance-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('a new appliance with more events than HQ holds for its store gets every one of them to HQ', async () => {
    const { storeId, credential } = await relay.enrolledStore('NEW-LONGER');
    const credentialFile = { relayUrl: relay.baseUrl, storeId, storeCode: 'NEW-LONGER', storeName: 'Loja NEW-LONGER', credential, enrolledAt: new Date().toISOString() };

    const first = dir();
    writeCredential(first, credentialFile);
    let { appliance, replication } = await startStore(first);
    await journalSome(appliance, 'old', 3);
    const oldHead = appliance.ctx.journal.lastSeq();
    await until('the old journal at HQ', () => (replication.lag()?.relayHighWater === oldHead ? true : undefined));
    await appliance.close();

    // The replacement, used before it was enrolled: its journal is longer than what HQ holds.
    const second = dir();
    ({ appliance, replication } = await startStore(second));
    await journalSome(appliance, 'new', oldHead + 4);
    await appliance.close();
    writeCredential(second, credentialFile);
    ({ appliance, replication } = await startStore(second));
    try {
      const journal = appliance.ctx.journal.readAfter(0, 1000);
      expect(journal.length).toBeGreaterThan(oldHead);
      await until('the new journal at HQ', () => (replication.lag()?.events === 0 && replication.lag()?.state === 'idle' ? true : undefined));
      const atHq = await relay.query<{ event_id: string }>('SELECT event_id FROM relay.events WHERE store_id = $1 ORDER BY seq', [storeId]);
      const ids = new Set(atHq.map((e) => e.event_id));
      expect(journal.filter((event) => !ids.has(event.id)).map((event) => event.seq)).toEqual([]);
      expect(atHq).toHaveLength(oldHead + journal.length);
      expect(replication.lag()?.lastError).toBeNull();
    } finally {
      await appliance.close();
    }
  });

  it('an appliance back from a crash goes on where HQ is, none of its own events sent twice', async () => {
    const { storeId, credential } = await relay.enrolledStore('CRASHED');
    const credentialFile = { relayUrl: relay.baseUrl, storeId, storeCode: 'CRASHED', storeName: 'Loja CRASHED', credential, enrolledAt: new Date().toISOString() };
    const data = dir();
    writeCredential(data, credentialFile);
    let { appliance, replication } = await startStore(data);
    await journalSome(appliance, 'before', 5);
    const head = appliance.ctx.journal.lastSeq();
    await until('the journal at HQ', () => (replication.lag()?.relayHighWater === head ? true : undefined));
    await appliance.close();
    // What a crash leaves: the high water written down a few batches before the last answer.
    const db = new Database(join(data, 'store.db'));
    db.prepare("UPDATE replication_state SET value = ? WHERE key = 'relay_high_water'").run(head - 3);
    db.close();

    ({ appliance, replication } = await startStore(data));
    try {
      await journalSome(appliance, 'after', 2);
      const journal = appliance.ctx.journal.readAfter(0, 1000);
      await until('the whole journal at HQ', () => (replication.lag()?.relayHighWater === journal.length ? true : undefined));
      const atHq = await relay.query<{ seq: number; event_id: string }>('SELECT seq::int AS seq, event_id FROM relay.events WHERE store_id = $1 ORDER BY seq', [storeId]);
      expect(atHq).toEqual(journal.map((event) => ({ seq: event.seq, event_id: event.id })));
      expect(replication.lag()?.lastError).toBeNull();
    } finally {
      await appliance.close();
    }
  });
});
