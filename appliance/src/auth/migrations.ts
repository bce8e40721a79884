import type { Migration } from '../kernel/db/migrations.js';

export const authMigrations: Migration[] = [
  {
    id: 'auth/001_init',
    up(db) {
      db.exec(`
        CREATE TABLE users (
          id TEXT PRIMARY KEY,
          username TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL,
          role TEXT NOT NULL,
          status TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'INACTIVE')),
          password_hash TEXT NOT NULL,
          password_changed_at TEXT NOT NULL,
          pin_hash TEXT,
          locked_until TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        -- The hashes of the last passwords, so a change cannot cycle back to a recent one.
        CREATE TABLE password_history (
          user_id TEXT NOT NULL REFERENCES users (id),
          password_hash TEXT NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX password_history_user ON password_history (user_id, created_at);

        -- One session per login; its refresh tokens form the rotation family.
        CREATE TABLE sessions (
          id TEXT PRIMARY KEY,
          user_id TEXT NOT NULL REFERENCES users (id),
          method TEXT NOT NULL,
          address TEXT,
          created_at TEXT NOT NULL,
          last_seen_at TEXT NOT NULL,
          expires_at TEXT NOT NULL,
          revoked_at TEXT,
          revoked_reason TEXT
        ) STRICT;
        CREATE INDEX sessions_user ON sessions (user_id, created_at);

        CREATE TABLE refresh_tokens (
          token_hash TEXT PRIMARY KEY,
          session_id TEXT NOT NULL REFERENCES sessions (id),
          status TEXT NOT NULL CHECK (status IN ('ACTIVE', 'ROTATED', 'REVOKED')),
          issued_at TEXT NOT NULL,
          expires_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

        CREATE TABLE devices (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          kind TEXT NOT NULL,
          stations TEXT NOT NULL DEFAULT '[]',
          status TEXT NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'REVOKED')),
          pairing_code_hash TEXT UNIQUE,
          pairing_expires_at TEXT,
          token_hash TEXT UNIQUE,
          created_at TEXT NOT NULL,
          created_by TEXT,
          paired_at TEXT,
          revoked_at TEXT
        ) STRICT;

        -- Single use of manager override grants survives a restart.
        CREATE TABLE manager_overrides (
          id TEXT PRIMARY KEY,
          action TEXT NOT NULL,
          manager_id TEXT NOT NULL,
          requested_by TEXT,
          granted_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    id: 'auth/002_override_failures',
    up(db) {
      db.exec(`
        -- Failed manager-override attempts of the last hour, counted per manager, per requester
        -- and per terminal before any hash is spent. The journal keeps the permanent record
        -- (auth.override_failed); rows past the longest window are pruned as new ones arrive.
        CREATE TABLE override_failures (
          failed_at TEXT NOT NULL,
          manager_id TEXT,
          requester_id TEXT NOT NULL,
          terminal TEXT NOT NULL
        ) STRICT;
        CREATE INDEX override_failures_manager ON override_failures (manager_id, failed_at);
        CREATE INDEX override_failures_requester ON override_failures (requester_id, failed_at);
        CREATE INDEX override_failures_terminal ON override_failures (terminal, failed_at);
        CREATE INDEX override_failures_time ON override_failures (failed_at);
      `);
    },
  },
  {
    // Third-party systems (delivery aggregators, accountants): scoped keys stored as SHA-256, and
    // the audit trail of every call made with them.
    id: 'auth/integration_api_keys',
    up(db) {
      db.exec(`
        CREATE TABLE integration_api_keys (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          key_prefix TEXT NOT NULL,
          key_hash TEXT NOT NULL UNIQUE,
          scopes TEXT NOT NULL,
          rate_limit_per_minute INTEGER NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
          created_at TEXT NOT NULL,
          created_by TEXT,
          last_used_at TEXT,
          revoked_at TEXT,
          revoked_by TEXT
        ) STRICT;

        CREATE TABLE integration_api_calls (
          id INTEGER PRIMARY KEY,
          api_key_id TEXT NOT NULL REFERENCES integration_api_keys (id),
          method TEXT NOT NULL,
          path TEXT NOT NULL,
          status INTEGER NOT NULL,
          address TEXT,
          request_id TEXT,
          occurred_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX integration_api_calls_key ON integration_api_calls (api_key_id, id);
      `);
    },
  },
  {
    // The audit log reads security events by type and subject; the journal keeps no general
    // index on them (kernel/003_journal_read_by_seq), so this one holds just these rare events.
    // Its WHERE term is SECURITY_EVENTS_INDEX_TERM, which the audit queries repeat.
    id: 'auth/004_security_event_index',
    up(db) {
      db.exec(`CREATE INDEX journal_security_events ON journal (seq) WHERE (type GLOB 'auth.*' OR type GLOB 'system.*');`);
    },
  },
];

