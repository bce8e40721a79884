import type { Migration } from '../kernel/db/migrations.js';

export const pricingMigrations: Migration[] = [
  {
    id: 'pricing/001_rules',
    up(db) {
      db.exec(`
        CREATE TABLE pricing_rules (
          id TEXT PRIMARY KEY,
          kind TEXT NOT NULL,
          definition TEXT NOT NULL,
          active INTEGER NOT NULL CHECK (active IN (0, 1)),
          updated_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
];
