import type { Migration } from '../kernel/db/migrations.js';

export const orderMigrations: Migration[] = [
  {
    id: 'orders/001_init',
    up(db) {
      db.exec(`
        CREATE TABLE order_number_counters (
          business_date TEXT PRIMARY KEY,
          last_number INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE orders (
          id TEXT PRIMARY KEY,
          number INTEGER NOT NULL,
          business_date TEXT NOT NULL,
          business_day_id TEXT,
          channel TEXT NOT NULL CHECK (channel IN ('COUNTER', 'TABLE', 'DELIVERY', 'TAKEOUT', 'KIOSK', 'MARKETPLACE')),
          status TEXT NOT NULL CHECK (status IN ('DRAFT', 'CONFIRMED', 'PREPARING', 'READY', 'DELIVERING', 'COMPLETED', 'CANCELLED')),
          table_id TEXT,
          customer_id TEXT,
          notes TEXT,
          subtotal_cents INTEGER NOT NULL,
          discount_cents INTEGER NOT NULL,
          manual_discount_cents INTEGER NOT NULL DEFAULT 0,
          manual_discount_reason TEXT,
          total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
          cancel_reason TEXT,
          paid_at TEXT,
          created_by TEXT,
          created_at TEXT NOT NULL,
          confirmed_at TEXT,
          updated_at TEXT NOT NULL,
          UNIQUE (business_date, number)
        ) STRICT;
        CREATE INDEX orders_status ON orders (status, created_at);
        CREATE INDEX orders_table ON orders (table_id, status);
        CREATE INDEX orders_created ON orders (created_at);

        CREATE TABLE order_items (
          id TEXT PRIMARY KEY,
          order_id TEXT NOT NULL REFERENCES orders (id),
          position INTEGER NOT NULL,
          round INTEGER NOT NULL,
          product_id TEXT NOT NULL,
          name TEXT NOT NULL,
          category_id TEXT NOT NULL,
          quantity INTEGER NOT NULL CHECK (quantity > 0),
          unit TEXT NOT NULL CHECK (unit IN ('UNIT', 'GRAM')),
          unit_price_cents INTEGER NOT NULL,
          gross_cents INTEGER NOT NULL,
          discount_cents INTEGER NOT NULL,
          total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
          applied_rules TEXT NOT NULL,
          options TEXT NOT NULL,
          components TEXT NOT NULL,
          notes TEXT,
          seat INTEGER,
          station TEXT,
          prep_seconds INTEGER NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'PREPARING', 'READY', 'DELIVERED', 'CANCELLED'))
        ) STRICT;
        CREATE INDEX order_items_order ON order_items (order_id, position);
      `);
    },
  },
  {
    // A manager's write-off (courtesy or loss) of what an order still owed, kept on the order.
    id: 'orders/002_money_rules_write_off',
    up(db) {
      db.exec(`
        ALTER TABLE orders ADD COLUMN write_off_kind TEXT CHECK (write_off_kind IN ('COURTESY', 'LOSS'));
        ALTER TABLE orders ADD COLUMN write_off_reason TEXT;
        ALTER TABLE orders ADD COLUMN write_off_cents INTEGER;
        ALTER TABLE orders ADD COLUMN written_off_at TEXT;
        ALTER TABLE orders ADD COLUMN written_off_by TEXT;
      `);
    },
  },
  {
    // "CPF na nota": the consumer's CPF or CNPJ (digits only) for the order's fiscal document.
    id: 'orders/003_consumer_tax_id',
    up(db) {
      db.exec('ALTER TABLE orders ADD COLUMN consumer_tax_id TEXT');
    },
  },
  {
    // Orders taken by chat carry their platform as channel. SQLite cannot alter a CHECK, and a
    // rebuilt table would trip the order lines' foreign keys; widening an IN list changes nothing
    // stored, so the table's definition is edited in place, the way SQLite documents for CHECKs.
    id: 'orders/004_chat_order_channels',
    up(db) {
      const oldCheck = "channel IN ('COUNTER', 'TABLE', 'DELIVERY', 'TAKEOUT', 'KIOSK', 'MARKETPLACE')";
      const newCheck = "channel IN ('COUNTER', 'TABLE', 'DELIVERY', 'TAKEOUT', 'KIOSK', 'MARKETPLACE', 'WHATSAPP', 'INSTAGRAM', 'MESSENGER')";
      const version = db.pragma('schema_version', { simple: true }) as number;
      db.unsafeMode(true);
      try {
        db.pragma('writable_schema = ON');
        const changed = db.prepare("UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'orders'").run(oldCheck, newCheck).changes;
        if (changed !== 1) throw new Error('orders table not found');
        db.pragma(`schema_version = ${version + 1}`);
      } finally {
        db.pragma('writable_schema = OFF');
        db.unsafeMode(false);
      }
      const table = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'orders'").pluck().get() as string;
      if (!table.includes(newCheck)) throw new Error('orders table has an unexpected channel CHECK');
    },
  },
  {
    // A delivery fee the customer pays with the order (chat orders delivered by the store): part
    // of the order's total, the payment due and the fiscal document (vFrete).
    id: 'orders/005_delivery_fee',
    up(db) {
      db.exec('ALTER TABLE orders ADD COLUMN delivery_fee_cents INTEGER NOT NULL DEFAULT 0 CHECK (delivery_fee_cents >= 0)');
    },
  },
  {
    // Counter, kiosk and delivery orders have no table: keeping them out of the table index saves
    // a page written on each of their status changes (the index moves with the status).
    id: 'orders/006_table_index_tables_only',
    up(db) {
      db.exec(`
        DROP INDEX orders_table;
        CREATE INDEX orders_table ON orders (table_id, status) WHERE table_id IS NOT NULL;
      `);
    },
  },
  {
    // The blind index of the CPF na nota: a person who gave their CPF without a customer record
    // attached has orders their data-subject requests must find. The index is an HMAC under the key
    // file, which SQL cannot compute: the store is marked unsealed so the start-up sealing after
    // the migrations (one transaction, before anything is served) fills it for every order with a CPF.
    id: 'orders/007_consumer_tax_id_index',
    up(db) {
      db.exec(`
        ALTER TABLE orders ADD COLUMN consumer_tax_id_index TEXT;
        CREATE INDEX orders_consumer_tax_id_index ON orders (consumer_tax_id_index) WHERE consumer_tax_id_index IS NOT NULL;
        DELETE FROM pii_sealed_stores WHERE name = 'orders.consumer_tax_id';
      `);
    },
  },
];
