import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestJournal, type TestJournal } from '../../appliance/src/replication/testing/journal-fixture.js';
import { findFreePort } from '../../cloud-relay/src/db/embedded-postgres.js';
import { startTestPostgres, type TestPostgres } from '../../cloud-relay/src/testing/test-postgres.js';
import { SyntheticStore, seededRandom } from '../../cloud-relay/src/testing/synthetic-store.js';
import { spawnRelay, spawnSender, type ChildHandle } from './relay-process.js';

// `npm test` runs 6 trials; `npm run test:crash` the 20 of the acceptance criteria.
const TRIALS = Number(process.env.CHEFIA_RELAY_TRIALS ?? 6);
const ADMIN_PASSWORD = 'Matriz#2026';

/**
 * Acceptance 2: 20 randomized trials, each SIGKILLing the relay process mid-ingest, the sending
 * appliance process mid-send, or both, while a real SQLite journal grows. After each trial the relay
 * must hold exactly the journal: seqs 1..head with no gap and no duplicate, the same event ids, and
 * projections that counted every order once.
 */
describe('relay and sender killed mid-transfer', () => {
  let postgres: TestPostgres;
  let databaseUrl: string;
  let dir: string;
  let journal: TestJournal;
  let relay: (ChildHandle & { httpPort: number }) | null = null;
  let sender: ChildHandle | null = null;

  beforeAll(async () => {
    postgres = await startTestPostgres();
    databaseUrl = await postgres.freshDatabase('relay_trials');
    dir = mkdtempSync(join(tmpdir(), 'chefia-relay-trials-'));
    journal = openTestJournal(join(dir, 'store.db'));
  });

  afterAll(async () => {
    await sender?.kill();
    await relay?.kill();
    journal?.close();
    await postgres?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`loses and duplicates nothing across ${TRIALS} kills`, async () => {
    const port = await findFreePort();
    const relayEnv = { RELAY_HTTP_PORT: String(port), DATABASE_URL: databaseUrl, RELAY_DATA_DIR: join(dir, 'relay'), RELAY_ADMIN_PASSWORD: ADMIN_PASSWORD };
    const relayUrl = `http://127.0.0.1:${port}`;
    relay = await spawnRelay(relayEnv);

    const call = async (path: string, body: unknown, token?: string) => {
      const response = await fetch(`${relayUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      return (await response.json()).data;
    };
    const { token } = await call('/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    const { enrollmentCode } = await call('/api/v1/stores', { code: 'TRIALS', name: 'Loja Ensaios' }, token);
    const { storeId, credential } = await call('/api/v1/enroll', { code: enrollmentCode });

    const client = new pg.Client(databaseUrl);
    await client.connect();
    const random = seededRandom(20261123);
    const store = new SyntheticStore(random);
    const startSender = () => spawnSender({ dbFile: join(dir, 'store.db'), relayUrl, storeId, credential, batchEvents: 50 + Math.floor(random() * 250) });
    sender = startSender();
    const kills = { relay: 0, sender: 0 };
    let killedMidTransfer = 0;

    try {
      for (let trial = 0; trial < TRIALS; trial += 1) {
        const orders = 200 + Math.floor(random() * 300);
        const at = new Date(Date.UTC(2026, 10, 20, 12, 0, trial));
        journal.append(Array.from({ length: orders }, () => store.paidOrder('2026-11-20', at)).flat());
        const victim = (['relay', 'sender', 'both'] as const)[trial % 3];
        await new Promise((resolve) => setTimeout(resolve, 10 + Math.floor(random() * 120)));
        const { rows: [before] } = await client.query('SELECT high_water FROM relay.stores WHERE id = $1', [storeId]);
        if (Number(before.high_water) < journal.journal.lastSeq()) killedMidTransfer += 1;
        if (victim !== 'sender') {
          await relay!.kill('SIGKILL');
          kills.relay += 1;
        }
        if (victim !== 'relay') {
          await sender!.kill('SIGKILL');
          kills.sender += 1;
          sender = startSender();
        }
        if (victim !== 'sender') relay = await spawnRelay(relayEnv);

        const head = journal.journal.lastSeq();
        const deadline = Date.now() + 30_000;
        for (;;) {
          const { rows } = await client.query('SELECT high_water FROM relay.stores WHERE id = $1', [storeId]);
          if (Number(rows[0].high_water) === head) break;
          if (Date.now() > deadline) throw new Error(`trial ${trial}: relay at ${rows[0].high_water}, journal at ${head}\n${sender!.logs.join('')}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }

        const { rows: [raw] } = await client.query(
          'SELECT count(*)::int AS n, count(DISTINCT seq)::int AS seqs, min(seq)::int AS lo, max(seq)::int AS hi, md5(string_agg(event_id, \',\' ORDER BY seq)) AS ids FROM relay.events WHERE store_id = $1',
          [storeId],
        );
        const local = journal.db.prepare("SELECT count(*) AS n, group_concat(event_id, ',') AS ids FROM (SELECT event_id FROM journal ORDER BY seq)").get() as { n: number; ids: string };
        const { createHash } = await import('node:crypto');
        expect(raw, `trial ${trial}`).toEqual({ n: head, seqs: head, lo: 1, hi: head, ids: createHash('md5').update(local.ids).digest('hex') });

        const { rows: [projected] } = await client.query(
          "SELECT count(*)::int AS orders, sum(paid_cents)::bigint AS paid FROM pos_modern.orders WHERE store_id = $1 AND status = 'COMPLETED'",
          [storeId],
        );
        const { rows: [rollup] } = await client.query(
          'SELECT sum(orders_count)::int AS orders, sum(amount_cents)::bigint AS amount FROM pos_modern.sales_by_hour WHERE store_id = $1',
          [storeId],
        );
        const { rows: [daily] } = await client.query(
          'SELECT sum(orders_count)::int AS orders, sum(amount_cents)::bigint AS amount FROM pos_modern.sales_by_day WHERE store_id = $1',
          [storeId],
        );
        expect({ orders: daily.orders, amount: Number(daily.amount) }, `trial ${trial}`).toEqual({ orders: store.totals.orders, amount: store.totals.paidCents });
        expect({ orders: projected.orders, paid: Number(projected.paid) }, `trial ${trial}`).toEqual({ orders: store.totals.orders, paid: store.totals.paidCents });
        expect({ orders: rollup.orders, amount: Number(rollup.amount) }, `trial ${trial}`).toEqual({ orders: store.totals.orders, amount: store.totals.paidCents });
      }
    } finally {
      await client.end();
    }
    expect(kills.relay + kills.sender).toBeGreaterThanOrEqual(TRIALS);
    // The kills must land while events are still moving, not after the transfer finished.
    expect(killedMidTransfer).toBeGreaterThanOrEqual(Math.ceil(TRIALS * 0.75));
    process.stdout.write(`relay trials: ${JSON.stringify({ ...kills, killedMidTransfer, events: journal.journal.lastSeq() })}\n`);
  }, 240_000);
});
