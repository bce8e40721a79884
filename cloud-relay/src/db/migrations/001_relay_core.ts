import type { RelayMigration } from '../migrate.js';

/** The relay's own bookkeeping: tenants, stores, the raw event stream, HQ users and the downstream channel. */
export const relayCoreMigration: RelayMigration = {
  id: 'relay/001_core',
  sql: `
CREATE SCHEMA IF NOT EXISTS relay;

CREATE TABLE relay.clients (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO relay.clients (id, name) VALUES ('00000000-0000-0000-0000-000000000001', 'Chefia');

CREATE TABLE relay.stores (
  id uuid PRIMARY KEY,
  client_id uuid NOT NULL REFERENCES relay.clients (id),
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  time_zone text NOT NULL DEFAULT 'America/Sao_Paulo',
  created_at timestamptz NOT NULL DEFAULT now(),
  enrollment_code_hash text UNIQUE,
  enrollment_expires_at timestamptz,
  credential_hash text UNIQUE,
  enrolled_at timestamptz,
  high_water bigint NOT NULL DEFAULT 0,
  journal_head bigint NOT NULL DEFAULT 0,
  oldest_unsent_at timestamptz,
  last_event_at timestamptz,
  last_seen_at timestamptz,
  downstream_acked bigint NOT NULL DEFAULT 0
);

CREATE TABLE relay.events (
  store_id uuid NOT NULL REFERENCES relay.stores (id),
  seq bigint NOT NULL,
  event_id text NOT NULL UNIQUE,
  type text NOT NULL,
  aggregate_type text NOT NULL,
  aggregate_id text NOT NULL,
  payload jsonb NOT NULL,
  actor jsonb,
  correlation_id text,
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (store_id, seq)
);
CREATE INDEX events_store_type_idx ON relay.events (store_id, type);

CREATE TABLE relay.hq_users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('HQ_ADMIN', 'HQ_ANALYST')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE relay.hq_sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES relay.hq_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE TABLE relay.downstream_messages (
  cursor bigserial PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  store_id uuid NOT NULL REFERENCES relay.stores (id),
  type text NOT NULL,
  payload jsonb NOT NULL,
  created_by uuid REFERENCES relay.hq_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  acked_at timestamptz
);
CREATE INDEX downstream_store_cursor_idx ON relay.downstream_messages (store_id, cursor);
`,
};
