import type { Migration } from '../kernel/db/migrations.js';

export const deliveryMigrations: Migration[] = [
  {
    // The store's own delivery: zones (by distance, neighbourhood or CEP) with fee, minimum order
    // and time estimate; couriers; customers' saved addresses (sealed); one delivery per order with
    // its address (sealed), payment due and courier; the courier's cash settled per business day.
    id: 'delivery/001_zones_couriers_deliveries_settlements',
    up(db) {
      db.exec(`
        CREATE TABLE delivery_zones (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('RADIUS', 'DISTRICT', 'POSTAL_CODE')),
          max_distance_m INTEGER,
          districts TEXT NOT NULL,
          postal_prefixes TEXT NOT NULL,
          fee_cents INTEGER NOT NULL CHECK (fee_cents >= 0),
          minimum_order_cents INTEGER NOT NULL CHECK (minimum_order_cents >= 0),
          estimate_minutes INTEGER NOT NULL CHECK (estimate_minutes > 0),
          active INTEGER NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE delivery_couriers (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          pay_per_delivery_cents INTEGER NOT NULL CHECK (pay_per_delivery_cents >= 0),
          active INTEGER NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE delivery_addresses (
          id TEXT PRIMARY KEY,
          customer_id TEXT NOT NULL,
          label TEXT,
          address TEXT NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX delivery_addresses_customer ON delivery_addresses (customer_id);

        CREATE TABLE deliveries (
          id TEXT PRIMARY KEY,
          order_id TEXT NOT NULL UNIQUE,
          business_date TEXT NOT NULL,
          zone_id TEXT NOT NULL REFERENCES delivery_zones (id),
          fee_cents INTEGER NOT NULL,
          estimate_minutes INTEGER NOT NULL,
          distance_m INTEGER,
          address TEXT NOT NULL,
          prepaid INTEGER NOT NULL,
          payment_method TEXT NOT NULL,
          amount_due_cents INTEGER NOT NULL CHECK (amount_due_cents >= 0),
          change_for_cents INTEGER,
          status TEXT NOT NULL CHECK (status IN ('PENDING', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELLED')),
          courier_id TEXT REFERENCES delivery_couriers (id),
          settlement_id TEXT,
          created_at TEXT NOT NULL,
          dispatched_at TEXT,
          delivered_at TEXT
        ) STRICT;
        CREATE INDEX deliveries_status ON deliveries (status);
        CREATE INDEX deliveries_courier_day ON deliveries (courier_id, business_date);

        CREATE TABLE delivery_settlements (
          id TEXT PRIMARY KEY,
          courier_id TEXT NOT NULL REFERENCES delivery_couriers (id),
          business_date TEXT NOT NULL,
          delivery_count INTEGER NOT NULL,
          cash_collected_cents INTEGER NOT NULL,
          other_collected_cents INTEGER NOT NULL,
          courier_pay_cents INTEGER NOT NULL,
          cash_due_cents INTEGER NOT NULL,
          settled_at TEXT NOT NULL,
          UNIQUE (courier_id, business_date)
        ) STRICT;
      `);
    },
  },
  {
    // The day's deliveries screen (GET /delivery/deliveries) reads one business day at a time, by
    // when each was made: without this it would scan every delivery the store ever made.
    id: 'delivery/002_deliveries_by_day',
    up(db) {
      db.exec('CREATE INDEX deliveries_day_created ON deliveries (business_date, created_at, id);');
    },
  },
  {
    // A courier who came back without delivering (nobody at the door, a wrong number): the order
    // goes out again, and each ride that came back is kept for the courier's pay at the settlement.
    id: 'delivery/003_returned_runs',
    up(db) {
      db.exec(`
        CREATE TABLE delivery_returned_runs (
          id TEXT PRIMARY KEY,
          delivery_id TEXT NOT NULL REFERENCES deliveries (id),
          courier_id TEXT NOT NULL REFERENCES delivery_couriers (id),
          business_date TEXT NOT NULL,
          reason TEXT NOT NULL,
          dispatched_at TEXT NOT NULL,
          returned_at TEXT NOT NULL,
          settlement_id TEXT
        ) STRICT;
        CREATE INDEX delivery_returned_runs_delivery ON delivery_returned_runs (delivery_id);
        CREATE INDEX delivery_returned_runs_unsettled ON delivery_returned_runs (business_date) WHERE settlement_id IS NULL;
        ALTER TABLE delivery_settlements ADD COLUMN returned_count INTEGER NOT NULL DEFAULT 0;
      `);
    },
  },
  {
    // What the order's payments had already taken when it went out (at the counter, before the
    // courier): the courier collects only the rest, and their settlement counts only what came after.
    id: 'delivery/004_paid_before_dispatch',
    up(db) {
      db.exec(`
        ALTER TABLE deliveries ADD COLUMN paid_before_dispatch_cents INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE deliveries ADD COLUMN cash_before_dispatch_cents INTEGER NOT NULL DEFAULT 0;
      `);
    },
  },
  {
    // The courier hands the order's cash in at the till (a payment in a drawer): their settlement
    // keeps how much of the cash they collected went there, and asks them only for the rest.
    // Settlements of earlier releases asked for it all: they keep 0 here, as they were made.
    id: 'delivery/005_settlement_cash_at_till',
    up(db) {
      db.exec('ALTER TABLE delivery_settlements ADD COLUMN cash_at_till_cents INTEGER NOT NULL DEFAULT 0;');
    },
  },
  {
    // A delivery's recipient, phone and street are forgotten a while after it ended (retention.ts);
    // the hourly pass reads only the deliveries that still hold them.
    id: 'delivery/006_destination_retention',
    up(db) {
      db.exec(`
        ALTER TABLE deliveries ADD COLUMN destination_forgotten_at TEXT;
        CREATE INDEX deliveries_destination_kept ON deliveries (status, delivered_at, created_at) WHERE destination_forgotten_at IS NULL;
      `);
    },
  },
  {
    // Each ride keeps the courier's pay per delivery as it went out: a rate changed during the day
    // pays the rides after it, not the whole day's at the close. Rides of earlier releases stay
    // NULL and are paid at the courier's current rate, as they were.
    id: 'delivery/007_ride_pay_rate',
    up(db) {
      db.exec(`
        ALTER TABLE deliveries ADD COLUMN courier_pay_cents INTEGER;
        ALTER TABLE delivery_returned_runs ADD COLUMN courier_pay_cents INTEGER;
      `);
    },
  },
];
