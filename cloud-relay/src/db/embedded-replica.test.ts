import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyntheticStore, seededRandom, type SyntheticEvent } from '../testing/synthetic-store.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { until } from '../../../test/support/until.js';

/** Waits for a condition (replication is asynchronous); `until` wants a value, `true` is one. */
const waitFor = (what: string, check: () => Promise<boolean>, timeoutMs: number) => until(what, async () => ((await check()) ? true : undefined), timeoutMs);
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres.js';
import { startEmbeddedReplica, type EmbeddedReplicaHandle } from './embedded-replica.js';

let dir: string;
let primary: EmbeddedPostgresHandle;
let replica: EmbeddedReplicaHandle;
let relay: TestRelay;
let primaryUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chefia-relay-replica-'));
  primary = await startEmbeddedPostgres({ dataDir: join(dir, 'primary') });
  const admin = new pg.Client(primary.url);
  await admin.connect();
  await admin.query('CREATE DATABASE relay_hq');
  await admin.end();
  const url = new URL(primary.url);
  url.pathname = '/relay_hq';
  primaryUrl = url.toString();
  replica = await startEmbeddedReplica({ primaryDataDir: join(dir, 'primary'), primaryUrl, dataDir: join(dir, 'replica') });
  const unused = { url: primary.url, freshDatabase: async () => primaryUrl, stop: async () => undefined };
  relay = await startTestRelay(unused, { databaseUrl: primaryUrl, databaseReplicaUrl: replica.url });
}, 180_000);

afterAll(async () => {
  await relay?.close();
  await replica?.stop();
  await primary?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function onReplica<T = any>(text: string): Promise<T[]> {
  const client = new pg.Client(replica.url);
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('the embedded cluster', () => {
  it('answers on loopback TCP and on its Unix socket, for a client on this machine', async () => {
    const addressOver = async (url: string) => {
      const client = new pg.Client(url);
      await client.connect();
      try {
        return (await client.query('SELECT inet_server_addr()::text AS address')).rows[0].address;
      } finally {
        await client.end();
      }
    };
    expect(await addressOver(primary.url)).toBe('127.0.0.1/32');
    // A Unix socket connection has no server address.
    expect(primary.socketUrl).toBeDefined();
    expect(await addressOver(primary.socketUrl!)).toBeNull();
  });
});

describe('reports from a streaming read replica (DATABASE_REPLICA_URL)', () => {
  it('serves HQ sales from the standby, which follows the primary a moment behind', async () => {
    expect(await onReplica('SELECT pg_is_in_recovery() AS standby')).toEqual([{ standby: true }]);
    // The relay's schema reached the standby through WAL, not through migrations of its own.
    await waitFor('the schema on the standby', async () => (await onReplica("SELECT to_regclass('pos_modern.sales_by_day')::text AS t"))[0].t === 'pos_modern.sales_by_day', 60_000);

    const { storeId, credential } = await relay.enrolledStore('REP-1');
    const token = await relay.adminToken();
    const store = new SyntheticStore(seededRandom(31));
    const day = '2026-11-20';
    const post = (events: SyntheticEvent[]) =>
      relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events[events.length - 1].seq } });
    const report = async () =>
      (await relay.api('GET', `/api/v1/reports/sales?from=${day}&to=${day}&groupBy=storeDay`, { token })).body.data.totals.netCents as number;

    const first = Array.from({ length: 10 }, () => store.paidOrder(day, new Date(`${day}T15:00:00Z`))).flat();
    expect((await post(first)).status).toBe(200);
    const firstTotal = store.totals.paidCents;
    // Replication is asynchronous: the report shows the batch once the standby has replayed it.
    await waitFor('the first batch in the report', async () => (await report()) === firstTotal, 30_000);

    // Pausing replay on the standby freezes what the relay's reports see, while ingest goes on.
    await onReplica('SELECT pg_wal_replay_pause()');
    const second = Array.from({ length: 5 }, () => store.paidOrder(day, new Date(`${day}T16:00:00Z`))).flat();
    expect((await post(second)).status).toBe(200);
    expect(store.totals.paidCents).toBeGreaterThan(firstTotal);
    const primaryClient = new pg.Client(primaryUrl);
    await primaryClient.connect();
    const [onPrimary] = (await primaryClient.query('SELECT sum(amount_cents)::int AS net FROM pos_modern.sales_by_day WHERE store_id = $1', [storeId])).rows;
    await primaryClient.end();
    expect(onPrimary.net).toBe(store.totals.paidCents);
    expect(await report()).toBe(firstTotal);

    await onReplica('SELECT pg_wal_replay_resume()');
    await waitFor('the second batch in the report', async () => (await report()) === store.totals.paidCents, 30_000);
    await waitFor('the standby caught up', async () => (await replica.lagSeconds()) === 0, 30_000);
  });
});
