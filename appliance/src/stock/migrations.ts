import type { Migration } from '../kernel/db/migrations.js';

export const stockMigrations: Migration[] = [
  {
    id: 'stock/001_init',
    up(db) {
      db.exec(`
        -- Quantities are integers in the item's base unit: grams, millilitres, or thousandths of a unit.
        CREATE TABLE stock_items (
          id TEXT PRIMARY KEY,
          product_id TEXT UNIQUE,
          name TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('PRODUCT', 'INGREDIENT')),
          unit TEXT NOT NULL CHECK (unit IN ('MILLIUNIT', 'GRAM', 'ML')),
          on_hand INTEGER NOT NULL DEFAULT 0,
          reserved INTEGER NOT NULL DEFAULT 0,
          min_level INTEGER NOT NULL DEFAULT 0,
          max_level INTEGER,
          availability_policy TEXT NOT NULL DEFAULT 'BLOCK' CHECK (availability_policy IN ('BLOCK', 'WARN')),
          low_alerted INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE stock_recipes (
          product_id TEXT NOT NULL,
          stock_item_id TEXT NOT NULL REFERENCES stock_items (id),
          quantity INTEGER NOT NULL CHECK (quantity > 0),
          PRIMARY KEY (product_id, stock_item_id)
        ) STRICT;

        CREATE TABLE stock_movements (
          id TEXT PRIMARY KEY,
          stock_item_id TEXT NOT NULL REFERENCES stock_items (id),
          type TEXT NOT NULL CHECK (type IN ('SALE', 'RESERVATION', 'RELEASE', 'PURCHASE', 'ADJUSTMENT', 'LOSS', 'TRANSFER')),
          on_hand_delta INTEGER NOT NULL,
          reserved_delta INTEGER NOT NULL,
          on_hand_after INTEGER NOT NULL,
          reserved_after INTEGER NOT NULL,
          reference TEXT,
          reason TEXT,
          actor_id TEXT,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX stock_movements_item ON stock_movements (stock_item_id, created_at);
        CREATE INDEX stock_movements_reference ON stock_movements (reference);

        -- What an order holds of each item, so release and consumption undo exactly the reservation.
        CREATE TABLE stock_order_holds (
          order_id TEXT NOT NULL,
          stock_item_id TEXT NOT NULL REFERENCES stock_items (id),
          quantity INTEGER NOT NULL,
          PRIMARY KEY (order_id, stock_item_id)
        ) STRICT;
        CREATE TABLE stock_order_phases (
          order_id TEXT NOT NULL,
          phase TEXT NOT NULL CHECK (phase IN ('RESERVED', 'CONSUMED', 'RELEASED')),
          at TEXT NOT NULL,
          PRIMARY KEY (order_id, phase)
        ) STRICT;
      `);
    },
  },
];
