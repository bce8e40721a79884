import type { Db } from '../kernel/db/open.js';
import type { Migration } from '../kernel/db/migrations.js';
import { barcodeKey } from './barcode.js';

/**
 * Gives every stored barcode its key. Two products may already hold one GTIN in two lengths: the
 * first registered (an active one before an inactive one) keeps the key, so a scan finds the product
 * it found before; the other keeps its barcode without a key until it is changed.
 */
function fillBarcodeKeys(db: Db): void {
  const rows = db.prepare('SELECT id, barcode FROM products WHERE barcode IS NOT NULL ORDER BY active DESC, rowid').all() as { id: string; barcode: string }[];
  const setKey = db.prepare('UPDATE products SET barcode_key = ? WHERE id = ?');
  const taken = new Set<string>();
  for (const { id, barcode } of rows) {
    const key = barcodeKey(barcode);
    if (taken.has(key)) continue;
    taken.add(key);
    setKey.run(key, id);
  }
}

export const catalogMigrations: Migration[] = [
  {
    id: 'catalog/001_init',
    up(db) {
      db.exec(`
        CREATE TABLE categories (
          id TEXT PRIMARY KEY,
          parent_id TEXT REFERENCES categories (id),
          name TEXT NOT NULL,
          sort_order INTEGER NOT NULL DEFAULT 0,
          active INTEGER NOT NULL CHECK (active IN (0, 1)),
          station TEXT,
          prep_seconds INTEGER,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX categories_parent ON categories (parent_id);

        -- Option groups, combo and composite settings are read whole with the product, so they
        -- are kept as JSON documents validated by the zod schemas in schemas.ts.
        CREATE TABLE products (
          id TEXT PRIMARY KEY,
          category_id TEXT NOT NULL REFERENCES categories (id),
          sku TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL,
          description TEXT,
          type TEXT NOT NULL CHECK (type IN ('SIMPLE', 'COMBO', 'COMPOSITE', 'WEIGHT', 'TIME')),
          unit TEXT NOT NULL CHECK (unit IN ('UNIT', 'KG', 'TIME_BLOCK')),
          price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
          active INTEGER NOT NULL CHECK (active IN (0, 1)),
          barcode TEXT UNIQUE,
          channels TEXT NOT NULL,
          station TEXT,
          prep_seconds INTEGER,
          option_groups TEXT NOT NULL,
          composite TEXT,
          combo TEXT,
          time_block_minutes INTEGER,
          ncm TEXT,
          cfop TEXT,
          cest TEXT,
          tax_group TEXT,
          stock_policy TEXT NOT NULL CHECK (stock_policy IN ('NONE', 'TRACK')),
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX products_category ON products (category_id);

        -- HQ messages already applied, so a redelivered message changes nothing.
        CREATE TABLE catalog_downstream_applied (
          message_id TEXT PRIMARY KEY,
          outcome TEXT NOT NULL,
          applied_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    id: 'catalog/002_send_to_kitchen',
    up(db) {
      // Self-service and non-food lines (salad bar by weight, billiards time) never reach a KDS.
      db.exec('ALTER TABLE products ADD COLUMN send_to_kitchen INTEGER NOT NULL DEFAULT 1 CHECK (send_to_kitchen IN (0, 1))');
    },
  },
  {
    id: 'catalog/003_product_photo_file',
    up(db) {
      // The product's photo as stored in <data>/catalog-images (a content-hash file name), or none.
      db.exec('ALTER TABLE products ADD COLUMN photo_file TEXT');
    },
  },
  {
    id: 'catalog/004_product_chat_aliases',
    up(db) {
      // What customers call a product in chat orders ("coca", "refri", "x bacon"): a JSON array of strings.
      db.exec("ALTER TABLE products ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]'");
    },
  },
  {
    id: 'catalog/005_product_barcode_key',
    up(db) {
      // The barcode as compared (barcode.ts barcodeKey): one GTIN typed in 12, 13 or 14 digits is one
      // barcode for lookups and for uniqueness; `barcode` keeps the form the store typed.
      db.exec('ALTER TABLE products ADD COLUMN barcode_key TEXT');
      fillBarcodeKeys(db);
      db.exec('CREATE UNIQUE INDEX products_barcode_key ON products (barcode_key)');
    },
  },
  {
    id: 'catalog/006_product_version',
    up(db) {
      // Counts the product's writes: a screen sends back the version it read, so a save made from a
      // product someone changed since is refused instead of undoing that change (products.ts).
      db.exec('ALTER TABLE products ADD COLUMN version INTEGER NOT NULL DEFAULT 1');
    },
  },
  {
    id: 'catalog/007_price_and_availability_decided_at',
    up(db) {
      // When the price and the availability were last decided (at the counter, or at HQ for a
      // pushed change): an HQ change decided before the store's own later one must not undo it
      // when it arrives late (the store was offline). Null: not known, so HQ's change applies.
      db.exec('ALTER TABLE products ADD COLUMN price_decided_at TEXT');
      db.exec('ALTER TABLE products ADD COLUMN active_decided_at TEXT');
    },
  },
];
