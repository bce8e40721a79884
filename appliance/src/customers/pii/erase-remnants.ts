import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../kernel/db/open.js';
import type { Logger } from '../../kernel/logger.js';
import { ANONYMIZED_NAME } from '../commands.js';

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
  const dir = join(dataDir, 'backups');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((file) => /^store-.*\.db$/.test(file))) {
    try {
      anonymizeInBackup(join(dir, name), customerId, alsoInBackups);
    } catch (error) {
      logger.error({ err: error, backup: name, customerId }, 'could not anonymize a customer in a backup');
    }
  }
}

/** A backup written by an older version may lack a newer module's table. */
export const hasTable = (backup: Database.Database, table: string) => backup.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;

function anonymizeInBackup(file: string, customerId: string, alsoInBackups: readonly BackupEraser[]): void {
  const backup = new Database(file, { fileMustExist: true });
  try {
    backup.pragma('secure_delete = ON');
    // Backups written by older versions may lack the newer columns.
    const present = new Set((backup.prepare("SELECT name FROM pragma_table_info('customers')").pluck().all() as string[]));
    const cleared = PERSONAL_COLUMNS.filter((column) => present.has(column)).map((column) => `${column} = NULL`);
    backup.transaction(() => {
      backup.prepare(`UPDATE customers SET name = ?, ${cleared.join(', ')}, marketing_consent = 0 WHERE id = ?`).run(ANONYMIZED_NAME, customerId);
      if (hasTable(backup, 'customer_data_requests')) backup.prepare('UPDATE customer_data_requests SET notes = NULL WHERE customer_id = ?').run(customerId);
      for (const erase of alsoInBackups) erase(backup, customerId);
    })();
    backup.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    backup.close();
  }
}
