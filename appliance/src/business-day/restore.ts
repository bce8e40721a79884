import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { NewerDatabaseError, assertDatabaseNotNewer } from '../kernel/db/newer-database.js';
import { AppError } from '../kernel/errors.js';
import { carryHistoryInto } from '../kernel/journal/carry-history.js';
import { journalStoreId } from '../kernel/journal/journal-stream.js';
import { backupDir } from './backup.js';

/** What the restored journal records in `backup.restored`. */
export interface RestoreMarker {
  name: string;
  preRestoreBackup: string;
  requestedBy: string | null;
}

const stagedFile = (dataDir: string) => join(dataDir, 'restore-staged.db');
const storeFile = (dataDir: string) => join(dataDir, 'store.db');

/** What the running store is: its migrations (all of this build's, applied at start) and the relay store its journal feeds. */
function liveStore(dataDir: string): { migrations: { id: string; up(): void }[]; storeId: string | null } | null {
  if (!existsSync(storeFile(dataDir))) return null;
  const live = new Database(storeFile(dataDir), { readonly: true, fileMustExist: true });
  try {
    const ids = live.prepare('SELECT id FROM schema_migrations').pluck().all() as string[];
    return { migrations: ids.map((id) => ({ id, up: () => undefined })), storeId: journalStoreId(live) };
  } finally {
    live.close();
  }
}

/** The live journal's event at `seq`, null when it has none there (or there is no live database). */
function liveEventIdAt(dataDir: string, seq: number): string | null {
  if (!existsSync(storeFile(dataDir))) return null;
  const live = new Database(storeFile(dataDir), { readonly: true, fileMustExist: true });
  try {
    return (live.prepare('SELECT event_id FROM journal WHERE seq = ?').pluck().get(seq) as string | undefined) ?? null;
  } finally {
    live.close();
  }
}

/** What the verified copy is, for the restore to decide on. */
export interface StagedBackup {
  /** The backup's last event. */
  journalSeq: number;
  /**
   * The backup is of the live journal (its last event is the live one's at that seq), so the swap
   * carries the events journaled since into the restored journal (`carryHistoryInto`); otherwise
   * they stay only in the pre-restore copy, and those the relay has not received never reach HQ.
   */
  keepsLiveHistory: boolean;
}

/**
 * Copies the backup next to the database and checks the copy before anything else happens: it
 * must be an intact SQLite file of this appliance (it has a journal), one this build can open
 * (the start-up check: no migration this build does not know, or the restart would refuse it), and
 * of this store (a journal that replicated to another relay store would book that store's sales
 * here). The copy is what gets restored, so rotating the backups (the pre-restore backup may remove
 * the oldest) cannot take it away.
 */
export function stageVerifiedBackup(dataDir: string, name: string): StagedBackup {
  const staged = stagedFile(dataDir);
  const live = liveStore(dataDir);
  copyFileSync(join(backupDir(dataDir), name), staged);
  let db: Database.Database | undefined;
  try {
    db = new Database(staged, { fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    const hasJournal = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'journal'").get() !== undefined;
    if (integrity !== 'ok' || !hasJournal) throw new AppError('BACKUP_INVALID', 422, 'BACKUP_INVALID', { integrity, hasJournal });
    if (live) assertDatabaseNotNewer(db, live.migrations);
    const backupStore = journalStoreId(db);
    if (live?.storeId && backupStore && backupStore !== live.storeId) {
      throw new AppError('BACKUP_OF_ANOTHER_STORE', 422, 'BACKUP_OF_ANOTHER_STORE', { backupStoreId: backupStore, storeId: live.storeId });
    }
    const journalSeq = Number(db.prepare('SELECT COALESCE(MAX(seq), 0) FROM journal').pluck().get());
    const lastEventId = db.prepare('SELECT event_id FROM journal WHERE seq = ?').pluck().get(journalSeq) as string | undefined;
    return { journalSeq, keepsLiveHistory: journalSeq === 0 || liveEventIdAt(dataDir, journalSeq) === lastEventId };
  } catch (error) {
    db?.close();
    db = undefined;
    rmSync(staged, { force: true });
    if (error instanceof AppError) throw error;
    if (error instanceof NewerDatabaseError) throw new AppError('BACKUP_NEWER_THAN_APPLIANCE', 422, 'BACKUP_NEWER_THAN_APPLIANCE', { unknownMigrations: error.unknownMigrations });
    throw new AppError('BACKUP_INVALID', 422, 'BACKUP_INVALID', { reason: (error as Error).message });
  } finally {
    db?.close();
  }
}

/** A restore that cannot go on (the host cannot restart) leaves no staged copy behind. */
export function discardStagedBackup(dataDir: string): void {
  rmSync(stagedFile(dataDir), { force: true });
}

/**
 * With the appliance stopped (database closed): the staged copy, carrying the journal's history
 * since the backup and `backup.restored` after it (one transaction), becomes the store database.
 */
export function swapInStagedBackup(dataDir: string, marker: RestoreMarker): void {
  const database = storeFile(dataDir);
  carryHistoryInto(stagedFile(dataDir), database, {
    event: { type: 'backup.restored', aggregateType: 'backup', aggregateId: marker.name, payload: marker },
    actor: { type: 'system', id: 'backup-restore' },
  });
  rmSync(`${database}-wal`, { force: true });
  rmSync(`${database}-shm`, { force: true });
  renameSync(stagedFile(dataDir), database);
}
