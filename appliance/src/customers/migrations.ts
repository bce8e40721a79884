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
  {
    // cpf, phone and email now hold AES-256-GCM ciphertexts (rows written earlier are sealed at
    // start, see pii/seal-stored.ts); equality lookups go through keyed blind indexes.
    id: 'customers/002_pii_encrypted_at_rest',
    up(db) {
      db.exec(`
        ALTER TABLE customers ADD COLUMN addresses TEXT;
        ALTER TABLE customers ADD COLUMN cpf_index TEXT;
        ALTER TABLE customers ADD COLUMN phone_index TEXT;
        ALTER TABLE customers ADD COLUMN pii_key_id TEXT;
        CREATE UNIQUE INDEX customers_cpf_index ON customers (cpf_index);
        CREATE INDEX customers_phone_index ON customers (phone_index);
      `);
    },
  },
  {
    // LGPD: each consent decision with when and where it was given; data-subject requests with
    // who handled them and the legal deadline; fiscal documents held after a deletion request.
    id: 'customers/003_lgpd_consents_and_requests',
    up(db) {
      db.exec(`
        CREATE TABLE customer_consents (
          id TEXT PRIMARY KEY,
          customer_id TEXT NOT NULL REFERENCES customers (id),
          purpose TEXT NOT NULL,
          granted INTEGER NOT NULL,
          source TEXT NOT NULL,
          recorded_at TEXT NOT NULL,
          recorded_by TEXT
        ) STRICT;
        CREATE INDEX customer_consents_customer ON customer_consents (customer_id, recorded_at);
        INSERT INTO customer_consents (id, customer_id, purpose, granted, source, recorded_at, recorded_by)
          SELECT 'legacy-' || id, id, 'MARKETING', 1, 'LEGACY', consent_at, NULL FROM customers WHERE marketing_consent = 1 AND consent_at IS NOT NULL;

        CREATE TABLE customer_data_requests (
          id TEXT PRIMARY KEY,
          customer_id TEXT NOT NULL REFERENCES customers (id),
          kind TEXT NOT NULL CHECK (kind IN ('ACCESS', 'CORRECTION', 'ANONYMIZATION', 'DELETION')),
          channel TEXT NOT NULL,
          requested_at TEXT NOT NULL,
          due_at TEXT NOT NULL,
          completed_at TEXT,
          handled_by TEXT,
          handled_by_name TEXT,
          notes TEXT
        ) STRICT;
        CREATE INDEX customer_data_requests_customer ON customer_data_requests (customer_id, requested_at);

        CREATE TABLE customer_legal_holds (
          customer_id TEXT NOT NULL REFERENCES customers (id),
          order_id TEXT NOT NULL,
          access_key TEXT NOT NULL,
          reason TEXT NOT NULL,
          held_at TEXT NOT NULL,
          hold_until TEXT NOT NULL,
          PRIMARY KEY (customer_id, access_key)
        ) STRICT;
      `);
    },
  },
  {
    // A data-subject export lists the customer's own events; the journal keeps no general index by
    // aggregate (kernel/003_journal_read_by_seq), so this one holds just the customers' events.
    id: 'customers/004_customer_event_index',
    up(db) {
      db.exec(`CREATE INDEX journal_customer_events ON journal (aggregate_id, seq) WHERE aggregate_type = 'customer';`);
    },
  },
  {
    // Phone numbers are indexed without Brazil's country code from now on (customer.ts
    // `phoneDigits`): a number stored with +55 was another entry of the blind index than the same
    // number without it, so searches missed the customer and a chat consent made a second record.
    // The index is an HMAC under the key file, which SQL cannot compute: the rows with a phone are
    // marked stale and the customers' store unsealed, so the start-up sealing that follows the
    // migrations (pii/reseal.ts, one transaction, before anything is served) rewrites them under
    // the current key with the index recomputed. Values stay readable meanwhile: each names its key.
    id: 'customers/005_phone_index_country_code',
    up(db) {
      db.exec(`
        UPDATE customers SET pii_key_id = NULL WHERE phone IS NOT NULL;
        DELETE FROM pii_sealed_stores WHERE name = 'customers';
      `);
    },
  },
  {
    // A mobile number without its ninth digit is indexed with it from now on (customer.ts
    // `phoneDigits`): WhatsApp names many older Brazilian accounts by the eight-digit number, which
    // missed the customer registered at the till with the nine. Rebuilt as in 005: the rows with a
    // phone are marked stale and the start-up sealing recomputes their index under the current key.
    id: 'customers/006_phone_index_ninth_digit',
    up(db) {
      db.exec(`
        UPDATE customers SET pii_key_id = NULL WHERE phone IS NOT NULL;
        DELETE FROM pii_sealed_stores WHERE name = 'customers';
      `);
    },
  },
  {
    // A consent the appliance asks for itself (the chat's personal-data question) keeps the words
    // the customer answered, the proof LGPD art. 8 asks of the store; null where staff took it.
    id: 'customers/007_consent_wording',
    up(db) {
      db.exec('ALTER TABLE customer_consents ADD COLUMN wording TEXT;');
    },
  },
];

