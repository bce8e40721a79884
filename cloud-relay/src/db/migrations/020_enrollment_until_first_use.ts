import type { RelayMigration } from '../migrate.js';

/**
 * An enrollment code lives until the credential it issued is first used, not only until it is
 * exchanged: when the answer to the exchange never reaches the store (a dropped link, a timeout),
 * the store's retry with the same code gets a fresh credential instead of a refusal it cannot
 * recover from (store-service.ts `enrollStore`). `enrollment_code_redeemed` says that the stored
 * code issued the current credential. Every request made with a store credential records its
 * contact in `last_seen_at` (ingest, sync, heartbeat, downstream poll and ack), so the trigger
 * clears the code there, in the row update the request makes anyway: once the store has used its
 * credential, someone who learns the code can no longer take the store's place. The WHEN clause
 * keeps the trigger's function out of every other contact.
 */
export const enrollmentUntilFirstUseMigration: RelayMigration = {
  id: 'relay/020_enrollment_until_first_use',
  sql: `
ALTER TABLE relay.stores ADD COLUMN enrollment_code_redeemed boolean NOT NULL DEFAULT false;

CREATE FUNCTION relay.retire_redeemed_enrollment_code() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.enrollment_code_hash := NULL;
  NEW.enrollment_expires_at := NULL;
  NEW.enrollment_code_redeemed := false;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER stores_retire_redeemed_enrollment_code
BEFORE UPDATE OF last_seen_at ON relay.stores
FOR EACH ROW
WHEN (NEW.enrollment_code_redeemed AND NEW.last_seen_at IS DISTINCT FROM OLD.last_seen_at)
EXECUTE FUNCTION relay.retire_redeemed_enrollment_code();
`,
};
