import type { RelayMigration } from '../migrate.js';

/**
 * An event whose `occurredAt` no store clock could have said (before 2000, or more than a day
 * ahead of the relay) is filed under the time it reached the relay, so it cannot make Postgres
 * create a partition for a far month. The store's own time is kept here as it sent it (text: it
 * may name a year Postgres has no timestamp for), null for every other event. Nullable without a
 * default: adding it to the partitioned table rewrites nothing.
 */
export const eventsStoreTimeMigration: RelayMigration = {
  id: 'relay/019_events_store_time',
  sql: `ALTER TABLE relay.events ADD COLUMN store_occurred_at text;`,
};
