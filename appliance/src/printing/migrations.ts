import type { Migration } from '../kernel/db/migrations.js';

export const printingMigrations: Migration[] = [
  {
    id: 'printing/001_init',
    up(db) {
      db.exec(`
        CREATE TABLE printers (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          profile_id TEXT NOT NULL,
          connection TEXT NOT NULL,
          backup_printer_id TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE print_jobs (
          id TEXT PRIMARY KEY,
          kind TEXT NOT NULL,
          payload TEXT NOT NULL,
          requested_printer_id TEXT NOT NULL,
          printer_id TEXT NOT NULL,
          tried_printer_ids TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('QUEUED', 'PRINTING', 'DONE', 'FAILED')),
          attempts INTEGER NOT NULL DEFAULT 0,
          attempts_on_printer INTEGER NOT NULL DEFAULT 0,
          next_attempt_at TEXT NOT NULL,
          last_error_code TEXT,
          last_error TEXT,
          source_type TEXT,
          source_id TEXT,
          dedupe_key TEXT UNIQUE,
          bytes INTEGER,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          printed_at TEXT
        ) STRICT;
        CREATE INDEX print_jobs_due ON print_jobs (status, next_attempt_at);
        CREATE INDEX print_jobs_created ON print_jobs (created_at);
      `);
    },
  },
  {
    id: 'printing/002_forget_printed_payloads',
    up(db) {
      // A printed job's document may name the consumer (CPF na nota on a DANFE); nothing reads it
      // after printing, so earlier versions' printed payloads go (see sealed-payload.ts).
      db.exec("UPDATE print_jobs SET payload = '' WHERE status = 'DONE'");
    },
  },
  {
    // Listing jobs in the order they were queued reads the rowid (routes.ts); this index cost a page
    // written in every commit that queued a job.
    id: 'printing/003_list_by_rowid',
    up(db) {
      db.exec('DROP INDEX print_jobs_created;');
    },
  },
];
