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
  {
    id: 'tables/003_service_charge',
    up(db) {
      // The service charge (taxa de serviço) is the staff's, not the store's sales: it is kept apart
      // from the orders' goods and payments, one row per payment that collected a share of it.
      db.exec(`
        ALTER TABLE tabs ADD COLUMN service_charge_waived INTEGER NOT NULL DEFAULT 0 CHECK (service_charge_waived IN (0, 1));
        CREATE TABLE tab_service_charges (
          payment_id TEXT PRIMARY KEY,
          tab_id TEXT NOT NULL REFERENCES tabs (id),
          order_id TEXT NOT NULL,
          business_date TEXT NOT NULL,
          method TEXT NOT NULL,
          cashier_session_id TEXT,
          service_charge_bp INTEGER NOT NULL CHECK (service_charge_bp >= 0),
          goods_cents INTEGER NOT NULL CHECK (goods_cents >= 0),
          amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX tab_service_charges_tab ON tab_service_charges (tab_id);
        CREATE INDEX tab_service_charges_day ON tab_service_charges (business_date);
      `);
    },
  },
  {
    id: 'tables/004_line_tables',
    up(db) {
      // A line that joined another table's order when the tables were joined keeps the table it
      // was ordered at: its seat is that table's (table 5's seat 1 is not table 4's seat 1).
      db.exec(`
        CREATE TABLE tab_line_tables (
          item_id TEXT PRIMARY KEY,
          table_id TEXT NOT NULL REFERENCES dining_tables (id)
        ) STRICT;
      `);
    },
  },
];
