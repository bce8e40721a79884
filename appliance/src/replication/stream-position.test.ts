import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestRelay } from '../../../cloud-relay/src/testing/use-test-relay.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { writeCredential } from './credential-store.js';
import { createReplicationModule, type ReplicationModule } from './index.js';

const relay = useTestRelay();

async function waitFor(what: string, probe: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function startStore(dataDir: string): Promise<{ appliance: TestAppliance; replication: ReplicationModule }> {
  const replication = createReplicationModule({ replicator: { maxDelayMs: 20, idlePollMs: 100, heartbeatMs: 100 }, downstreamWaitSeconds: 1 });
  return { appliance: await startTestAppliance([replication], { dataDir }), replication };
}

async function journalSome(appliance: TestAppliance, tag: string, count: number): Promise<string[]> {
  for (let i = 0; i < count; i += 1) {
    await appliance.ctx.commands.run('test.event', (tx) => {
      tx.emit({ type: 'customer.pii_key_rotated', aggregateType: 'pii_key', aggregateId: `${tag}-${i}`, payload: { keyId: `${tag}-${i}`, resealed: 1, resealedByStore: { customers: 1 } } });
    });
  }
  return appliance.ctx.journal.readAfter(0).slice(-count).map((e) => e.id);
}

describe('a journal behind what the relay holds for its store', () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'chefia-stream-position-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('a new appliance enrolled for a store that had one sends its events after what the relay holds, none taken for a replay', async () => {
    const { storeId, credential } = await relay.enrolledStore('STREAM-1');
    const credentialFile = { relayUrl: relay.baseUrl, storeId, storeCode: 'STREAM-1', storeName: 'Loja STREAM-1', credential, enrolledAt: new Date().toISOString() };
    const first = dir();
    writeCredential(first, credentialFile);
    let { appliance, replication } = await startStore(first);
    await journalSome(appliance, 'old', 6);
    const oldHead = appliance.ctx.journal.lastSeq();
    await waitFor('old journal at HQ', () => replication.lag()?.relayHighWater === oldHead);
    await appliance.close();

    // The old appliance is gone with its disk; the new one starts empty with the store's credential.
    const second = dir();
    writeCredential(second, credentialFile);
    ({ appliance, replication } = await startStore(second));
    try {
      const fresh = await journalSome(appliance, 'new', 2);
      expect(appliance.ctx.journal.lastSeq()).toBeLessThan(oldHead);
      await waitFor('new journal at HQ', () => replication.lag()?.events === 0 && replication.lag()?.relayHighWater === oldHead + appliance.ctx.journal.lastSeq());
      const atHq = await relay.query<{ seq: number; event_id: string }>('SELECT seq::int AS seq, event_id FROM relay.events WHERE store_id = $1 AND seq > $2 ORDER BY seq', [storeId, oldHead]);
      expect(atHq.map((e) => e.event_id).slice(-2)).toEqual(fresh);
      expect(atHq.map((e) => e.seq)).toEqual(appliance.ctx.journal.readAfter(0).map((e) => oldHead + e.seq));
      expect(replication.lag()?.lastError).toBeNull();
    } finally {
      await appliance.close();
    }
  });
});
