import type { Migration } from '../kernel/db/migrations.js';

export const tableMigrations: Migration[] = [
  {
    id: 'tables/001_init',
    up(db) {
      db.exec(`
        CREATE TABLE table_layouts (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE table_sections (
          id TEXT PRIMARY KEY,
          layout_id TEXT NOT NULL REFERENCES table_layouts (id),
          name TEXT NOT NULL,
          sort_order INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE tabs (
          id TEXT PRIMARY KEY,
          status TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSING', 'CLOSED', 'MERGED')),
          primary_order_id TEXT NOT NULL,
          merged_into TEXT REFERENCES tabs (id),
          waiter_id TEXT,
          guests INTEGER,
          opened_at TEXT NOT NULL,
          closed_at TEXT
        ) STRICT;

        CREATE TABLE tab_orders (
          tab_id TEXT NOT NULL REFERENCES tabs (id),
          order_id TEXT NOT NULL UNIQUE,
          added_at TEXT NOT NULL,
          PRIMARY KEY (tab_id, order_id)
        ) STRICT;

        -- status is derived from the tab but kept on the row so the floor plan is one cheap read.
        CREATE TABLE dining_tables (
          id TEXT PRIMARY KEY,
          section_id TEXT NOT NULL REFERENCES table_sections (id),
          label TEXT NOT NULL UNIQUE,
          capacity INTEGER NOT NULL CHECK (capacity > 0),
          seats INTEGER NOT NULL CHECK (seats > 0),
          status TEXT NOT NULL CHECK (status IN ('FREE', 'OCCUPIED', 'RESERVED', 'CLOSING')),
          waiter_id TEXT,
          current_tab_id TEXT REFERENCES tabs (id),
          sort_order INTEGER NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX dining_tables_tab ON dining_tables (current_tab_id);
      `);
    },
  },
  {
    id: 'tables/002_floor_grid_positions',
    up(db) {
      // NULL until the floor editor places the table; screens lay unplaced tables out in label order.
      db.exec(`
        ALTER TABLE dining_tables ADD COLUMN grid_col INTEGER CHECK (grid_col >= 0);
        ALTER TABLE dining_tables ADD COLUMN grid_row INTEGER CHECK (grid_row >= 0);
      `);
    },
  },
];
