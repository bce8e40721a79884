import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { freeBytes, isStorageFull, STORAGE_RESERVE_BYTES } from './storage-full.js';

export type Db = Database.Database;

/**
 * WAL, and nothing acknowledged before it is on stable storage: with `full` SQLite fsyncs the WAL in
 * every COMMIT; with `group-fsync` COMMIT writes the WAL (synchronous=NORMAL) and WalSyncer fsyncs it
 * off the event loop before the batch is acknowledged. journal_size_limit keeps the WAL file from
 * staying large after a checkpoint. temp_store=MEMORY keeps each command's savepoint journal in
 * memory: a kitchen confirm touches ~22 pages, past SQLite's 64 KiB in-memory limit, and the spill
 * created, wrote and deleted a temp file on the store's flash for every confirm. secure_delete=FAST
 * zeroes deleted and overwritten row content within its page (no extra I/O), so a customer's
 * anonymized data or a value replaced by its ciphertext does not linger in the file.
 *
 * A new store database gets 2 KiB pages: a commit writes one WAL frame per page it touches (the
 * journal's last leaf, its event-id index, the rows' tables and indexes), mostly for a row or two,
 * so smaller pages are less written per sale: 25–28 % fewer bytes on the store's flash per order
 * lifecycle in the rush bench, for the same CPU (1 KiB pages cut more but cost ≈ 15 % more CPU).
 * SQLite applies it only to an empty file; a store installed with 4 KiB pages keeps them.
 */
export function openDatabase(file: string, durability: 'full' | 'group-fsync' = 'full', options: { exclusive?: boolean } = {}): Db {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    if (options.exclusive) db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('page_size = 2048');
    db.pragma('journal_mode = WAL');
    db.pragma(durability === 'full' ? 'synchronous = FULL' : 'synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_size_limit = 67108864');
    db.pragma('wal_autocheckpoint = 16000');
    db.pragma('cache_size = -8000');
    db.pragma('temp_store = MEMORY');
    db.pragma('secure_delete = FAST');
  } catch (error) {
    // A connection left open would keep its lock (e.g. when the WAL index cannot be created).
    db.close();
    throw error;
  }
  return db;
}

/** A second connection for queries; WAL lets it read while commands write. */
export function openReadConnection(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -4000');
  return db;
}

export interface StoreConnections {
  /** The single writer. */
  db: Db;
  /** The connection for queries: a second one, or the writer itself when opened `exclusive`. */
  readDb: Db;
  /** Opened in exclusive locking mode because the disk was full at start. */
  exclusive: boolean;
}

/**
 * The writer and the read connection. WAL connections share an index in the `-shm` file, which
 * SQLite creates (32 KiB) when the first connection opens; on a full disk that fails and nothing
 * could be read. Then the database opens in exclusive locking mode, which keeps that index in the
 * process's memory: one connection serves reads and writes (writes fail with SQLITE_FULL until
 * space is freed), so a store whose disk filled up still starts and shows its data.
 */
export function openStore(file: string, durability: 'full' | 'group-fsync'): StoreConnections {
  let db: Db | null = null;
  try {
    db = openDatabase(file, durability);
    return { db, readDb: openReadConnection(file), exclusive: false };
  } catch (error) {
    db?.close();
    const code = String((error as { code?: unknown }).code ?? '');
    const outOfSpace = isStorageFull(error) || code.startsWith('SQLITE_IOERR_SHM');
    if (!outOfSpace || freeBytes(dirname(file)) >= STORAGE_RESERVE_BYTES) throw error;
    const exclusive = openDatabase(file, durability, { exclusive: true });
    return { db: exclusive, readDb: exclusive, exclusive: true };
  }
}
