import type { RelayMigration } from '../migrate.js';

/**
 * Pre-aggregated sales so that dashboards never scan orders: one row per store, business day,
 * local hour and payment method (sales = captured payments minus refunds), and one per product
 * and day (ordered items, minus cancelled orders).
 */
export const salesRollupsMigration: RelayMigration = {
  id: 'relay/003_sales_rollups',
  sql: `
CREATE TABLE pos_modern.sales_by_hour (
  client_id uuid NOT NULL, store_id uuid NOT NULL, business_date date NOT NULL,
  hour smallint NOT NULL CHECK (hour BETWEEN 0 AND 23), method text NOT NULL,
  orders_count integer NOT NULL DEFAULT 0, payments_count integer NOT NULL DEFAULT 0,
  amount_cents bigint NOT NULL DEFAULT 0, refunded_cents bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (store_id, business_date, hour, method)
);
CREATE INDEX sales_by_hour_date_idx ON pos_modern.sales_by_hour (business_date, store_id);

CREATE TABLE pos_modern.sales_by_product (
  client_id uuid NOT NULL, store_id uuid NOT NULL, business_date date NOT NULL,
  product_id text NOT NULL, name text NOT NULL,
  quantity bigint NOT NULL DEFAULT 0, items_count integer NOT NULL DEFAULT 0, amount_cents bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (store_id, business_date, product_id)
);
CREATE INDEX sales_by_product_date_idx ON pos_modern.sales_by_product (business_date, store_id);
`,
};
