import type { Migration } from '../kernel/db/migrations.js';
import { newId } from '../kernel/ids.js';

export const paymentsMigrations: Migration[] = [
  {
    id: 'payments/001_init',
    up(db) {
      db.exec(`
        CREATE TABLE payments (
          id TEXT PRIMARY KEY,
          order_id TEXT NOT NULL,
          business_day_id TEXT NOT NULL,
          business_date TEXT NOT NULL,
          method TEXT NOT NULL CHECK (method IN ('CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX', 'OTHER')),
          status TEXT NOT NULL CHECK (status IN ('PENDING', 'CAPTURED', 'CANCELLED')),
          amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
          tendered_cents INTEGER NOT NULL,
          change_cents INTEGER NOT NULL DEFAULT 0 CHECK (change_cents >= 0),
          refunded_cents INTEGER NOT NULL DEFAULT 0 CHECK (refunded_cents >= 0),
          provider TEXT NOT NULL,
          provider_ref TEXT,
          payer_label TEXT,
          cashier_session_id TEXT,
          operator_id TEXT,
          pix_qr_payload TEXT,
          pix_qr_image TEXT,
          details TEXT NOT NULL DEFAULT '{}',
          created_at TEXT NOT NULL,
          captured_at TEXT,
          CHECK (refunded_cents <= amount_cents)
        ) STRICT;
        CREATE INDEX payments_order ON payments (order_id, created_at);
        CREATE INDEX payments_day ON payments (business_day_id, status);
        CREATE UNIQUE INDEX payments_provider_ref ON payments (provider, provider_ref) WHERE provider_ref IS NOT NULL;

        CREATE TABLE payment_refunds (
          id TEXT PRIMARY KEY,
          payment_id TEXT NOT NULL REFERENCES payments (id),
          amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
          reason TEXT,
          provider_ref TEXT,
          operator_id TEXT,
          manager_id TEXT,
          business_date TEXT NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX payment_refunds_payment ON payment_refunds (payment_id);

        -- A share of a payment that belongs to another account (e.g. a marketplace partner).
        CREATE TABLE payment_split_rules (
          id TEXT PRIMARY KEY,
          payment_id TEXT NOT NULL REFERENCES payments (id),
          account_id TEXT NOT NULL,
          amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
          created_at TEXT NOT NULL
        ) STRICT;

        -- Each verified webhook delivery once: a redelivery finds its key and changes nothing.
        CREATE TABLE gateway_webhook_deliveries (
          gateway TEXT NOT NULL,
          delivery_key TEXT NOT NULL,
          gateway_payment_id TEXT NOT NULL,
          received_at TEXT NOT NULL,
          PRIMARY KEY (gateway, delivery_key)
        ) STRICT;

        CREATE TABLE fiscal_emission_requests (
          order_id TEXT PRIMARY KEY,
          requested_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE payment_reconciliations (
          id TEXT PRIMARY KEY,
          gateway TEXT NOT NULL,
          date_from TEXT NOT NULL,
          date_to TEXT NOT NULL,
          result TEXT NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    id: 'payments/002_reconciliation_alerts',
    up(db) {
      db.exec(`
        -- One row per difference a reconciliation found, for the back office (GET /payments/reconciliation-alerts).
        CREATE TABLE payment_reconciliation_alerts (
          id TEXT PRIMARY KEY,
          reconciliation_id TEXT NOT NULL REFERENCES payment_reconciliations (id),
          gateway TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('AMOUNT_MISMATCH', 'MISSING_IN_SETTLEMENT', 'UNKNOWN_TO_STORE')),
          gateway_payment_id TEXT NOT NULL,
          payment_id TEXT,
          recorded_cents INTEGER,
          settled_cents INTEGER,
          difference_cents INTEGER NOT NULL,
          date_from TEXT NOT NULL,
          date_to TEXT NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX payment_reconciliation_alerts_dates ON payment_reconciliation_alerts (date_to, date_from);

        -- The settlement file a reconciliation came from, so a file is never reconciled twice.
        ALTER TABLE payment_reconciliations ADD COLUMN source_sha256 TEXT;
        CREATE UNIQUE INDEX payment_reconciliations_source ON payment_reconciliations (source_sha256) WHERE source_sha256 IS NOT NULL;
      `);
    },
  },
  {
    id: 'payments/003_unbooked_confirmations',
    up(db) {
      db.exec(`
        -- Money a gateway confirmed that the store did not book (another amount than charged, a
        -- charge already withdrawn): once per payment and kind, however often the gateway repeats it.
        CREATE TABLE payment_unbooked_confirmations (
          payment_id TEXT NOT NULL REFERENCES payments (id),
          kind TEXT NOT NULL CHECK (kind IN ('AMOUNT_MISMATCH', 'PAID_AFTER_CANCEL')),
          provider TEXT NOT NULL,
          provider_ref TEXT,
          charged_cents INTEGER NOT NULL,
          received_cents INTEGER NOT NULL,
          created_at TEXT NOT NULL,
          PRIMARY KEY (payment_id, kind)
        ) STRICT;
      `);
    },
  },
  {
    id: 'payments/004_unbooked_confirmation_resolutions',
    up(db) {
      // An id the back office names one by, and what the manager did with the money: open while resolved_at is NULL.
      db.exec(`
        ALTER TABLE payment_unbooked_confirmations ADD COLUMN id TEXT;
        ALTER TABLE payment_unbooked_confirmations ADD COLUMN resolution TEXT CHECK (resolution IN ('REFUNDED_AT_GATEWAY', 'BOOKED_ON_ANOTHER_SALE', 'OTHER'));
        ALTER TABLE payment_unbooked_confirmations ADD COLUMN resolution_note TEXT;
        ALTER TABLE payment_unbooked_confirmations ADD COLUMN resolved_by TEXT;
        ALTER TABLE payment_unbooked_confirmations ADD COLUMN resolved_at TEXT;
      `);
      const setId = db.prepare('UPDATE payment_unbooked_confirmations SET id = ? WHERE rowid = ?');
      for (const rowid of db.prepare('SELECT rowid FROM payment_unbooked_confirmations').pluck().all()) setId.run(newId(), rowid);
      db.exec(`
        CREATE UNIQUE INDEX payment_unbooked_confirmations_id ON payment_unbooked_confirmations (id);
        CREATE INDEX payment_unbooked_confirmations_open ON payment_unbooked_confirmations (created_at) WHERE resolved_at IS NULL;
      `);
    },
  },
  {
    id: 'payments/005_card_cancellation_slips',
    up(db) {
      // The card network's answer to a refund sent back on the card (estorno): its slip is printed from here.
      db.exec(`
        ALTER TABLE payment_refunds ADD COLUMN card_cancellation TEXT;
      `);
    },
  },
];
