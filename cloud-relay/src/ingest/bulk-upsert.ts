import { CompiledQuery } from 'kysely';
import type { RelayDb } from '../db/database.js';
import { preparedSql } from '../db/prepared-statements.js';

/** How a column is written when the row already exists. */
export type OnConflict = 'replace' | 'add' | 'coalesce' | 'keep';

export interface BulkColumn {
  name: string;
  /** Postgres element type used to cast the unnest() array parameter. */
  type: string;
  onConflict?: OnConflict;
}

export interface BulkUpsert {
  table: string;
  columns: BulkColumn[];
  conflictColumns: string[];
  rows: unknown[][];
}

/**
 * Writes many rows in one statement: each column travels as one array parameter expanded by unnest(),
 * which keeps the parameter count fixed whatever the batch size and avoids per-row round trips.
 * Callers merge rows by key first: one statement may not touch the same row twice.
 */
export async function bulkUpsert(executor: RelayDb, spec: BulkUpsert): Promise<void> {
  if (spec.rows.length === 0) return;
  const columnNames = spec.columns.map((column) => column.name);
  const arrays = spec.columns.map((_, index) => spec.rows.map((row) => row[index] ?? null));
  const casts = spec.columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
  const updates = spec.columns
    .filter((column) => !spec.conflictColumns.includes(column.name) && (column.onConflict ?? 'replace') !== 'keep')
    .map((column) => {
      const name = column.name;
      switch (column.onConflict ?? 'replace') {
        case 'add':
          return `${name} = target.${name} + EXCLUDED.${name}`;
        case 'coalesce':
          return `${name} = COALESCE(EXCLUDED.${name}, target.${name})`;
        default:
          return `${name} = EXCLUDED.${name}`;
      }
    });
  const conflictAction = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
  const text =
    `INSERT INTO ${spec.table} AS target (${columnNames.join(', ')}) ` +
    `SELECT * FROM unnest(${casts}) ` +
    `ON CONFLICT (${spec.conflictColumns.join(', ')}) ${conflictAction}`;
  // The text depends only on the spec, a handful per table: prepared once per connection.
  await executor.executeQuery(CompiledQuery.raw(preparedSql(text), arrays));
}
