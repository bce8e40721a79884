import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

/**
 * WAL with synchronous=FULL: every COMMIT is fsynced, so an acknowledged sale or kitchen ticket
 * survives a power cut. The cost is amortised by group commit (see command-bus.ts).
 * journal_size_limit keeps the WAL file from staying large after a checkpoint.
 */
export function openDatabase(file: string): Db {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_size_limit = 67108864');
  db.pragma('wal_autocheckpoint = 4000');
  db.pragma('cache_size = -32000');
  return db;
}

/** A second connection for queries; WAL lets it read while commands write. */
export function openReadConnection(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -16000');
  return db;
}
