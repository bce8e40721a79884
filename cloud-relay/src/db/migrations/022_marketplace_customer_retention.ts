import type { RelayMigration } from '../migrate.js';

/**
 * The hourly forgetting of marketplace customers (marketplaces/customer-data-retention.ts) finds
 * what is left to forget through these partial indexes, which hold only the rows still naming a
 * customer: once forgotten a row leaves its index, so the run reads the few orders that crossed
 * the cutoff instead of every HQ push and platform event ever queued. Their predicates are the
 * statements' own conditions, word for word, so the planner can use them.
 */
export const marketplaceCustomerRetentionMigration: RelayMigration = {
  id: 'relay/022_marketplace_customer_retention',
  sql: `
CREATE INDEX downstream_order_customer_idx ON relay.downstream_messages (created_at)
  WHERE type = 'marketplace.order_received'
    AND (payload->>'customerName' IS NOT NULL OR payload->>'customerPhone' IS NOT NULL OR payload->>'deliveryAddress' IS NOT NULL);
CREATE INDEX marketplace_jobs_order_customer_idx ON relay.marketplace_jobs (created_at)
  WHERE kind = 'FETCH_ORDER' AND payload ? 'order'
    AND ((payload->'order')->>'customerName' IS NOT NULL OR (payload->'order')->>'customerPhone' IS NOT NULL OR (payload->'order')->>'deliveryAddress' IS NOT NULL);
CREATE INDEX marketplace_events_body_idx ON relay.marketplace_events (received_at) WHERE payload <> '{}'::jsonb;
`,
};
