import type { Migration } from '../kernel/db/migrations.js';

export const replicationMigrations: Migration[] = [
  {
    id: 'replication/001_state',
    up(db) {
      db.exec(`
        -- relay_high_water: last seq the relay acknowledged (lag survives restarts while offline);
        -- downstream_cursor: last downstream message applied here.
        CREATE TABLE replication_state (
          key TEXT PRIMARY KEY,
          value INTEGER NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        -- One row per downstream message applied, written in the same transaction as its effect,
        -- so a message redelivered after a crash before the acknowledgement is skipped.
        CREATE TABLE replication_downstream_applied (
          message_id TEXT PRIMARY KEY,
          cursor INTEGER NOT NULL,
          type TEXT NOT NULL,
          outcome TEXT NOT NULL,
          applied_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
];
