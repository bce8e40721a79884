import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * The least a relay catch-up cannot avoid: read the store journal in batches and insert each batch
 * as one multi-row INSERT into a bare table of the same Postgres, one transaction per batch. No
 * HTTP, authentication, dedupe, projections or rollups. Run as its own process by relay-bench:
 * `node relay-floor-insert.js <journal.db> <databaseUrl> <batchEvents>`; prints `{ events, seconds }`.
 */
const [journalFile, databaseUrl, batchArg] = process.argv.slice(2);
const batchEvents = Number(batchArg);
const journal = new Database(journalFile, { readonly: true });
const client = new pg.Client(databaseUrl);
await client.connect();
await client.query(`CREATE TABLE floor_events (store_id text NOT NULL, seq bigint NOT NULL, event_id uuid NOT NULL, type text NOT NULL,
  aggregate_id text NOT NULL, payload jsonb NOT NULL, occurred_at timestamptz NOT NULL, PRIMARY KEY (store_id, seq))`);
const read = journal.prepare('SELECT seq, event_id, type, aggregate_id, payload, occurred_at FROM journal WHERE seq > ? ORDER BY seq LIMIT ?');
const started = performance.now();
let after = 0;
let events = 0;
for (;;) {
  const rows = read.all(after, batchEvents) as { seq: number; event_id: string; type: string; aggregate_id: string; payload: string; occurred_at: string }[];
  if (rows.length === 0) break;
  const values: unknown[] = [];
  const tuples = rows.map((row, i) => {
    values.push('floor', row.seq, row.event_id, row.type, row.aggregate_id, row.payload, row.occurred_at);
    const p = i * 7;
    return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7})`;
  });
  await client.query(`INSERT INTO floor_events VALUES ${tuples.join(', ')}`, values);
  after = rows[rows.length - 1].seq;
  events += rows.length;
}
const seconds = (performance.now() - started) / 1000;
await client.end();
journal.close();
process.stdout.write(JSON.stringify({ events, seconds }) + '\n');
