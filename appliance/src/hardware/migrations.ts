import type { Migration } from '../kernel/db/migrations.js';

export const hardwareMigrations: Migration[] = [
  {
    id: 'hardware/001_init',
    up(db) {
      db.exec(`
        CREATE TABLE hardware_devices (
          id TEXT PRIMARY KEY,
          kind TEXT NOT NULL CHECK (kind IN ('scale', 'scanner', 'customer-display', 'tef')),
          name TEXT NOT NULL,
          profile_id TEXT NOT NULL,
          transport TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
];
