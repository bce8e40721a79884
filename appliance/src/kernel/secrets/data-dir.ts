import { chmodSync, lstatSync, mkdirSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

/** Owner-only modes for everything under the data directory. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates the data directory owner-only and tightens whatever is already in it (a store created
 * by an older version had a 0755 directory and a 0644 database): the database, its WAL and SHM,
 * backups, device state and generated secrets are readable by the appliance's user only.
 * Symbolic links inside it are left alone (the fiscal certificate may be linked from elsewhere on
 * purpose); the data directory itself may be one (`/var/lib/chefia` → a bigger disk), and what it
 * points to is tightened.
 */
export function secureDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  tighten(realpathSync(dataDir));
}

function tighten(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    if ((stat.mode & 0o777) !== PRIVATE_DIR_MODE) chmodSync(path, PRIVATE_DIR_MODE);
    for (const entry of readdirSync(path)) tighten(join(path, entry));
  } else if (stat.isFile() && (stat.mode & 0o777 & ~PRIVATE_FILE_MODE) !== 0) {
    chmodSync(path, stat.mode & PRIVATE_FILE_MODE);
  }
}
