import type { RelayMigration } from '../migrate.js';

/**
 * A platform event's id is unique within the connection it came on, not across the platform:
 * every Open Delivery connection is its own ordering app, numbering its own events. Keyed on
 * (platform, event_id), one app's event 1 swallowed another store's event 1, whose order was
 * never fetched (and, polled, was acknowledged to its platform as received).
 */
export const marketplaceEventsPerConnectionMigration: RelayMigration = {
  id: 'relay/014_marketplace_events_per_connection',
  sql: `
ALTER TABLE relay.marketplace_events DROP CONSTRAINT marketplace_events_pkey;
ALTER TABLE relay.marketplace_events ADD PRIMARY KEY (connection_id, event_id);
`,
};
