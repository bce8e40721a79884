import type { RelayMigration } from '../migrate.js';

/** HQ-side catalog edits, kept as history; each one is delivered through the downstream channel. */
export const hqCatalogMigration: RelayMigration = {
  id: 'relay/004_hq_catalog',
  sql: `
CREATE TABLE relay.catalog_changes (
  id uuid PRIMARY KEY,
  store_id uuid NOT NULL REFERENCES relay.stores (id),
  product_id text NOT NULL,
  price_cents bigint,
  active boolean,
  downstream_cursor bigint NOT NULL REFERENCES relay.downstream_messages (cursor),
  created_by uuid REFERENCES relay.hq_users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX catalog_changes_product_idx ON relay.catalog_changes (store_id, product_id);
`,
};
