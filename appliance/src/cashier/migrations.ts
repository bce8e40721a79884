import type { Migration } from '../kernel/db/migrations.js';

export const cashierMigrations: Migration[] = [
  {
    id: 'cashier/001_init',
    up(db) {
      db.exec(`
        CREATE TABLE cashier_sessions (
          id TEXT PRIMARY KEY,
          business_day_id TEXT NOT NULL,
          terminal_id TEXT NOT NULL,
          operator_id TEXT NOT NULL,
          operator_name TEXT,
          opening_float_cents INTEGER NOT NULL CHECK (opening_float_cents >= 0),
          status TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
          opened_at TEXT NOT NULL,
          closed_at TEXT,
          closed_by TEXT,
          close_report TEXT
        ) STRICT;
        CREATE UNIQUE INDEX cashier_sessions_open_terminal ON cashier_sessions (terminal_id) WHERE status = 'OPEN';
        CREATE UNIQUE INDEX cashier_sessions_open_operator ON cashier_sessions (operator_id) WHERE status = 'OPEN';
        CREATE INDEX cashier_sessions_day ON cashier_sessions (business_day_id);

        CREATE TABLE cashier_operations (
          id TEXT PRIMARY KEY,
          session_id TEXT NOT NULL REFERENCES cashier_sessions (id),
          type TEXT NOT NULL CHECK (type IN ('SALE', 'REFUND', 'WITHDRAWAL', 'DEPOSIT')),
          method TEXT NOT NULL CHECK (method IN ('CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX', 'OTHER')),
          amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
          change_cents INTEGER NOT NULL DEFAULT 0 CHECK (change_cents >= 0),
          reference TEXT,
          reason TEXT,
          operator_id TEXT,
          manager_id TEXT,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX cashier_operations_session ON cashier_operations (session_id, created_at);
      `);
    },
  },
  {
    // "Abrir gaveta" moves no money, so no operation holds it: the session counts its openings for the close.
    id: 'cashier/002_drawer_openings',
    up(db) {
      db.exec('ALTER TABLE cashier_sessions ADD COLUMN drawer_openings INTEGER NOT NULL DEFAULT 0;');
    },
  },
];
