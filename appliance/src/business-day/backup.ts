import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
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

/**
 * Where a backup stands among those taken in its data dir: the number each one gets in its name
 * (`-n<number>.db`), one more than the highest already there. The clock cannot order them: a box
 * whose clock jumped back (no RTC battery, NTP not yet synced) would date its new copies before
 * the older ones. Names from before the number (`…Z.db`) count as taken before every numbered one,
 * among themselves by file date.
 */
const TAKEN_NUMBER = /-n(\d+)\.db$/;

function takenNumber(name: string): number {
  const match = TAKEN_NUMBER.exec(name);
  return match ? Number(match[1]) : 0;
}

interface TakenBackup {
  name: string;
  number: number;
  bytes: number;
  mtime: Date;
}

function describeTaken(dir: string, name: string): TakenBackup {
  const stat = statSync(join(dir, name));
  return { name, number: takenNumber(name), bytes: stat.size, mtime: stat.mtime };
}

const newestTakenFirst = (a: TakenBackup, b: TakenBackup) => b.number - a.number || b.mtime.getTime() - a.mtime.getTime() || b.name.localeCompare(a.name);

function backupNames(dir: string): string[] {
  return readdirSync(dir).filter((name) => BACKUP_FILE_NAME.test(name));
}

/** The backups in `<data>/backups`, the last taken first. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return backupNames(dir)
    .map((name) => describeTaken(dir, name))
    .sort(newestTakenFirst)
    .map(({ name, bytes, mtime }) => ({ name, bytes, createdAt: mtime.toISOString() }));
}

/**
 * The copy of the live database a restore takes first: the only place the replaced journal's
 * events not yet sent to HQ survive. Day closes rotate the daily copies only, so a fortnight of
 * closes never removes it; pre-restore copies rotate among themselves.
 */
export const PRE_RESTORE_LABEL = 'pre-restore';
const isPreRestoreCopy = (name: string) => name.startsWith(`store-${PRE_RESTORE_LABEL}-`);

/** A copy being written: not listed, and removed by the next backup if a crash left it there. */
const PARTIAL_SUFFIX = '.partial';

function syncToStorage(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The backup being written in each data dir, so the next one starts after it (see `backupDatabase`). */
const inProgress = new Map<string, Promise<unknown>>();

/**
 * Online copy of the store database with SQLite's backup API (consistent while the appliance
 * keeps serving), into `<data>/backups` (0700, files 0600), keeping the last `keep` copies taken
 * of its kind (daily, or pre-restore).
 * The copy is published under its name, and older ones removed, only once it and everything of the
 * store it holds are on stable storage (`durable`: with group-fsync the copy may hold commits whose
 * fsync has not ended): a power cut must leave neither a backup holding more than the store nor a
 * torn newest copy with the older ones already gone.
 *
 * Backups of one data dir run one after the other (the day close and a "backup now" may ask at the
 * same moment; the second waits): a partial file found when one starts is then no other backup's
 * copy in progress but what a crash left, and is removed.
 */
export function backupDatabase(db: Db, dataDir: string, label: string, keep: number, durable: () => Promise<void>): Promise<BackupResult> {
  const previous = inProgress.get(dataDir) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => copyDatabase(db, dataDir, label, keep, durable));
  const settled = run.catch(() => undefined);
  inProgress.set(dataDir, settled);
  void settled.then(() => {
    if (inProgress.get(dataDir) === settled) inProgress.delete(dataDir);
  });
  return run;
}

async function copyDatabase(db: Db, dataDir: string, label: string, keep: number, durable: () => Promise<void>): Promise<BackupResult> {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const name of readdirSync(dir)) if (name.endsWith(PARTIAL_SUFFIX)) rmSync(join(dir, name), { force: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const number = Math.max(0, ...backupNames(dir).map(takenNumber)) + 1;
  const file = join(dir, `store-${label}-${stamp}-n${String(number).padStart(6, '0')}.db`);
  const partial = `${file}${PARTIAL_SUFFIX}`;
  try {
    await db.backup(partial);
    // A backup holds everything the store database does: owner-only, whatever the process umask.
    chmodSync(partial, 0o600);
    await durable();
    syncToStorage(partial);
    renameSync(partial, file);
  } catch (error) {
    // Left until the next backup, a copy that failed on a nearly full disk would hold the space the store's own writes need.
    rmSync(partial, { force: true });
    throw error;
  }
  syncToStorage(dir);
  const sameKind = isPreRestoreCopy(basename(file));
  const backups = backupNames(dir)
    .filter((name) => isPreRestoreCopy(name) === sameKind)
    .map((name) => describeTaken(dir, name))
    .sort(newestTakenFirst);
  const removed = backups.slice(Math.max(1, keep)).map((b) => b.name);
  for (const name of removed) rmSync(join(dir, name), { force: true });
  return { file, bytes: statSync(file).size, removed };
}
