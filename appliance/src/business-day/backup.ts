import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../kernel/db/open.js';

export const DEFAULT_BACKUP_KEEP = 14;

export interface BackupResult {
  file: string;
  bytes: number;
  removed: string[];
}

/** How many backups the store keeps (`settings.business_day.backup_keep`, default 14). */
export function configuredBackupKeep(db: Db): number {
  const raw = db.prepare("SELECT value FROM settings WHERE key = 'business_day.backup_keep'").pluck().get() as string | undefined;
  const keep = raw ? Number(raw) : DEFAULT_BACKUP_KEEP;
  return Number.isInteger(keep) && keep > 0 ? keep : DEFAULT_BACKUP_KEEP;
}

export interface BackupFile {
  name: string;
  bytes: number;
  createdAt: string;
}

export const BACKUP_FILE_NAME = /^store-[\w.-]+\.db$/;

export function backupDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** The backups in `<data>/backups`, newest first. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => BACKUP_FILE_NAME.test(name))
    .map((name) => {
      const stat = statSync(join(dir, name));
      return { name, bytes: stat.size, createdAt: stat.mtime.toISOString() };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * Online copy of the store database with SQLite's backup API (consistent while the appliance
 * keeps serving), into `<data>/backups` (0700, files 0600), keeping the newest `keep` copies.
 */
export async function backupDatabase(db: Db, dataDir: string, label: string, keep: number = DEFAULT_BACKUP_KEEP): Promise<BackupResult> {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `store-${label}-${stamp}.db`);
  await db.backup(file);
  // A backup holds everything the store database does: owner-only, whatever the process umask.
  chmodSync(file, 0o600);
  const backups = readdirSync(dir)
    .filter((name) => /^store-.*\.db$/.test(name))
    .map((name) => ({ name, mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime || b.name.localeCompare(a.name));
  const removed = backups.slice(Math.max(1, keep)).map((b) => b.name);
  for (const name of removed) rmSync(join(dir, name), { force: true });
  return { file, bytes: statSync(file).size, removed };
}
