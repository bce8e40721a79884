import crypto from 'node:crypto';
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBatch } from '../ingest/ingest-service.js';
import type { JournalEvent } from '../ingest/event-schema.js';
import { SyntheticStore, seededRandom } from '../testing/synthetic-store.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { createDatabase, type Database } from './database.js';
import { migrate } from './migrate.js';
import { preparedSql, preparedStatementName } from './prepared-statements.js';

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

/** What the relay sent to Postgres: a statement's text, or its name when sent prepared. */
interface SentStatement {
  text: string;
  name?: string;
}

/**
 * One connection, so what one statement prepared the next one sees in `pg_prepared_statements`;
 * every statement sent on it is recorded, each one a round trip.
 */
async function withOneConnection(run: (database: Database, sent: SentStatement[]) => Promise<void>): Promise<void> {
  const database = createDatabase(await postgres.freshDatabase('relay_prepared'), 1);
  const sent: SentStatement[] = [];
  database.pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
      sent.push(typeof config === 'string' ? { text: config } : (config as SentStatement));
      return query(config, ...rest);
    };
  });
  try {
    await run(database, sent);
  } finally {
    await database.close();
  }
}

async function preparedOnConnection(database: Database): Promise<Map<string, number>> {
  const { rows } = await database.pool.query('SELECT name, generic_plans + custom_plans AS runs FROM pg_prepared_statements');
  return new Map(rows.map((row) => [row.name as string, Number(row.runs)]));
}

describe('prepared statements', () => {
  it('prepares a marked text once per connection and runs it again by name; other texts are not kept', async () => {
    await withOneConnection(async (database) => {
      const marked = preparedSql('SELECT $1::int + 1 AS next');
      for (const value of [1, 2, 3]) {
        const { rows } = await database.db.executeQuery(CompiledQuery.raw(marked, [value]));
        expect(rows).toEqual([{ next: value + 1 }]);
      }
      await database.db.executeQuery(CompiledQuery.raw('SELECT $1::int + 2 AS other', [1]));
      const prepared = await preparedOnConnection(database);
      expect(prepared.get(preparedStatementName(marked)!)).toBe(3);
      expect(prepared.size).toBe(1);
    });
  });

  it('runs every statement of an ingested batch prepared, under texts that do not depend on the batch', async () => {
    await withOneConnection(async (database, sent) => {
      await migrate(database.pool);
      const storeId = crypto.randomUUID();
      await database.pool.query('INSERT INTO relay.stores (id, client_id, code, name) VALUES ($1, $2, $3, $3)', [
        storeId, '00000000-0000-0000-0000-000000000001', 'PREP-1',
      ]);
      const store = { id: storeId, clientId: '00000000-0000-0000-0000-000000000001', timeZone: 'America/Sao_Paulo' };
      const synthetic = new SyntheticStore(seededRandom(21));
      // Batches of different sizes, each completing the orders of the one before (whose rows are read
      // back), as a live store sends them.
      const batchSizes = [1, 3, 7, 2, 5];
      // Sold now: the migration made this month's partitions, so no batch has one to make (a month
      // not yet known costs a statement of its own, month-partitions.ts).
      const soldAt = new Date();
      const namesAfter: Set<string>[] = [];
      const sentPerBatch: SentStatement[][] = [];
      let seq = 0;
      let completions: JournalEvent[] = [];
      for (const orders of batchSizes) {
        const sold = Array.from({ length: orders }, () => synthetic.paidOrder(soldAt.toISOString().slice(0, 10), soldAt));
        const events = [...completions, ...sold.flatMap(([created, paid]) => [created, paid])].map((event) => ({ ...event, seq: (seq += 1) }));
        completions = sold.map(([, , completed]) => completed);
        sent.length = 0;
        const result = await ingestBatch(database.db, store as never, { events } as never);
        expect(result.accepted).toBe(events.length);
        sentPerBatch.push([...sent]);
        namesAfter.push(new Set((await preparedOnConnection(database)).keys()));
      }
      // The store's lock, the orders read back, then the raw events (their ids checked there),
      // projections, rollups and high-water in one statement: the same set from the second batch on
      // whatever its size.
      expect(namesAfter[1].size).toBe(3);
      expect([...namesAfter[namesAfter.length - 1]].sort()).toEqual([...namesAfter[1]].sort());
      for (const statements of sentPerBatch.slice(1)) {
        // Each a round trip: the three prepared ones between begin and commit, nothing else.
        expect(statements.map((statement) => (statement.name ? 'prepared' : statement.text))).toEqual(['begin', ...Array(3).fill('prepared'), 'commit']);
      }

      // The orders read probes the months around the batch's dates, not every month an HQ keeps (a year
      // back and the next month made here).
      const ordersRead = sentPerBatch[1].find((statement) => statement.text.includes('from "pos_modern"."orders"'))!;
      expect(ordersRead.text).toContain('"business_date" = any(');
      await database.pool.query(`SELECT relay.ensure_month_partition('pos_modern.orders', (date_trunc('month', now()) - make_interval(months => m))::date)
                                   FROM generate_series(-1, 12) AS m`);
      const today = soldAt.toISOString().slice(0, 10);
      const dayAround = (days: number) => new Date(soldAt.getTime() + days * 86_400_000).toISOString().slice(0, 10);
      const plan = (await database.pool.query(`EXPLAIN (COSTS OFF) ${ordersRead.text}`, [storeId, [-1, 0, 1].map(dayAround), [crypto.randomUUID()]])).rows
        .map((row) => row['QUERY PLAN'] as string)
        .join('\n');
      const partitionsRead = new Set([...plan.matchAll(/ on (orders_p\d{6})/g)].map((match) => match[1]));
      expect(partitionsRead.size, plan).toBe(dayAround(-1).slice(0, 7) === dayAround(1).slice(0, 7) ? 1 : 2);
      expect(partitionsRead).toContain(`orders_p${today.slice(0, 7).replace('-', '')}`);
    });
  });
});
