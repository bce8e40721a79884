import type { RelayMigration } from '../migrate.js';

/**
 * A store's connection is one per ordering app, not one per platform: Open Delivery is one standard
 * spoken by many apps, each with its own API URL, credentials and merchant ids. Keyed on (store,
 * platform), connecting a store to a second app replaced the first, whose signed orders were then
 * refused; keyed on (platform, merchant), two apps numbering their merchants alike could not both be
 * connected. A platform with a single API (iFood, Rappi, Uber Eats) has no URL of its own: the
 * empty one, so it keeps one connection per store and one store per merchant.
 */
export const marketplaceConnectionPerAppMigration: RelayMigration = {
  id: 'relay/021_marketplace_connection_per_app',
  sql: `
ALTER TABLE relay.marketplace_connections DROP CONSTRAINT marketplace_connections_store_id_platform_key;
ALTER TABLE relay.marketplace_connections DROP CONSTRAINT marketplace_connections_platform_merchant_id_key;
CREATE UNIQUE INDEX marketplace_connections_store_app_idx ON relay.marketplace_connections (store_id, platform, (coalesce(api_url, '')));
CREATE UNIQUE INDEX marketplace_connections_app_merchant_idx ON relay.marketplace_connections (platform, (coalesce(api_url, '')), merchant_id);
`,
};
