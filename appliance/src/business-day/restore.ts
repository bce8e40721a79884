import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../kernel/errors.js';
import { carryHistoryInto } from '../kernel/journal/carry-history.js';
import type { CommandBus } from '../kernel/journal/command-bus.js';
import { backupDir } from './backup.js';

/** What a restore leaves for the restarted appliance to journal (`backup.restored`). */
export interface RestoreMarker {
  name: string;
  preRestoreBackup: string;
  requestedBy: string | null;
}

const stagedFile = (dataDir: string) => join(dataDir, 'restore-staged.db');
const markerFile = (dataDir: string) => join(dataDir, 'restored.json');

/**
 * Copies the backup next to the database and checks the copy before anything else happens: it
 * must be an intact SQLite file of this appliance (it has a journal). The copy is what gets
 * restored, so rotating the backups (the pre-restore backup may remove the oldest) cannot take it away.
 */
export function stageVerifiedBackup(dataDir: string, name: string): { journalSeq: number } {
  const staged = stagedFile(dataDir);
  copyFileSync(join(backupDir(dataDir), name), staged);
  let db: Database.Database | undefined;
  try {
    db = new Database(staged, { fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    const hasJournal = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'journal'").get() !== undefined;
    if (integrity !== 'ok' || !hasJournal) throw new AppError('BACKUP_INVALID', 422, 'BACKUP_INVALID', { integrity, hasJournal });
    return { journalSeq: Number(db.prepare('SELECT COALESCE(MAX(seq), 0) FROM journal').pluck().get()) };
  } catch (error) {
    db?.close();
    db = undefined;
    rmSync(staged, { force: true });
    if (error instanceof AppError) throw error;
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
 * since the backup, becomes the store database.
 */
export function swapInStagedBackup(dataDir: string, marker: RestoreMarker): void {
  const database = join(dataDir, 'store.db');
  carryHistoryInto(stagedFile(dataDir), database);
  rmSync(`${database}-wal`, { force: true });
  rmSync(`${database}-shm`, { force: true });
  renameSync(stagedFile(dataDir), database);
  writeFileSync(markerFile(dataDir), JSON.stringify(marker), { mode: 0o600 });
}

/** At start after a restore: journals it into the restored database, once. */
export async function journalCompletedRestore(dataDir: string, commands: CommandBus): Promise<void> {
  const file = markerFile(dataDir);
  if (!existsSync(file)) return;
  const marker = JSON.parse(readFileSync(file, 'utf8')) as RestoreMarker;
  await commands.run('backup.restored', (tx) => {
    tx.emit({ type: 'backup.restored', aggregateType: 'backup', aggregateId: marker.name, payload: marker });
  }, { actor: { type: 'system', id: 'backup-restore' } });
  rmSync(file, { force: true });
}
