import Database from 'better-sqlite3';
import { statSync, utimesSync } from 'node:fs';
import { basename } from 'node:path';
import type { Db } from '../../kernel/db/open.js';
import type { Logger } from '../../kernel/logger.js';
import { ANONYMIZED_NAME } from '../commands.js';
import { backupCopies } from './backup-copies.js';

const PERSONAL_COLUMNS = ['cpf', 'phone', 'email', 'addresses', 'cpf_index', 'phone_index'];

/**
 * Runs after an anonymization has committed, so the erased data is gone from the disk and not only
 * from queries:
 * - the old row versions still sit in WAL frames until overwritten: a TRUNCATE checkpoint copies
 *   the new pages home (secure_delete already zeroed the old cells) and empties the WAL file;
 * - the nightly backups (`<data>/backups`) hold the customer as they were: the same fields are
 *   overwritten there too, with secure_delete ON so no freed cell keeps them.
 * Best effort: a failure is logged and the request itself has already succeeded.
 */
/** What another module erases of the customer in a backup, as it did in the live database (their orders' CPF, deliveries, chat). */
export type BackupEraser = (backup: Database.Database, customerId: string) => void;

export function eraseCustomerRemnants(db: Db, dataDir: string, customerId: string, logger: Logger, alsoInBackups: readonly BackupEraser[] = []): void {
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result?.busy) logger.warn('WAL not truncated after an anonymization: a reader was active; it will be at the next checkpoint');
  } catch (error) {
    logger.warn({ err: error }, 'WAL truncation after an anonymization failed');
  }
  for (const file of backupCopies(dataDir)) {
    try {
      anonymizeInBackup(db, file, customerId, alsoInBackups);
    } catch (error) {
      logger.error({ err: error, backup: basename(file), customerId }, 'could not anonymize a customer in a backup');
    }
  }
}

/** A backup written by an older version may lack a newer module's table. */
export const hasTable = (backup: Database.Database, table: string) => backup.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;

/**
 * The backup keeps its file times: the back office lists backups, and the next backup prunes them,
 * by when they were taken, which an erasure does not change.
 */
function anonymizeInBackup(live: Db, file: string, customerId: string, alsoInBackups: readonly BackupEraser[]): void {
  const { atime, mtime } = statSync(file);
  try {
    eraseInBackup(live, file, customerId, alsoInBackups);
  } finally {
    utimesSync(file, atime, mtime);
  }
}

function eraseInBackup(live: Db, file: string, customerId: string, alsoInBackups: readonly BackupEraser[]): void {
  const backup = new Database(file, { fileMustExist: true });
  try {
    backup.pragma('secure_delete = ON');
    // Backups written by older versions may lack the newer columns.
    const present = new Set((backup.prepare("SELECT name FROM pragma_table_info('customers')").pluck().all() as string[]));
    const cleared = PERSONAL_COLUMNS.filter((column) => present.has(column)).map((column) => `${column} = NULL`);
    const erased = live.prepare('SELECT anonymized_at, updated_at FROM customers WHERE id = ?').get(customerId) as { anonymized_at: string | null; updated_at: string } | undefined;
    backup.transaction(() => {
      backup
        .prepare(`UPDATE customers SET name = ?, ${cleared.join(', ')}, marketing_consent = 0, consent_at = NULL, anonymized_at = ?, updated_at = ? WHERE id = ?`)
        .run(ANONYMIZED_NAME, erased?.anonymized_at ?? null, erased?.updated_at ?? null, customerId);
      copyErasureRecord(live, backup, customerId);
      if (hasTable(backup, 'customer_data_requests')) backup.prepare('UPDATE customer_data_requests SET notes = NULL WHERE customer_id = ?').run(customerId);
      for (const erase of alsoInBackups) erase(backup, customerId);
    })();
    backup.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    backup.close();
  }
}

/** The customer's own LGPD record: what a restored backup must show of the erasure, as the store does. */
const ERASURE_RECORD_TABLES = ['customer_consents', 'customer_data_requests', 'customer_legal_holds'];

/**
 * The backup was taken before the erasure: it knows neither that the customer was erased (an
 * anonymized record takes no new data) nor the request that erased them, the consent it withdrew
 * and the fiscal documents it put under legal hold. A restore of it must not forget them (LGPD
 * art. 19: the answer to a request is kept), so the live rows are copied in (without the request
 * notes, which the backups do not keep).
 */
function copyErasureRecord(live: Db, backup: Database.Database, customerId: string): void {
  // A backup taken before the customer was registered has no record of them to restore.
  if (!backup.prepare('SELECT 1 FROM customers WHERE id = ?').get(customerId)) return;
  for (const table of ERASURE_RECORD_TABLES) {
    if (!hasTable(backup, table)) continue;
    const inBackup = new Set(backup.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]);
    const columns = (live.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).filter((column) => inBackup.has(column) && column !== 'notes');
    const insert = backup.prepare(`INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    const rows = live.prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE customer_id = ?`).raw().all(customerId) as unknown[][];
    for (const row of rows) insert.run(...row);
  }
}
