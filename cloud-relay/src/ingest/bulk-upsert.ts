import type { StatementPart } from '../db/one-statement.js';

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

/** The INSERT … ON CONFLICT text for a spec, its array parameters numbered from `firstParameter`. */
function upsertText(spec: BulkUpsert, firstParameter: number): string {
  const columnNames = spec.columns.map((column) => column.name);
  const casts = spec.columns.map((column, index) => `$${firstParameter + index}::${column.type}[]`).join(', ');
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
  return (
    `INSERT INTO ${spec.table} AS target (${columnNames.join(', ')}) ` +
    `SELECT * FROM unnest(${casts}) ` +
    `ON CONFLICT (${spec.conflictColumns.join(', ')}) ${conflictAction}`
  );
}

/**
 * Many rows of one table as one INSERT … ON CONFLICT, to run with others (db/one-statement.ts). Each
 * column travels as one array parameter expanded by unnest(), which keeps the parameter count fixed
 * whatever the batch size; callers merge rows by key first, since one statement may not touch the
 * same row twice. With no rows it writes nothing and keeps its text.
 */
export function upsertPart(spec: BulkUpsert): StatementPart {
  return {
    text: (firstParameter) => upsertText(spec, firstParameter),
    values: spec.columns.map((_, index) => spec.rows.map((row) => row[index] ?? null)),
  };
}
