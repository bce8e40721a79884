import type { RelayMigration } from '../migrate.js';

/** The tables 009 partitioned, with their keys (as they were then: a migration does not follow later code). */
const TABLES: [string, string][] = [
  ['relay.events', 'occurred_at'],
  ['pos_modern.orders', 'business_date'],
  ['pos_modern.order_items', 'business_date'],
  ['pos_modern.payments', 'business_date'],
  ['pos_modern.sales_by_hour', 'business_date'],
  ['pos_modern.sales_by_product', 'business_date'],
];

/** Moves one table's default partition out of the way: its rows go to months of their own. */
function withoutDefault(table: string, key: string): string {
  const [schema, name] = table.split('.');
  const utc = key === 'occurred_at' ? `${key} AT TIME ZONE 'UTC'` : key;
  return `
ALTER TABLE ${table} DETACH PARTITION ${schema}.${name}_default;
SELECT relay.ensure_month_partition('${table}', month)
  FROM (SELECT DISTINCT date_trunc('month', ${utc})::date AS month FROM ${schema}.${name}_default) months;
INSERT INTO ${table} SELECT * FROM ${schema}.${name}_default;
DROP TABLE ${schema}.${name}_default;
`;
}

/**
 * No default partitions. Postgres refuses `DETACH PARTITION … CONCURRENTLY` on a table that has
 * one, and the plain detach takes the table's ACCESS EXCLUSIVE lock: under a chain's ingest the
 * prune of a month held every store's batch up for as long as its commit took (seconds on a
 * saturated host). Without them a month is dropped concurrently and ingest never waits. A row of a
 * month that has no partition yet (a store clock far off, a journal from long ago) is no longer
 * parked in a default partition: ingest creates its month in the same transaction
 * (cloud-relay/src/db/month-partitions.ts), so it is still never refused.
 *
 * `ensure_month_partition` now only creates and attaches: with no default partition to scan or
 * lock, attaching takes the parent's SHARE UPDATE EXCLUSIVE lock, which inserts do not wait for.
 * Two transactions creating the same month meet on the catalog's unique name: the second returns
 * false once the first committed.
 */
export const partitionsWithoutDefaultMigration: RelayMigration = {
  id: 'relay/011_partitions_without_default',
  sql: `
SET LOCAL TimeZone = 'UTC';
CREATE OR REPLACE FUNCTION relay.ensure_month_partition(parent text, month date) RETURNS boolean
LANGUAGE plpgsql AS $fn$
DECLARE
  schema_name text := split_part(parent, '.', 1);
  table_name text := split_part(parent, '.', 2);
  partition_name text := table_name || '_p' || to_char(month, 'YYYYMM');
  key_type text;
  low text;
  high text;
  first_day date := date_trunc('month', month)::date;
BEGIN
  IF to_regclass(format('%I.%I', schema_name, partition_name)) IS NOT NULL THEN
    RETURN false;
  END IF;
  SELECT format_type(a.atttypid, a.atttypmod) INTO key_type
    FROM pg_partitioned_table p
    JOIN pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = p.partattrs[0]
   WHERE p.partrelid = to_regclass(parent);
  IF key_type = 'date' THEN
    low := quote_literal(first_day::text);
    high := quote_literal((first_day + interval '1 month')::date::text);
  ELSE
    low := quote_literal(to_char(first_day, 'YYYY-MM-DD') || ' 00:00:00+00');
    high := quote_literal(to_char((first_day + interval '1 month')::date, 'YYYY-MM-DD') || ' 00:00:00+00');
  END IF;
  BEGIN
    -- Created apart and attached: CREATE TABLE … PARTITION OF would take the parent's ACCESS EXCLUSIVE lock.
    EXECUTE format('CREATE TABLE %I.%I (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', schema_name, partition_name, parent);
  EXCEPTION WHEN duplicate_table OR unique_violation THEN
    -- Another transaction made the same month first (this one waited for it to commit).
    RETURN false;
  END;
  EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I.%I FOR VALUES FROM (%s) TO (%s)', parent, schema_name, partition_name, low, high);
  RETURN true;
END
$fn$;
${TABLES.map(([table, key]) => withoutDefault(table, key)).join('')}
`,
};
