import type { Migration } from '../kernel/db/migrations.js';

export const marketplaceMigrations: Migration[] = [
  {
    // Orders from ordering platforms as the relay delivers them, their lines with the store product
    // each one maps to (null: unmapped, the operator decides), and the platform item mapping.
    id: 'marketplace/001_platform_orders_and_item_mapping',
    up(db) {
      db.exec(`
        CREATE TABLE marketplace_orders (
          id TEXT PRIMARY KEY,
          platform TEXT NOT NULL,
          platform_order_id TEXT NOT NULL,
          display_id TEXT NOT NULL,
          order_id TEXT,
          status TEXT NOT NULL CHECK (status IN ('RECEIVED', 'ACCEPTED', 'CANCELLED')),
          attention TEXT CHECK (attention IN ('UNMAPPED_ITEMS', 'BUSINESS_DAY_CLOSED')),
          customer_name TEXT,
          customer_phone TEXT,
          delivery_address TEXT,
          notes TEXT,
          subtotal_cents INTEGER NOT NULL,
          delivery_fee_cents INTEGER NOT NULL,
          discounts TEXT NOT NULL,
          total_cents INTEGER NOT NULL,
          prepaid INTEGER NOT NULL,
          payment_method TEXT NOT NULL,
          pending_cents INTEGER NOT NULL,
          change_for_cents INTEGER,
          confirm_deadline TEXT,
          deadline_warned_at TEXT,
          placed_at TEXT NOT NULL,
          received_at TEXT NOT NULL,
          cancel_code TEXT,
          UNIQUE (platform, platform_order_id)
        ) STRICT;
        CREATE INDEX marketplace_orders_order ON marketplace_orders (order_id);
        CREATE INDEX marketplace_orders_received ON marketplace_orders (received_at);

        CREATE TABLE marketplace_order_lines (
          marketplace_order_id TEXT NOT NULL REFERENCES marketplace_orders (id),
          position INTEGER NOT NULL,
          external_code TEXT,
          name TEXT NOT NULL,
          quantity INTEGER NOT NULL CHECK (quantity > 0),
          unit_price_cents INTEGER NOT NULL,
          total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
          notes TEXT,
          options TEXT NOT NULL,
          PRIMARY KEY (marketplace_order_id, position)
        ) STRICT;

        CREATE TABLE marketplace_item_mappings (
          platform TEXT NOT NULL,
          external_code TEXT NOT NULL,
          product_id TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          PRIMARY KEY (platform, external_code)
        ) STRICT;
      `);
    },
  },
];
