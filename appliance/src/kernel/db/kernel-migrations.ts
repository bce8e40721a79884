import type { Migration } from './migrations.js';

export const kernelMigrations: Migration[] = [
  {
    id: 'kernel/001_journal',
    up(db) {
      // seq is the rowid: assigned max+1 inside the committing transaction, so committed seqs are
      // contiguous (a rolled-back insert leaves no gap) and rows are never deleted.
      db.exec(`
        CREATE TABLE journal (
          seq INTEGER PRIMARY KEY,
          event_id TEXT NOT NULL UNIQUE,
          type TEXT NOT NULL,
          aggregate_type TEXT NOT NULL,
          aggregate_id TEXT NOT NULL,
          payload TEXT NOT NULL,
          actor_type TEXT,
          actor_id TEXT,
          correlation_id TEXT,
          occurred_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX journal_aggregate ON journal (aggregate_type, aggregate_id, seq);
        CREATE INDEX journal_type ON journal (type, seq);
        CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;

        CREATE TABLE idempotency_keys (
          scope TEXT NOT NULL,
          key TEXT NOT NULL,
          request_hash TEXT NOT NULL,
          status INTEGER NOT NULL,
          response TEXT NOT NULL,
          created_at TEXT NOT NULL,
          PRIMARY KEY (scope, key)
        ) STRICT;
        CREATE INDEX idempotency_created ON idempotency_keys (created_at);

        CREATE TABLE consumer_offsets (
          name TEXT PRIMARY KEY,
          seq INTEGER NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE settings (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    id: 'kernel/002_pii_sealed_stores',
    up(db) {
      // Which key each sealed store was last fully sealed under: a start-up finds what an older
      // version or an interrupted key rotation left without scanning every table each time.
      db.exec(`
        CREATE TABLE pii_sealed_stores (
          name TEXT PRIMARY KEY,
          key_id TEXT NOT NULL,
          sealed_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    // The journal is read by seq (replication, consumers, the order board). A secondary index on
    // it costs a page written per commit for every type or aggregate the commit touches, which
    // was a quarter of the WAL frames of a rush: the two general ones go, and a module that looks
    // its own events up by another key keeps a partial index over just those events
    // (auth/004_security_event_index, customers/004_customer_event_index).
    id: 'kernel/003_journal_read_by_seq',
    up(db) {
      db.exec(`
        DROP INDEX journal_aggregate;
        DROP INDEX journal_type;
      `);
    },
  },
];
