import type { RelayMigration } from '../migrate.js';

/**
 * Wrong HQ passwords counted per attempted username, known or not: locking only real users told
 * an attacker which usernames exist (429 for them, 401 forever for the rest). The key is the
 * SHA-256 of the lower-cased name, so a guessed name of any length costs one small row. Locks in
 * force on hq_users are carried over; its two columns are no longer read.
 */
export const hqLoginFailuresMigration: RelayMigration = {
  id: 'relay/018_hq_login_failures',
  sql: `
CREATE TABLE relay.hq_login_failures (
  username_hash text PRIMARY KEY,
  failed_logins integer NOT NULL,
  locked_until timestamptz,
  last_attempt_at timestamptz NOT NULL DEFAULT now()
);
-- Names nobody tried for a day are forgotten (hq/users.ts): guessed names must not pile up.
CREATE INDEX hq_login_failures_last_attempt ON relay.hq_login_failures (last_attempt_at);
INSERT INTO relay.hq_login_failures (username_hash, failed_logins, locked_until)
SELECT encode(sha256(convert_to(lower(username), 'UTF8')), 'hex'), failed_logins, locked_until
  FROM relay.hq_users WHERE failed_logins > 0 OR locked_until > now()
ON CONFLICT DO NOTHING;
`,
};
