import type pg from 'pg';

/**
 * Every row of every table of the relay's database, as text (table name and the row's start), that
 * holds `needle`: how a retention test shows a person's data is gone from everywhere, including
 * tables nobody thought of when it was written.
 */
export async function rowsHolding(pool: pg.Pool, needle: string): Promise<string[]> {
  const tables = await pool.query<{ name: string }>(
    "SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')",
  );
  const found: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await pool.query<{ row: string }>(`SELECT t::text AS row FROM ${name} t WHERE strpos(t::text, $1) > 0`, [needle]);
    found.push(...rows.rows.map((r) => `${name}: ${r.row.slice(0, 120)}`));
  }
  return found;
}
