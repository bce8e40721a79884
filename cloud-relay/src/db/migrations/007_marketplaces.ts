import type { RelayMigration } from '../migrate.js';

/**
 * Marketplace connectors (iFood, Open Delivery, Rappi, Uber Eats): one connection per store and
 * platform with its credentials encrypted, every platform event stored once by its id, one row per
 * platform order (so it reaches the store once), and the job queue the relay nodes share
 * (`FOR UPDATE SKIP LOCKED`): polling, order details and the lifecycle calls back to the platform.
 */
export const marketplacesMigration: RelayMigration = {
  id: 'relay/007_marketplaces',
  sql: `
CREATE TABLE relay.marketplace_connections (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES relay.stores (id),
  platform text NOT NULL,
  merchant_id text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('POLLING', 'WEBHOOK')),
  api_url text,
  credentials_sealed text NOT NULL,
  access_token_sealed text,
  token_expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, platform),
  UNIQUE (platform, merchant_id)
);

CREATE TABLE relay.marketplace_events (
  platform text NOT NULL,
  event_id text NOT NULL,
  connection_id uuid NOT NULL REFERENCES relay.marketplace_connections (id),
  kind text NOT NULL,
  code text NOT NULL,
  platform_order_id text,
  occurred_at timestamptz NOT NULL,
  payload jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (platform, event_id)
);

CREATE TABLE relay.marketplace_orders (
  id uuid PRIMARY KEY,
  connection_id uuid NOT NULL REFERENCES relay.marketplace_connections (id),
  store_id uuid NOT NULL REFERENCES relay.stores (id),
  platform text NOT NULL,
  platform_order_id text NOT NULL,
  display_id text,
  status text NOT NULL CHECK (status IN ('PLACED', 'CANCELLED')),
  cancelled_by text CHECK (cancelled_by IN ('PLATFORM', 'STORE')),
  store_order_id text,
  downstream_cursor bigint REFERENCES relay.downstream_messages (cursor),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (connection_id, platform_order_id)
);
CREATE INDEX marketplace_orders_store_order_idx ON relay.marketplace_orders (store_id, store_order_id);

CREATE TABLE relay.marketplace_jobs (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  connection_id uuid NOT NULL REFERENCES relay.marketplace_connections (id),
  dedupe_key text NOT NULL UNIQUE,
  sequence_key text,
  payload jsonb NOT NULL,
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  locked_by text,
  locked_until timestamptz,
  done_at timestamptz,
  failed_at timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX marketplace_jobs_due_idx ON relay.marketplace_jobs (run_at, id) WHERE done_at IS NULL AND failed_at IS NULL;
CREATE INDEX marketplace_jobs_sequence_idx ON relay.marketplace_jobs (sequence_key, id) WHERE done_at IS NULL AND failed_at IS NULL;
`,
};
