import type { RelayMigration } from '../migrate.js';

/**
 * What lets the ingest check a batch's event ids inside the statement that stores them, instead of
 * in a round trip of its own before it (ingest-service.ts `rawEventsInsert`): called on an id
 * already stored, it fails the statement as the unique index relay.events cannot have (it is
 * partitioned by month) would, so the whole transaction rolls back.
 */
export const storedEventIdGuardMigration: RelayMigration = {
  id: 'relay/013_stored_event_id_guard',
  sql: `
CREATE OR REPLACE FUNCTION relay.refuse_stored_event_id(event_id text) RETURNS integer
LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'event id % is already stored', event_id USING ERRCODE = 'unique_violation';
END
$fn$;
`,
};
