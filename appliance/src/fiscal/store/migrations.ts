import type Database from 'better-sqlite3';

export interface FiscalMigration {
  id: string;
  up(db: Database.Database): void;
}

export const fiscalMigrations: FiscalMigration[] = [
  {
    id: 'fiscal/001_init',
    up(db) {
      db.exec(`
        CREATE TABLE fiscal_series (
          model INTEGER NOT NULL,
          series INTEGER NOT NULL,
          environment INTEGER NOT NULL,
          next_number INTEGER NOT NULL,
          PRIMARY KEY (model, series, environment)
        ) STRICT;

        CREATE TABLE fiscal_documents (
          id TEXT PRIMARY KEY,
          order_id TEXT NOT NULL,
          model INTEGER NOT NULL,
          series INTEGER NOT NULL,
          environment INTEGER NOT NULL,
          number INTEGER NOT NULL,
          random_code TEXT NOT NULL,
          access_key TEXT NOT NULL UNIQUE,
          status TEXT NOT NULL,
          contingency INTEGER NOT NULL DEFAULT 0,
          contingency_reason TEXT,
          contingency_deadline TEXT,
          deadline_alerted_at TEXT,
          issued_at TEXT NOT NULL,
          total_cents INTEGER NOT NULL,
          sale_json TEXT NOT NULL,
          signed_xml TEXT NOT NULL,
          qr_code TEXT NOT NULL,
          url_chave TEXT NOT NULL,
          replaced_access_key TEXT,
          replaced_xml TEXT,
          proc_xml TEXT,
          protocol TEXT,
          authorized_at TEXT,
          c_stat INTEGER,
          x_motivo TEXT,
          cancel_protocol TEXT,
          cancel_xml TEXT,
          cancelled_at TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          UNIQUE (model, series, environment, number)
        ) STRICT;
        CREATE INDEX fiscal_documents_order ON fiscal_documents (order_id);
        CREATE INDEX fiscal_documents_status ON fiscal_documents (status);
        CREATE INDEX fiscal_documents_issued ON fiscal_documents (issued_at);

        CREATE TABLE fiscal_inutilizations (
          id TEXT PRIMARY KEY,
          model INTEGER NOT NULL,
          series INTEGER NOT NULL,
          environment INTEGER NOT NULL,
          first_number INTEGER NOT NULL,
          last_number INTEGER NOT NULL,
          justification TEXT NOT NULL,
          status TEXT NOT NULL,
          protocol TEXT,
          c_stat INTEGER,
          x_motivo TEXT,
          request_xml TEXT,
          response_xml TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    // NF-e model 55 requested for an order (the company buyer), issued at payment or at once if
    // paid; and the SAT / MF-e session of a sale sent to the equipment, kept until its CF-e is
    // stored, so a crash in between finds the CF-e again instead of selling twice.
    id: 'fiscal/002_nfe_requests_and_sat_sessions',
    up(db) {
      db.exec(`
        CREATE TABLE fiscal_nfe_requests (
          order_id TEXT PRIMARY KEY,
          buyer_json TEXT NOT NULL,
          requested_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE fiscal_sat_sessions (
          order_id TEXT PRIMARY KEY,
          session INTEGER NOT NULL,
          started_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    // Documents of a consumer who asked for deletion: kept for the retention period, no other use.
    id: 'fiscal/lgpd_legal_holds',
    up(db) {
      db.exec(`
        CREATE TABLE fiscal_legal_holds (
          access_key TEXT PRIMARY KEY,
          reason TEXT NOT NULL,
          held_at TEXT NOT NULL,
          hold_until TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    // Paid orders that did not get their fiscal document at once (emission off, SEFAZ tables or
    // certificate missing, bad product data, a transient failure): kept until a document exists
    // or a manager waives it with a reason. `position` is the sale order the backlog is emitted in.
    id: 'fiscal/003_emission_backlog',
    up(db) {
      db.exec(`
        CREATE TABLE fiscal_emission_backlog (
          order_id TEXT PRIMARY KEY,
          position INTEGER NOT NULL UNIQUE,
          business_date TEXT NOT NULL,
          total_cents INTEGER NOT NULL,
          settled_at TEXT NOT NULL,
          status TEXT NOT NULL,
          deferred_reason TEXT NOT NULL,
          attempts INTEGER NOT NULL DEFAULT 0,
          last_error_code TEXT,
          last_attempt_at TEXT,
          document_id TEXT,
          waiver_reason TEXT,
          resolved_by TEXT,
          resolved_at TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX fiscal_emission_backlog_pending ON fiscal_emission_backlog (status, position);
      `);
    },
  },
  {
    // An authorized NFC-e / NF-e keeps SEFAZ's protNFe (≈ 1 KB) beside its signed XML; the procNFe
    // is the two put together when read. Storing the whole procNFe repeated the signed document
    // (≈ 7 KB sealed) in every authorized row, on the store's flash and in each authorization's WAL.
    id: 'fiscal/004_protocol_beside_signed_xml',
    up(db) {
      db.exec('ALTER TABLE fiscal_documents ADD COLUMN prot_xml TEXT');
    },
  },
  {
    // A 656 pause outlives a restart: an appliance started within it would otherwise send its
    // queue into the block at once, extending it (fiscal/emission/sefaz-pause.ts).
    id: 'fiscal/005_sefaz_pauses',
    up(db) {
      db.exec(`
        CREATE TABLE fiscal_sefaz_pauses (
          service TEXT PRIMARY KEY,
          paused_until TEXT NOT NULL,
          c_stat INTEGER NOT NULL,
          paused_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
];
