import { CompiledQuery } from 'kysely';
import type { RelayDb } from './database.js';
import type { PartitionedTable } from './partitions.js';

/** `2026-11-20` or `2026-11-20T13:00:00-03:00` → the first day of its month, `2026-11-01` (UTC for times). */
export function monthOf(dateOrTime: string): string {
  const utc = dateOrTime.length === 10 ? dateOrTime : new Date(dateOrTime).toISOString();
  return `${utc.slice(0, 7)}-01`;
}

/**
 * The monthly partitions a batch writes to, made in the batch's own transaction when missing. The
 * tables have no default partition (migration 011), so a row of a month without a partition would be
 * refused; the daily maintenance creates the months around now, and this covers the rest (a store
 * clock far off, a journal from long ago). Months found to exist are remembered, so a batch of
 * the usual months costs no query.
 */
export class MonthPartitions {
  private readonly known = new Set<string>();

  async ensure(executor: RelayDb, wanted: Map<PartitionedTable, Set<string>>): Promise<void> {
    const tables: string[] = [];
    const months: string[] = [];
    for (const [table, tableMonths] of wanted) {
      for (const month of tableMonths) {
        if (this.known.has(`${table} ${month}`)) continue;
        tables.push(table);
        months.push(month);
      }
    }
    if (tables.length === 0) return;
    const result = await executor.executeQuery<{ parent: string; month: string; made: boolean }>(
      CompiledQuery.raw(
        `SELECT parent, to_char(month, 'YYYY-MM-DD') AS month, relay.ensure_month_partition(parent, month) AS made
           FROM unnest($1::text[], $2::date[]) AS wanted (parent, month)`,
        [tables, months],
      ),
    );
    // A month made in this transaction is remembered only when a later batch finds it committed.
    for (const row of result.rows) if (!row.made) this.known.add(`${row.parent} ${row.month}`);
  }

  /** After a refusal for a missing partition (a month pruned by another node): ask Postgres again. */
  forget(): void {
    this.known.clear();
  }
}

/** Postgres' refusal of a row whose month has no partition. */
export function isMissingPartition(error: unknown): boolean {
  const failure = error as { code?: string; message?: string } | null;
  return failure?.code === '23514' && (failure.message ?? '').startsWith('no partition of relation');
}
