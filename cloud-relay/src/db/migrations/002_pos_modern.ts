import type { RelayMigration } from '../migrate.js';

/** The HQ reporting schema: the current state of every store, projected from its journal. */
export const posModernMigration: RelayMigration = {
  id: 'relay/002_pos_modern',
  sql: `
CREATE SCHEMA IF NOT EXISTS pos_modern;

CREATE TABLE pos_modern.categories (
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL,
  parent_id text, name text NOT NULL, active boolean NOT NULL, sort_order integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, id)
);

CREATE TABLE pos_modern.products (
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL,
  category_id text, sku text, name text NOT NULL, type text, price_cents bigint NOT NULL,
  unit text NOT NULL DEFAULT 'UNIT', active boolean NOT NULL, barcode text,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, id)
);

CREATE TABLE pos_modern.customers (
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL,
  name text, phone text, email text, document text,
  marketing_consent boolean NOT NULL DEFAULT false, anonymized boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, id)
);

CREATE TABLE pos_modern.orders (
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL,
  number integer, business_date date NOT NULL, channel text, table_id text, customer_id text,
  status text NOT NULL, subtotal_cents bigint NOT NULL DEFAULT 0, discount_cents bigint NOT NULL DEFAULT 0,
  total_cents bigint NOT NULL DEFAULT 0, paid_cents bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, id)
);
CREATE INDEX orders_store_date_idx ON pos_modern.orders (store_id, business_date);

CREATE TABLE pos_modern.order_items (
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL, order_id text NOT NULL,
  product_id text, name text NOT NULL, category_id text, quantity bigint NOT NULL, unit text NOT NULL,
  unit_price_cents bigint NOT NULL, discount_cents bigint NOT NULL, total_cents bigint NOT NULL,
  PRIMARY KEY (store_id, id)
);
CREATE INDEX order_items_order_idx ON pos_modern.order_items (store_id, order_id);

CREATE TABLE pos_modern.payments (
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL, order_id text NOT NULL,
  business_date date NOT NULL, method text NOT NULL, amount_cents bigint NOT NULL,
  change_cents bigint NOT NULL DEFAULT 0, refunded_cents bigint NOT NULL DEFAULT 0,
  provider text, cashier_session_id text, captured_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, id)
);
CREATE INDEX payments_store_date_idx ON pos_modern.payments (store_id, business_date);

CREATE TABLE pos_modern.stock_items (
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL,
  balance bigint NOT NULL, unit text NOT NULL, updated_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, id)
);

CREATE TABLE pos_modern.stock_movements (
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL, stock_item_id text NOT NULL,
  type text NOT NULL, quantity bigint NOT NULL, unit text NOT NULL, balance_after bigint NOT NULL,
  reference jsonb, occurred_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, id)
);

CREATE TABLE pos_modern.layouts (
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL,
  name text NOT NULL, definition jsonb NOT NULL, updated_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, id)
);

CREATE TABLE pos_modern.tables (
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL,
  layout_id text, name text NOT NULL, seats integer, status text, updated_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, id)
);

CREATE TABLE pos_modern.configurations (
  client_id uuid NOT NULL, store_id uuid NOT NULL, key text NOT NULL,
  value jsonb NOT NULL, updated_at timestamptz NOT NULL,
  PRIMARY KEY (store_id, key)
);

CREATE TABLE pos_modern.business_days (
  client_id uuid NOT NULL, store_id uuid NOT NULL, id text NOT NULL,
  business_date date NOT NULL, opened_at timestamptz, closed_at timestamptz, report jsonb,
  PRIMARY KEY (store_id, id)
);
CREATE INDEX business_days_store_date_idx ON pos_modern.business_days (store_id, business_date);
`,
};
