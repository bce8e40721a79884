import type { Migration } from '../kernel/db/migrations.js';

export const businessDayMigrations: Migration[] = [
  {
    id: 'business-day/001_init',
    up(db) {
      db.exec(`
        CREATE TABLE business_days (
          id TEXT PRIMARY KEY,
          date TEXT NOT NULL UNIQUE,
          status TEXT NOT NULL CHECK (status IN ('OPENING', 'OPEN', 'CLOSING', 'CLOSED')),
          opened_at TEXT NOT NULL,
          opened_by TEXT,
          closed_at TEXT,
          closed_by TEXT,
          report TEXT
        ) STRICT;
        CREATE UNIQUE INDEX business_days_one_open ON business_days (status) WHERE status IN ('OPENING', 'OPEN', 'CLOSING');
      `);
    },
  },
  {
    id: 'business-day/002_backups',
    up(db) {
      db.exec(`
        CREATE TABLE business_day_backups (
          id TEXT PRIMARY KEY,
          business_day_id TEXT NOT NULL REFERENCES business_days (id),
          file TEXT NOT NULL,
          bytes INTEGER NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    // The Z as the close printed it and sent to HQ: read again, it is that paper, not a new rendering.
    id: 'business-day/003_report_text',
    up(db) {
      db.exec('ALTER TABLE business_days ADD COLUMN report_text TEXT;');
    },
  },
];
