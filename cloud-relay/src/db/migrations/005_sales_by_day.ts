import type { RelayMigration } from '../migrate.js';

/**
 * Store × business-day rollup: the grain of the portal's main queries. A year of 50 stores is
 * ~18k rows, so "sales by store by day" never touches orders or the hourly rollup.
 */
export const salesByDayMigration: RelayMigration = {
  id: 'relay/005_sales_by_day',
  sql: `
CREATE TABLE pos_modern.sales_by_day (
  client_id uuid NOT NULL, store_id uuid NOT NULL, business_date date NOT NULL,
  orders_count integer NOT NULL DEFAULT 0, payments_count integer NOT NULL DEFAULT 0,
  amount_cents bigint NOT NULL DEFAULT 0, refunded_cents bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (store_id, business_date)
);
CREATE INDEX sales_by_day_date_idx ON pos_modern.sales_by_day (business_date, store_id);
INSERT INTO pos_modern.sales_by_day (client_id, store_id, business_date, orders_count, payments_count, amount_cents, refunded_cents)
SELECT client_id, store_id, business_date, sum(orders_count), sum(payments_count), sum(amount_cents), sum(refunded_cents)
  FROM pos_modern.sales_by_hour GROUP BY client_id, store_id, business_date;
`,
};
