import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestRelay } from '../../../cloud-relay/src/testing/use-test-relay.js';
import { businessDayModule, stageVerifiedBackup, swapInStagedBackup } from '../business-day/index.js';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createReplicationModule, writeCredential, type ReplicationModule } from '../replication/index.js';
import { until } from '../../../test/support/until.js';

const relay = useTestRelay();


function startStore(dataDir: string, withReplication: boolean): Promise<{ appliance: TestAppliance; replication: ReplicationModule }> {
  const replication = createReplicationModule({ replicator: { maxDelayMs: 20, idlePollMs: 100, heartbeatMs: 100 }, downstreamWaitSeconds: 1 });
  return startTestAppliance(withReplication ? [businessDayModule, replication] : [businessDayModule], { dataDir }).then((appliance) => ({ appliance, replication }));
}

/** One journaled command; returns the event id. */
async function sell(appliance: TestAppliance, tag: string): Promise<string> {
  await appliance.ctx.commands.run('test.sale', (tx) => {
    tx.emit({ type: 'customer.pii_key_rotated', aggregateType: 'pii_key', aggregateId: tag, payload: { keyId: tag, resealed: 1, resealedByStore: { customers: 1 } } });
  });
  const last = appliance.ctx.journal.readAfter(appliance.ctx.journal.lastSeq() - 1);
  return last[last.length - 1].id;
}

/**
 * A restore and the relay stream: a journal restored behind what the relay holds, on the store's own
 * replacement appliance, still gets its new sales to HQ; another store's backup is refused.
 */
describe('a restored journal behind what the relay already holds', () => {
  const dirs: string[] = [];
  const dir = (prefix: string) => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('after a disk failure, the store restored from its own backup on a replacement appliance gets its new sales to HQ after what HQ holds', async () => {
    const { storeId, credential } = await relay.enrolledStore('RESTORE-1');
    const credentialFile = { relayUrl: relay.baseUrl, storeId, storeCode: 'RESTORE-1', storeName: 'Loja RESTORE-1', credential, enrolledAt: new Date().toISOString() };

    // The store that is going to lose its disk: a backup at seq M, then more sales, all at HQ (high-water N > M).
    const failed = dir('chefia-restore-failed-');
    writeCredential(failed, credentialFile);
    let { appliance, replication } = await startStore(failed, true);
    for (let i = 0; i < 3; i += 1) await sell(appliance, `before-backup-${i}`);
    const backup = await callApi(appliance, appliance.bearer(['backups.manage']), 'POST', '/backups');
    expect(backup.status).toBe(201);
    const backupName = backup.body.data.name as string;
    for (let i = 0; i < 20; i += 1) await sell(appliance, `after-backup-${i}`);
    const headBeforeFailure = appliance.ctx.journal.lastSeq();
    await until('relay holds the whole journal', () => (replication.lag()?.relayHighWater === headBeforeFailure ? true : undefined));
    await appliance.close();

    // The replacement appliance: installed fresh (every module, not enrolled yet), the backup and the credential copied from the old one's media.
    const replacement = dir('chefia-restore-replacement-');
    ({ appliance } = await startStore(replacement, true));
    await appliance.close();
    mkdirSync(join(replacement, 'backups'), { recursive: true, mode: 0o700 });
    copyFileSync(join(failed, 'backups', backupName), join(replacement, 'backups', backupName));
    const { journalSeq } = stageVerifiedBackup(replacement, backupName);
    expect(journalSeq).toBeLessThan(headBeforeFailure);
    swapInStagedBackup(replacement, { name: backupName, preRestoreBackup: 'store-pre-restore-x.db', requestedBy: 'technician' });
    writeCredential(replacement, credentialFile);

    ({ appliance, replication } = await startStore(replacement, true));
    try {
      const newSale = await sell(appliance, 'sale-after-restore');
      // The replicator has talked to the relay and settled.
      await until('replicator settled', () => (replication.lag()?.state === 'idle' && replication.lag()?.lastContactAt ? true : undefined));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const atHq = async () => (await relay.query<{ n: number }>('SELECT count(*)::int AS n FROM relay.events WHERE store_id = $1 AND event_id = $2', [storeId, newSale]))[0].n;
      // The restored journal's new run goes after the relay's high water: the sale is no replay for HQ.
      let stored = 0;
      try {
        await until('new sale at HQ', async () => ((stored = await atHq()) > 0 ? true : undefined), 5_000);
      } catch {
        // asserted below
      }
      expect(stored, `HQ rows for the sale; store-reported lag ${replication.lag()?.events} events, relay high-water ${replication.lag()?.relayHighWater}, store head ${appliance.ctx.journal.lastSeq()}`).toBe(1);
      // HQ keeps the lost appliance's events and gets the restore and the sale right after them, once each.
      const atHqAfterFailure = await relay.query<{ seq: number; type: string; event_id: string }>('SELECT seq::int AS seq, type, event_id FROM relay.events WHERE store_id = $1 AND seq > $2 ORDER BY seq', [storeId, headBeforeFailure]);
      expect(atHqAfterFailure.map((e) => [e.seq, e.type, e.event_id === newSale])).toEqual([
        [headBeforeFailure + 1, 'backup.restored', false],
        [headBeforeFailure + 2, 'customer.pii_key_rotated', true],
      ]);
      await until('no lag', () => (replication.lag()?.events === 0 ? true : undefined));
      expect(appliance.ctx.journal.readAfter(journalSeq).map((e) => e.type)).toEqual(['backup.restored', 'customer.pii_key_rotated']);
    } finally {
      await appliance.close();
    }
  });
  it("refuses another store's backup: HQ books none of that store's sales under this one, and this store's new sales arrive", async () => {
    const one = await relay.enrolledStore('RESTORE-A');
    const two = await relay.enrolledStore('RESTORE-B');
    const credentialOf = (s: { storeId: string; credential: string }, code: string) => ({ relayUrl: relay.baseUrl, storeId: s.storeId, storeCode: code, storeName: `Loja ${code}`, credential: s.credential, enrolledAt: new Date().toISOString() });

    // Store A: a busy day, backed up.
    const dirA = dir('chefia-restore-store-a-');
    writeCredential(dirA, credentialOf(one, 'RESTORE-A'));
    let { appliance, replication } = await startStore(dirA, true);
    const salesOfA: string[] = [];
    for (let i = 0; i < 25; i += 1) salesOfA.push(await sell(appliance, `a-${i}`));
    const backupName = (await callApi(appliance, appliance.bearer(['backups.manage']), 'POST', '/backups')).body.data.name as string;
    const headA = appliance.ctx.journal.lastSeq();
    await until('A at HQ', () => (replication.lag()?.relayHighWater === headA ? true : undefined));
    await appliance.close();

    // Store B: a quiet one, all at HQ; its technician restores the wrong store's file (same naming scheme, same folder layout).
    const dirB = dir('chefia-restore-store-b-');
    writeCredential(dirB, credentialOf(two, 'RESTORE-B'));
    ({ appliance, replication } = await startStore(dirB, true));
    for (let i = 0; i < 3; i += 1) await sell(appliance, `b-${i}`);
    const headB = appliance.ctx.journal.lastSeq();
    await until('B at HQ', () => (replication.lag()?.relayHighWater === headB ? true : undefined));
    await appliance.close();
    mkdirSync(join(dirB, 'backups'), { recursive: true, mode: 0o700 });
    copyFileSync(join(dirA, 'backups', backupName), join(dirB, 'backups', backupName));
    let refused: unknown = null;
    try {
      stageVerifiedBackup(dirB, backupName);
      swapInStagedBackup(dirB, { name: backupName, preRestoreBackup: 'store-pre-restore-x.db', requestedBy: 'technician' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: 'BACKUP_OF_ANOTHER_STORE', status: 422 });
    expect(existsSync(join(dirB, 'restore-staged.db'))).toBe(false);

    ({ appliance, replication } = await startStore(dirB, true));
    try {
      const saleOfB = await sell(appliance, 'b-after-restore');
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const atHqUnderB = (await relay.query<{ event_id: string }>('SELECT event_id FROM relay.events WHERE store_id = $1', [two.storeId])).map((r) => r.event_id);
      const result = {
        aSalesBookedUnderB: salesOfA.filter((id) => atHqUnderB.includes(id)).length,
        newSaleOfBAtHq: atHqUnderB.includes(saleOfB),
        replicationError: replication.lag()?.lastError ?? null,
      };
      // A's sales are never HQ's sales of B, and B keeps replicating what it sells.
      expect({ aSalesBookedUnderB: result.aSalesBookedUnderB, newSaleOfBAtHq: result.newSaleOfBAtHq, replicationError: result.replicationError }, JSON.stringify(result)).toEqual({
        aSalesBookedUnderB: 0,
        newSaleOfBAtHq: true,
        replicationError: null,
      });
    } finally {
      await appliance.close();
    }
  });
});
