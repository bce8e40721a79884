import type pg from 'pg';

/** The tables migration 009 partitions by month, with the column each is partitioned by. */
export const PARTITIONED_TABLES = {
  'relay.events': 'occurred_at',
  'pos_modern.orders': 'business_date',
  'pos_modern.order_items': 'business_date',
  'pos_modern.payments': 'business_date',
  'pos_modern.sales_by_hour': 'business_date',
  'pos_modern.sales_by_product': 'business_date',
} as const;

export type PartitionedTable = keyof typeof PARTITIONED_TABLES;

/** Several nodes run the maintenance at start; one at a time does the work, the others skip it. */
const MAINTENANCE_LOCK_ID = 4_242_009;

/** First day (UTC) of the month `offset` months from `at`, as YYYY-MM-DD. */
export function monthStart(at: Date, offset = 0): string {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1)).toISOString().slice(0, 10);
}

/** The partition holding one month of a table, e.g. `relay.events_p202611`. */
export function partitionName(table: PartitionedTable, month: string): string {
  return `${table}_p${month.slice(0, 4)}${month.slice(5, 7)}`;
}

export interface MaintenanceResult {
  /** Partitions created, e.g. `relay.events_p202703`. */
  created: string[];
  /** False when another node held the maintenance lock (it does the same work). */
  ran: boolean;
}

/**
 * Creates the partitions of last month to `monthsAhead` months from now for every partitioned table.
 * Runs at start and daily, one node at a time; a row of any other month gets its month from the
 * ingest that writes it (month-partitions.ts). Each month in its own short transaction.
 */
export async function ensurePartitions(pool: pg.Pool, options: { now?: Date; monthsAhead?: number } = {}): Promise<MaintenanceResult> {
  const now = options.now ?? new Date();
  const monthsAhead = options.monthsAhead ?? 3;
  const client = await pool.connect();
  const created: string[] = [];
  try {
    const locked = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [MAINTENANCE_LOCK_ID]);
    if (!locked.rows[0].ok) return { created, ran: false };
    try {
      for (const table of Object.keys(PARTITIONED_TABLES) as PartitionedTable[]) {
        for (let offset = -1; offset <= monthsAhead; offset += 1) {
          const month = monthStart(now, offset);
          const made = await client.query<{ made: boolean }>('SELECT relay.ensure_month_partition($1, $2::date) AS made', [table, month]);
          if (made.rows[0].made) created.push(partitionName(table, month));
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MAINTENANCE_LOCK_ID]);
    }
  } finally {
    client.release();
  }
  return { created, ran: true };
}

export interface PruneResult {
  partition: string;
  /** False when the month had no partition of its own (nothing to drop). */
  dropped: boolean;
  /** Wall time from the call to the partition gone; ingest goes on throughout. */
  millis: number;
}

/**
 * Drops one month of a table: `DETACH PARTITION … CONCURRENTLY`, then DROP TABLE. The concurrent
 * detach takes only SHARE UPDATE EXCLUSIVE on the table, which no insert or read waits for, then
 * waits for the transactions already using the table to end; the drop locks the detached table
 * alone. A detach interrupted half-way (the connection lost) leaves the partition pending, and the
 * next prune finishes it with FINALIZE.
 */
export async function pruneMonth(pool: pg.Pool, table: PartitionedTable, month: string): Promise<PruneResult> {
  const partition = partitionName(table, month);
  const started = performance.now();
  const client = await pool.connect();
  try {
    const state = await client.query<{ found: string | null; pending: boolean | null }>(
      'SELECT to_regclass($1)::text AS found, (SELECT inhdetachpending FROM pg_inherits WHERE inhrelid = to_regclass($1)) AS pending',
      [partition],
    );
    const { found, pending } = state.rows[0];
    if (!found) return { partition, dropped: false, millis: performance.now() - started };
    // Not a transaction block: Postgres runs the concurrent detach as two transactions of its own.
    if (pending === false) await client.query(`ALTER TABLE ${table} DETACH PARTITION ${partition} CONCURRENTLY`);
    if (pending === true) await client.query(`ALTER TABLE ${table} DETACH PARTITION ${partition} FINALIZE`);
    await client.query(`DROP TABLE ${partition}`);
    return { partition, dropped: true, millis: performance.now() - started };
  } finally {
    client.release();
  }
}

/**
 * Drops the months of `table` older than the last `keepMonths` (the current month counts as one):
 * its monthly partitions whose month starts before the cut.
 */
export async function pruneExpired(pool: pg.Pool, table: PartitionedTable, keepMonths: number, now = new Date()): Promise<PruneResult[]> {
  const cut = monthStart(now, -(keepMonths - 1));
  const [schema, name] = table.split('.');
  const partitions = await pool.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE i.inhparent = $1::regclass AND n.nspname = $2 ORDER BY c.relname`,
    [table, schema],
  );
  const results: PruneResult[] = [];
  for (const { name: partition } of partitions.rows) {
    const match = new RegExp(`^${name}_p(\\d{4})(\\d{2})$`).exec(partition);
    if (!match) continue;
    const month = `${match[1]}-${match[2]}-01`;
    if (month < cut) results.push(await pruneMonth(pool, table, month));
  }
  return results;
}

export interface MaintenanceOptions {
  /** Months of raw events (`relay.events`) to keep; unset = keep them all. */
  rawEventsRetentionMonths?: number;
  onError: (error: unknown) => void;
  onCreated?: (created: string[]) => void;
  onPruned?: (pruned: PruneResult[]) => void;
}

/**
 * The daily maintenance: months created ahead and, with a retention set, raw events past it pruned.
 * The first run is a minute after start (the relay creates its months before serving), then daily.
 */
export function schedulePartitionMaintenance(pool: pg.Pool, options: MaintenanceOptions): { stop(): void } {
  const run = async () => {
    try {
      const result = await ensurePartitions(pool);
      if (result.created.length > 0) options.onCreated?.(result.created);
      if (result.ran && options.rawEventsRetentionMonths) {
        const pruned = await pruneExpired(pool, 'relay.events', options.rawEventsRetentionMonths);
        if (pruned.length > 0) options.onPruned?.(pruned);
      }
    } catch (error) {
      options.onError(error);
    }
  };
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, 24 * 60 * 60 * 1000);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
