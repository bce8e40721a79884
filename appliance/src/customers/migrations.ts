import type { Migration } from '../kernel/db/migrations.js';

export const customerMigrations: Migration[] = [
  {
    id: 'customers/001_init',
    up(db) {
      db.exec(`
        CREATE TABLE customers (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          cpf TEXT UNIQUE,
          phone TEXT,
          email TEXT,
          marketing_consent INTEGER NOT NULL DEFAULT 0,
          consent_at TEXT,
          anonymized_at TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX customers_name ON customers (name);
      `);
    },
  },
];
