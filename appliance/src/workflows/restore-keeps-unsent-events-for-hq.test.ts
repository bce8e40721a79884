import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { businessDayModule, createBusinessDayModule } from '../business-day/index.js';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createReplicationModule, writeCredential, type ReplicationModule } from '../replication/index.js';

/**
 * A technician restores, on a store whose link to HQ is down, a backup made on another appliance
 * (the store's old box): the events of the running journal that HQ has not received yet would stay
 * only in the copy the restore takes first. The store says how many and waits for the technician
 * to confirm. A backup of the running journal keeps them (the restore carries its history), and a
 * store with no HQ relay has nothing HQ could miss: neither asks.
 */
describe('a restore over events HQ has not received yet', () => {
  const dirs: string[] = [];
  const dir = (prefix: string) => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** A port nothing listens on: the relay is unreachable (the store's internet is down). */
  async function unreachableRelayUrl(): Promise<string> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    return `http://127.0.0.1:${port}`;
  }

  async function enrollAtUnreachableRelay(dataDir: string, storeCode: string): Promise<void> {
    const relayUrl = await unreachableRelayUrl();
    writeCredential(dataDir, { relayUrl, storeId: randomUUID(), storeCode, storeName: `Loja ${storeCode}`, credential: 'a-credential-from-the-relay-0123456789', enrolledAt: new Date().toISOString() });
  }

  /** The store as `modules.ts` wires it: the restore asks the replicator what HQ has not received. */
  async function startStore(dataDir: string): Promise<TestAppliance & { replication: ReplicationModule }> {
    const replication = createReplicationModule({ replicator: { maxDelayMs: 20, idlePollMs: 100, heartbeatMs: 100, backoff: { baseMs: 50, maxMs: 200 } }, downstreamWaitSeconds: 1 });
    const businessDay = createBusinessDayModule({ eventsNotYetAtHq: () => replication.lag()?.events ?? 0 });
    return Object.assign(await startTestAppliance([businessDay, replication], { dataDir }), { replication });
  }

  async function sell(appliance: TestAppliance, tag: string): Promise<void> {
    await appliance.ctx.commands.run('test.sale', (tx) => {
      tx.emit({ type: 'customer.pii_key_rotated', aggregateType: 'pii_key', aggregateId: tag, payload: { keyId: tag, resealed: 1, resealedByStore: { customers: 1 } } });
    });
  }

  /** A backup taken on another appliance, copied into this store's backups folder. */
  async function backupOfAnotherAppliance(target: string): Promise<string> {
    const old = await startTestAppliance([businessDayModule], { dataDir: dir('chefia-old-box-') });
    await sell(old, 'old-box');
    const name = (await callApi(old, old.bearer(['backups.manage']), 'POST', '/backups')).body.data.name as string;
    mkdirSync(join(target, 'backups'), { recursive: true, mode: 0o700 });
    const copy = new Database(join(old.dataDir, 'backups', name), { readonly: true });
    await copy.backup(join(target, 'backups', name));
    copy.close();
    await old.close();
    return name;
  }

  const preRestoreCopies = (dataDir: string) => readdirSync(join(dataDir, 'backups')).filter((name) => name.startsWith('store-pre-restore-'));

  it('refuses to restore another appliance\'s backup until the technician confirms, naming how many events HQ would miss', async () => {
    const dataDir = dir('chefia-unsent-');
    await enrollAtUnreachableRelay(dataDir, 'UNSENT');
    const store = await startStore(dataDir);
    try {
      for (let i = 0; i < 3; i += 1) await sell(store, `sale-${i}`);
      const name = await backupOfAnotherAppliance(dataDir);
      const auth = store.bearer(['backups.manage']);
      const unsent = store.ctx.journal.lastSeq();
      expect(store.replication.lag()?.events).toBe(unsent);

      const refused = await callApi(store, auth, 'POST', `/backups/${name}/restore`);
      expect([refused.status, refused.body.error.code]).toEqual([409, 'RESTORE_WOULD_LOSE_UNSENT_EVENTS']);
      expect(refused.body.error.message).toContain(`Há ${unsent} registro(s) desta loja ainda não enviado(s) à matriz`);
      expect(refused.body.error.details).toEqual({ events: unsent });
      // Refused before anything was done: no staged copy, no pre-restore copy.
      expect(existsSync(join(dataDir, 'restore-staged.db'))).toBe(false);
      expect(preRestoreCopies(dataDir)).toEqual([]);

      // Confirmed, the restore goes on: the pre-restore copy is taken (the test host then cannot restart).
      const confirmed = await callApi(store, auth, 'POST', `/backups/${name}/restore`, { confirmUnsentEvents: true });
      expect([confirmed.status, confirmed.body.error.code]).toEqual([503, 'RESTART_NOT_SUPPORTED']);
      expect(preRestoreCopies(dataDir)).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('restores a backup of the running journal without asking: its history, unsent events included, is carried', async () => {
    const dataDir = dir('chefia-unsent-own-');
    await enrollAtUnreachableRelay(dataDir, 'OWN');
    const store = await startStore(dataDir);
    try {
      const auth = store.bearer(['backups.manage']);
      await sell(store, 'before-backup');
      const name = (await callApi(store, auth, 'POST', '/backups')).body.data.name as string;
      await sell(store, 'after-backup');
      expect(store.replication.lag()?.events).toBe(store.ctx.journal.lastSeq());

      const restore = await callApi(store, auth, 'POST', `/backups/${name}/restore`);
      expect([restore.status, restore.body.error.code]).toEqual([503, 'RESTART_NOT_SUPPORTED']);
    } finally {
      await store.close();
    }
  });

  it('restores another appliance\'s backup without asking on a store that replicates to no relay', async () => {
    const dataDir = dir('chefia-no-relay-');
    const store = await startStore(dataDir);
    try {
      await sell(store, 'sale');
      const name = await backupOfAnotherAppliance(dataDir);
      const restore = await callApi(store, store.bearer(['backups.manage']), 'POST', `/backups/${name}/restore`);
      expect([restore.status, restore.body.error.code]).toEqual([503, 'RESTART_NOT_SUPPORTED']);
    } finally {
      await store.close();
    }
  });
});
