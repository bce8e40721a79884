import type { RelayMigration } from '../migrate.js';

/**
 * The HQ portal faces the internet: a user's password is locked for a while after a run of wrong
 * guesses, counted in Postgres so every relay node sees the same count.
 */
export const hqLoginLockoutMigration: RelayMigration = {
  id: 'relay/015_hq_login_lockout',
  sql: `
ALTER TABLE relay.hq_users ADD COLUMN failed_logins integer NOT NULL DEFAULT 0;
ALTER TABLE relay.hq_users ADD COLUMN locked_until timestamptz;
`,
};
