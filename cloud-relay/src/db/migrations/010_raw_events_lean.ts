import type { RelayMigration } from '../migrate.js';

/**
 * Raw events are read by the ingest's duplicate-id check (event_id) and by seq (the key); nothing
 * reads them by type. The (store_id, type) index cost a B-tree insert for every event ingested,
 * a share of Postgres' work per event, the resource a chain's relay runs out of first.
 */
export const rawEventsLeanMigration: RelayMigration = {
  id: 'relay/010_raw_events_lean',
  sql: 'DROP INDEX IF EXISTS relay.events_store_type_idx;',
};
