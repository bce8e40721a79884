import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

/**
 * WAL, and nothing acknowledged before it is on stable storage: with `full` SQLite fsyncs the WAL in
 * every COMMIT; with `group-fsync` COMMIT writes the WAL (synchronous=NORMAL) and WalSyncer fsyncs it
 * off the event loop before the batch is acknowledged. journal_size_limit keeps the WAL file from
 * staying large after a checkpoint. temp_store=MEMORY keeps each command's savepoint journal in
 * memory: a kitchen confirm touches ~22 pages, past SQLite's 64 KiB in-memory limit, and the spill
 * created, wrote and deleted a temp file on the store's flash for every confirm.
 */
export function openDatabase(file: string, durability: 'full' | 'group-fsync' = 'full'): Db {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(durability === 'full' ? 'synchronous = FULL' : 'synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_size_limit = 67108864');
  db.pragma('wal_autocheckpoint = 16000');
  db.pragma('cache_size = -8000');
  db.pragma('temp_store = MEMORY');
  return db;
}

/** A second connection for queries; WAL lets it read while commands write. */
export function openReadConnection(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -4000');
  return db;
}
