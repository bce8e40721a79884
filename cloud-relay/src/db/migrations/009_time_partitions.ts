import type { RelayMigration } from '../migrate.js';

/**
 * A table converted to monthly range partitions. Existing rows are copied in the migration's
 * transaction: the old table is renamed aside (its key and indexes dropped so their names are free),
 * the partitioned table is created under the old name with a partition for every month that has
 * rows (and the months around now), then filled and the old table dropped.
 */
interface PartitionedTable {
  name: string;
  /** Column list and table constraints of the partitioned table. */
  definition: string;
  /** The partition key column: `date` (business dates) or `timestamptz` (journal time, UTC months). */
  key: string;
  /** Secondary indexes (partitioned: each partition gets its own). */
  indexes: string[];
  /** Constraints and indexes of the old table, dropped before the new one takes their names. */
  oldConstraints: string[];
  oldIndexes: string[];
  /** SELECT list from the old table (`o` aliases it) in the new table's column order. */
  copy: string;
  /** Joins needed by `copy`. */
  copyFrom?: string;
  /** The old table whose key column names the months to create (default: the table itself). */
  monthsFrom?: string;
}

const tables: PartitionedTable[] = [
  {
    // The raw journal of every store: by the event's own time, so a month of history is one partition.
    name: 'relay.events',
    // No foreign key to relay.stores: store_id is always the authenticated store, whose row ingest
    // locks in the same transaction, and stores are never deleted. The per-row referential check
    // was a share of every insert, and detaching or dropping a month would have to lock relay.stores.
    definition: `
  store_id uuid NOT NULL,
  seq bigint NOT NULL,
  event_id text NOT NULL,
  type text NOT NULL,
  aggregate_type text NOT NULL,
  aggregate_id text NOT NULL,
  payload jsonb NOT NULL,
  actor jsonb,
  correlation_id text,
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (store_id, seq, occurred_at)`,
    key: 'occurred_at',
    indexes: ['CREATE INDEX events_event_id_idx ON relay.events (event_id)', 'CREATE INDEX events_store_type_idx ON relay.events (store_id, type)'],
    oldConstraints: ['events_pkey', 'events_event_id_key', 'events_store_id_fkey'],
    oldIndexes: ['events_store_type_idx'],
    copy: 'o.store_id, o.seq, o.event_id, o.type, o.aggregate_type, o.aggregate_id, o.payload, o.actor, o.correlation_id, o.occurred_at, o.received_at',
  },
  {
    name: 'pos_modern.orders',
    definition: `
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL,
  number integer, business_date date NOT NULL, channel text, table_id text, customer_id text,
  status text NOT NULL, subtotal_cents bigint NOT NULL DEFAULT 0, discount_cents bigint NOT NULL DEFAULT 0,
  total_cents bigint NOT NULL DEFAULT 0, paid_cents bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, business_date, id)`,
    key: 'business_date',
    indexes: ['CREATE INDEX orders_store_id_idx ON pos_modern.orders (store_id, id)'],
    oldConstraints: ['orders_pkey'],
    oldIndexes: ['orders_store_date_idx'],
    copy: 'o.*',
  },
  {
    // Items carry their order's business date so they live in the same month as the order.
    name: 'pos_modern.order_items',
    definition: `
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL, order_id text NOT NULL,
  product_id text, name text NOT NULL, category_id text, quantity bigint NOT NULL, unit text NOT NULL,
  unit_price_cents bigint NOT NULL, discount_cents bigint NOT NULL, total_cents bigint NOT NULL,
  business_date date NOT NULL,
  PRIMARY KEY (store_id, business_date, id)`,
    key: 'business_date',
    indexes: ['CREATE INDEX order_items_order_idx ON pos_modern.order_items (store_id, order_id)', 'CREATE INDEX order_items_store_id_idx ON pos_modern.order_items (store_id, id)'],
    oldConstraints: ['order_items_pkey'],
    oldIndexes: ['order_items_order_idx'],
    copy: 'o.*, COALESCE(ord.business_date, o_fallback.today)',
    // An item always has its order's row (the projection writes both); the fallback never drops a row.
    monthsFrom: 'pos_modern.orders_unpartitioned',
    copyFrom: 'LEFT JOIN pos_modern.orders_unpartitioned ord ON ord.store_id = o.store_id AND ord.id = o.order_id CROSS JOIN (SELECT current_date AS today) o_fallback',
  },
  {
    name: 'pos_modern.payments',
    definition: `
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL, order_id text NOT NULL,
  business_date date NOT NULL, method text NOT NULL, amount_cents bigint NOT NULL,
  change_cents bigint NOT NULL DEFAULT 0, refunded_cents bigint NOT NULL DEFAULT 0,
  provider text, cashier_session_id text, captured_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, business_date, id)`,
    key: 'business_date',
    indexes: ['CREATE INDEX payments_store_id_idx ON pos_modern.payments (store_id, id)'],
    oldConstraints: ['payments_pkey'],
    oldIndexes: ['payments_store_date_idx'],
    copy: 'o.*',
  },
  {
    name: 'pos_modern.sales_by_hour',
    definition: `
  client_id uuid NOT NULL, store_id uuid NOT NULL, business_date date NOT NULL,
  hour smallint NOT NULL CHECK (hour BETWEEN 0 AND 23), method text NOT NULL,
  orders_count integer NOT NULL DEFAULT 0, payments_count integer NOT NULL DEFAULT 0,
  amount_cents bigint NOT NULL DEFAULT 0, refunded_cents bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (store_id, business_date, hour, method)`,
    key: 'business_date',
    indexes: ['CREATE INDEX sales_by_hour_date_idx ON pos_modern.sales_by_hour (business_date, store_id)'],
    oldConstraints: ['sales_by_hour_pkey', 'sales_by_hour_hour_check'],
    oldIndexes: ['sales_by_hour_date_idx'],
    copy: 'o.*',
  },
  {
    name: 'pos_modern.sales_by_product',
    definition: `
  client_id uuid NOT NULL, store_id uuid NOT NULL, business_date date NOT NULL,
  product_id text NOT NULL, name text NOT NULL,
  quantity bigint NOT NULL DEFAULT 0, items_count integer NOT NULL DEFAULT 0, amount_cents bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (store_id, business_date, product_id)`,
    key: 'business_date',
    indexes: ['CREATE INDEX sales_by_product_date_idx ON pos_modern.sales_by_product (business_date, store_id)'],
    oldConstraints: ['sales_by_product_pkey'],
    oldIndexes: ['sales_by_product_date_idx'],
    copy: 'o.*',
  },
];

function convert(table: PartitionedTable): string {
  const [schema, name] = table.name.split('.');
  const old = `${schema}.${name}_unpartitioned`;
  return `
ALTER TABLE ${table.name} RENAME TO ${name}_unpartitioned;
${table.oldConstraints.map((constraint) => `ALTER TABLE ${old} DROP CONSTRAINT IF EXISTS ${constraint};`).join('\n')}
${table.oldIndexes.map((index) => `DROP INDEX IF EXISTS ${schema}.${index};`).join('\n')}
CREATE TABLE ${table.name} (${table.definition}
) PARTITION BY RANGE (${table.key});
CREATE TABLE ${table.name}_default PARTITION OF ${table.name} DEFAULT;
${table.indexes.join(';\n')};
SELECT relay.ensure_month_partition('${table.name}', month)
  FROM (SELECT DISTINCT date_trunc('month', ${table.key})::date AS month FROM ${table.monthsFrom ?? old}
        UNION SELECT (date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => m))::date FROM generate_series(-1, 3) m) months;
`;
}

/** Copies run after every table is converted: order items join the orders' old copy. */
function fill(table: PartitionedTable): string {
  const [schema, name] = table.name.split('.');
  return `INSERT INTO ${table.name} SELECT ${table.copy} FROM ${schema}.${name}_unpartitioned o ${table.copyFrom ?? ''};`;
}

function dropOld(table: PartitionedTable): string {
  const [schema, name] = table.name.split('.');
  return `DROP TABLE ${schema}.${name}_unpartitioned;`;
}

/**
 * Monthly range partitions for what grows with sales: the raw journal (`relay.events`, by
 * `occurred_at`, UTC months) and the orders, items, payments and hourly/product rollups (by business
 * date). Keys include the partition column, as Postgres requires: events are keyed
 * (store_id, seq, occurred_at); duplicates are still refused because ingest locks the store row and
 * stores only seqs above its high-water mark, and checks event ids against the batch's months.
 * Every table has a DEFAULT partition so no row is ever refused; `relay.ensure_month_partition`
 * creates a month (moving any rows the default partition holds for it) and runs here and at every
 * start and day of the relay (cloud-relay/src/db/partitions.ts).
 */
export const timePartitionsMigration: RelayMigration = {
  id: 'relay/009_time_partitions',
  sql: `
SET LOCAL TimeZone = 'UTC';
CREATE OR REPLACE FUNCTION relay.ensure_month_partition(parent text, month date) RETURNS boolean
LANGUAGE plpgsql AS $fn$
DECLARE
  schema_name text := split_part(parent, '.', 1);
  table_name text := split_part(parent, '.', 2);
  partition_name text := table_name || '_p' || to_char(month, 'YYYYMM');
  key_column text;
  key_type text;
  low text;
  high text;
  first_day date := date_trunc('month', month)::date;
BEGIN
  IF to_regclass(format('%I.%I', schema_name, partition_name)) IS NOT NULL THEN
    RETURN false;
  END IF;
  SELECT a.attname, format_type(a.atttypid, a.atttypmod) INTO key_column, key_type
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
  EXECUTE format('CREATE TABLE %I.%I (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', schema_name, partition_name, parent);
  -- Rows that arrived before their month existed sit in the default partition: move them first,
  -- or attaching would fail on them.
  EXECUTE format(
    'WITH moved AS (DELETE FROM %I.%I WHERE %I >= %s AND %I < %s RETURNING *) INSERT INTO %I.%I SELECT * FROM moved',
    schema_name, table_name || '_default', key_column, low, key_column, high, schema_name, partition_name);
  EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I.%I FOR VALUES FROM (%s) TO (%s)', parent, schema_name, partition_name, low, high);
  RETURN true;
END
$fn$;
${tables.map(convert).join('\n')}
${tables.map(fill).join('\n')}
${[...tables].reverse().map(dropOld).join('\n')}
-- "Sales by store by day" reads the daily rollup in key order: covered, it is an index-only scan
-- with no sort (a year of 1,000 stores is 365,000 rows).
CREATE INDEX sales_by_day_store_day_cover ON pos_modern.sales_by_day (store_id, business_date)
  INCLUDE (orders_count, payments_count, amount_cents, refunded_cents);
`,
};
