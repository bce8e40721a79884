import type { RelayMigration } from '../migrate.js';

/**
 * What the store did with an HQ push: the store journals `configuration.changed` (applied) or
 * `configuration.rejected` with the message id, and ingest copies the outcome onto the message.
 */
export const downstreamOutcomeMigration: RelayMigration = {
  id: 'relay/006_downstream_outcome',
  sql: `
ALTER TABLE relay.downstream_messages
  ADD COLUMN outcome text CHECK (outcome IN ('APPLIED', 'REJECTED')),
  ADD COLUMN outcome_reason text,
  ADD COLUMN outcome_at timestamptz;
`,
};
