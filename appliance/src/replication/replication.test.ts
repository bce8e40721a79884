import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../../../cloud-relay/src/testing/use-test-relay.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { CREDENTIAL_FILE, readCredential } from './credential-store.js';
import { createReplicationModule, type ReplicationModule } from './index.js';
import { businessRule } from '../kernel/errors.js';
import type { DownstreamApplier } from './downstream-applier.js';
import { tablePriceApplier, testProductsModule } from './testing/table-price-applier.js';
import { openTestJournal } from './testing/journal-fixture.js';
import { backoffDelay } from './backoff.js';
import { RelayClient } from './relay-client.js';
import { Replicator } from './replicator.js';
import { until } from '../../../test/support/until.js';

const relay = useTestRelay();


async function relayRows(sql: string, params: unknown[]): Promise<any[]> {
  const client = new pg.Client(relay.databaseUrl);
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function newStoreCode(code: string): Promise<{ storeId: string; enrollmentCode: string }> {
  const created = await relay.api('POST', '/api/v1/stores', { token: await relay.adminToken(), body: { code, name: `Loja ${code}` } });
  return { storeId: created.body.data.store.id, enrollmentCode: created.body.data.enrollmentCode };
}

function startStore(dataDir: string, env: Record<string, string> = {}, applier: DownstreamApplier = tablePriceApplier): Promise<{ appliance: TestAppliance; replication: ReplicationModule }> {
  const replication = createReplicationModule({
    appliers: [applier],
    replicator: { maxDelayMs: 20, idlePollMs: 100 },
    downstreamWaitSeconds: 1,
  });
  return startTestAppliance([testProductsModule, replication], { dataDir, env }).then((appliance) => ({ appliance, replication }));
}

describe('replication module', () => {
  it('enrolls from configuration, ships the journal and reports lag in /health and /metrics', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chefia-repl-'));
    const { storeId, enrollmentCode } = await newStoreCode('REPL-1');
    const { appliance, replication } = await startStore(dataDir, { CHEFIA_RELAY_URL: relay.baseUrl, CHEFIA_ENROLLMENT_CODE: enrollmentCode });
    try {
      const credential = await until('enrollment', () => readCredential(dataDir) ?? undefined);
      expect(credential.storeId).toBe(storeId);
      expect(statSync(join(dataDir, CREDENTIAL_FILE)).mode & 0o777).toBe(0o600);

      for (let i = 0; i < 30; i += 1) {
        await appliance.ctx.commands.run('test.counter', (tx) => {
          tx.emit({ type: 'customer.pii_key_rotated', aggregateType: 'pii_key', aggregateId: 'k1', payload: { keyId: 'k1', resealed: i, resealedByStore: { customers: i } } });
        });
      }
      const head = appliance.ctx.journal.lastSeq();
      await until('relay high-water', () => (replication.lag()?.relayHighWater === head ? true : undefined));
      const [row] = await relayRows('SELECT count(*)::int AS n, max(seq)::int AS hi FROM relay.events WHERE store_id = $1', [storeId]);
      expect(row).toEqual({ n: head, hi: head });

      const health = await (await fetch(`${appliance.baseUrl}/health`)).json();
      const check = health.data?.checks?.replication ?? health.checks?.replication;
      expect(check).toMatchObject({ status: 'ok', enrolled: true, events: 0, seconds: 0, relayHighWater: head });
      const metrics = await (await fetch(`${appliance.baseUrl}/metrics`)).text();
      expect(metrics).toMatch(/chefia_replication_lag_events 0/);
      expect(metrics).toMatch(new RegExp(`chefia_replication_relay_high_water ${head}`));
    } finally {
      await appliance.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('applies an HQ price change exactly once, including one made while the store was offline', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chefia-repl-'));
    const { storeId, enrollmentCode } = await newStoreCode('REPL-2');
    const env = { CHEFIA_RELAY_URL: relay.baseUrl, CHEFIA_ENROLLMENT_CODE: enrollmentCode };
    const token = await relay.adminToken();
    const price = (db: TestAppliance['ctx']['db']) => db.prepare("SELECT price_cents FROM test_products WHERE id = 'prod-xburger'").pluck().get();
    const upserts = (db: TestAppliance['ctx']['db']) =>
      db.prepare("SELECT count(*) FROM journal WHERE type = 'catalog.product_upserted' AND aggregate_id = 'prod-xburger'").pluck().get();

    let { appliance } = await startStore(dataDir, env);
    try {
      await until('product at HQ', async () => (await relayRows('SELECT 1 FROM pos_modern.products WHERE store_id = $1', [storeId])).length > 0 || undefined);
      const online = await relay.api('POST', '/api/v1/catalog/products/prod-xburger/changes', { token, body: { storeIds: [storeId], priceCents: 3190 } });
      expect(online.status).toBe(202);
      await until('online price change', () => (price(appliance.ctx.db) === 3190 ? true : undefined));
      expect(upserts(appliance.ctx.db)).toBe(2);
      await appliance.close();

      const offline = await relay.api('POST', '/api/v1/catalog/products/prod-xburger/changes', { token, body: { storeIds: [storeId], priceCents: 3490 } });
      expect(offline.status).toBe(202);
      ({ appliance } = await startStore(dataDir, env));
      await until('offline price change', () => (price(appliance.ctx.db) === 3490 ? true : undefined));
      await until('acknowledgement', async () => {
        const [store] = await relayRows('SELECT downstream_acked::int AS acked FROM relay.stores WHERE id = $1', [storeId]);
        return store.acked === offline.body.data.queued[0].cursor ? true : undefined;
      });
      expect(upserts(appliance.ctx.db)).toBe(3);

      // Redelivery (a crash after applying but before the ack): forget the cursor and fetch again.
      await appliance.close();
      const { openDatabase } = await import('../kernel/db/open.js');
      const raw = openDatabase(join(dataDir, 'store.db'));
      raw.prepare("UPDATE replication_state SET value = 0 WHERE key = 'downstream_cursor'").run();
      raw.close();
      ({ appliance } = await startStore(dataDir, env));
      await until('cursor caught up again', () =>
        (appliance.ctx.db.prepare("SELECT value FROM replication_state WHERE key = 'downstream_cursor'").pluck().get() as number) >=
        offline.body.data.queued[0].cursor
          ? true
          : undefined,
      );
      expect(price(appliance.ctx.db)).toBe(3490);
      expect(upserts(appliance.ctx.db)).toBe(3);
      expect(appliance.ctx.db.prepare("SELECT count(*) FROM replication_downstream_applied WHERE outcome = 'applied'").pluck().get()).toBe(2);
      const health = await (await fetch(`${appliance.baseUrl}/health`)).json();
      expect(health.data.checks.replication.downstream).toMatchObject({ applied: 0, duplicates: 2 });

      // The store journals the change, so HQ's projection follows the store.
      await until('HQ sees new price', async () => {
        const [product] = await relayRows("SELECT price_cents::int AS p FROM pos_modern.products WHERE store_id = $1 AND id = 'prod-xburger'", [storeId]);
        return product.p === 3490 ? true : undefined;
      });
    } finally {
      await appliance.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('records a message the store\'s rules refuse and goes on with the ones after it, instead of retrying it forever', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chefia-repl-'));
    const { storeId, enrollmentCode } = await newStoreCode('REPL-REFUSE');
    const env = { CHEFIA_RELAY_URL: relay.baseUrl, CHEFIA_ENROLLMENT_CODE: enrollmentCode };
    const token = await relay.adminToken();
    // A rule the store applies to what HQ sends (a product gone, a business day closed, no kitchen station): the same on every retry.
    const refusing: DownstreamApplier = {
      types: tablePriceApplier.types,
      apply(tx, message) {
        if ((message.payload as { priceCents: number | null }).priceCents === 1) throw businessRule('TEST_PRICE_REFUSED');
        return tablePriceApplier.apply(tx, message);
      },
    };
    const { appliance } = await startStore(dataDir, env, refusing);
    try {
      await until('product at HQ', async () => (await relayRows('SELECT 1 FROM pos_modern.products WHERE store_id = $1', [storeId])).length > 0 || undefined);
      const refused = await relay.api('POST', '/api/v1/catalog/products/prod-xburger/changes', { token, body: { storeIds: [storeId], priceCents: 1 } });
      const next = await relay.api('POST', '/api/v1/catalog/products/prod-xburger/changes', { token, body: { storeIds: [storeId], priceCents: 3190 } });
      expect([refused.status, next.status]).toEqual([202, 202]);
      await until('the change after the refused one', () => (appliance.ctx.db.prepare("SELECT price_cents FROM test_products WHERE id = 'prod-xburger'").pluck().get() === 3190 ? true : undefined));
      const outcomes = appliance.ctx.db.prepare('SELECT message_id AS id, cursor, outcome FROM replication_downstream_applied ORDER BY cursor').all() as { id: string; cursor: number; outcome: string }[];
      expect(outcomes.map(({ cursor, outcome }) => ({ cursor, outcome }))).toEqual([
        { cursor: refused.body.data.queued[0].cursor, outcome: 'refused' },
        { cursor: next.body.data.queued[0].cursor, outcome: 'applied' },
      ]);
      const journaled = appliance.ctx.journal.readAfter(0).filter((e) => e.type === 'replication.downstream_refused');
      expect(journaled.map((e) => e.payload)).toEqual([{ messageId: outcomes[0].id, type: 'catalog.product_changed', code: 'TEST_PRICE_REFUSED' }]);
      const health = await (await fetch(`${appliance.baseUrl}/health`)).json();
      expect(health.data.checks.replication.downstream).toMatchObject({ applied: 1, refused: 1 });
    } finally {
      await appliance.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('enrolls in the background once an unreachable relay comes up', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chefia-repl-'));
    const { storeId, enrollmentCode } = await newStoreCode('REPL-3');
    // A loopback forwarder that refuses connections until the test "brings the relay up".
    const net = await import('node:net');
    let up = false;
    const forwarder = net.createServer((socket) => {
      if (!up) return socket.destroy();
      const upstream = net.connect(new URL(relay.baseUrl).port as unknown as number, '127.0.0.1');
      socket.pipe(upstream).pipe(socket);
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => forwarder.listen(0, '127.0.0.1', resolve));
    const port = (forwarder.address() as { port: number }).port;
    const { appliance, replication } = await startStore(dataDir, { CHEFIA_RELAY_URL: `http://127.0.0.1:${port}`, CHEFIA_ENROLLMENT_CODE: enrollmentCode });
    try {
      expect(replication.lag()).toBeNull();
      const health = await (await fetch(`${appliance.baseUrl}/health`)).json();
      expect(health.data?.checks?.replication ?? health.checks?.replication).toMatchObject({ status: 'ok', enrolled: false });
      up = true;
      await until('background enrollment', () => (replication.lag()?.relayHighWater === appliance.ctx.journal.lastSeq() ? true : undefined), 20_000);
      expect(readCredential(dataDir)?.storeId).toBe(storeId);
    } finally {
      await appliance.close();
      forwarder.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("ships nothing to the relay before it is on the store's stable storage", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chefia-repl-'));
    const journal = openTestJournal(join(dir, 'store.db'));
    journal.append(Array.from({ length: 5 }, (_, i) => ({ type: 'customer.pii_key_rotated' as const, aggregateType: 'pii_key' as const, aggregateId: 'k', payload: { keyId: 'k', resealed: i, resealedByStore: { customers: i } }, occurredAt: new Date().toISOString() })));
    const { storeId, credential } = await relay.enrolledStore('REPL-FSYNC');
    let release!: () => void;
    const onStorage = new Promise<void>((r) => (release = r));
    const replicator = new Replicator(journal.db, new RelayClient(relay.baseUrl, storeId, credential, 5_000), { maxDelayMs: 0, idlePollMs: 50 }, undefined, () => onStorage);
    const stored = async () => (await relayRows('SELECT count(*)::int AS n FROM relay.events WHERE store_id = $1', [storeId]))[0].n as number;
    try {
      replicator.start();
      await until('the relay asked for its high-water', () => (replicator.lag().relayHighWater === 0 ? true : undefined));
      await new Promise((r) => setTimeout(r, 300));
      expect(await stored()).toBe(0);
      release();
      await until('the events at the relay', () => (replicator.lag().relayHighWater === 5 ? true : undefined));
      expect(await stored()).toBe(5);
    } finally {
      await replicator.stop();
      journal.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes the relay's high water now and then and at stop, not once per batch", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chefia-repl-'));
    const journal = openTestJournal(join(dir, 'store.db'));
    const append = (count: number) =>
      journal.append(Array.from({ length: count }, (_, i) => ({ type: 'customer.pii_key_rotated' as const, aggregateType: 'pii_key' as const, aggregateId: 'k', payload: { keyId: 'k', resealed: i, resealedByStore: { customers: i } }, occurredAt: new Date().toISOString() })));
    const stored = () => journal.db.prepare("SELECT value FROM replication_state WHERE key = 'relay_high_water'").pluck().get();
    const { storeId, credential } = await relay.enrolledStore('REPL-HIGH-WATER');
    const client = () => new RelayClient(relay.baseUrl, storeId, credential, 5_000);
    const replicator = new Replicator(journal.db, client(), { maxDelayMs: 0, idlePollMs: 50 });
    try {
      replicator.start();
      for (const head of [3, 6, 9]) {
        append(3);
        await until(`the relay at ${head}`, () => (replicator.lag().relayHighWater === head ? true : undefined));
      }
      // Written once, at the first answer of the run (0); the three batches after it wrote nothing.
      expect(stored()).toBe(0);
      await replicator.stop();
      expect(stored()).toBe(9);
      // A restart knows where replication stood before the relay answers.
      expect(new Replicator(journal.db, client()).lag()).toMatchObject({ relayHighWater: 9, events: 0 });
    } finally {
      await replicator.stop();
      journal.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps every event and reports growing lag while the relay is unreachable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chefia-repl-'));
    const journal = openTestJournal(join(dir, 'store.db'));
    const occurredAt = new Date(Date.now() - 120_000).toISOString();
    journal.append(Array.from({ length: 50 }, (_, i) => ({ type: 'customer.pii_key_rotated' as const, aggregateType: 'pii_key' as const, aggregateId: 'k', payload: { keyId: 'k', resealed: i, resealedByStore: { customers: i } }, occurredAt })));
    const replicator = new Replicator(journal.db, new RelayClient('http://127.0.0.1:9', '00000000-0000-0000-0000-000000000000', 'csk_x', 500), {
      backoff: { baseMs: 20, maxMs: 50 },
    });
    try {
      replicator.start();
      await until('failures', () => (replicator.lag().consecutiveFailures >= 3 ? true : undefined));
      const lag = replicator.lag();
      expect(lag).toMatchObject({ events: 50, headSeq: 50, state: 'retrying' });
      expect(lag.seconds).toBeGreaterThanOrEqual(119);
      expect(lag.lastError).toBeTruthy();
      expect(journal.db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(50);
    } finally {
      await replicator.stop();
      journal.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('backs off exponentially with jitter, capped', () => {
    const options = { baseMs: 500, maxMs: 60_000 };
    expect(backoffDelay(1, options, () => 0)).toBe(500);
    expect(backoffDelay(1, options, () => 1)).toBe(1000);
    expect(backoffDelay(4, options, () => 0)).toBe(4000);
    expect(backoffDelay(40, options, () => 1)).toBe(60_000);
    expect(backoffDelay(40, options, () => 0)).toBe(30_000);
  });
});
