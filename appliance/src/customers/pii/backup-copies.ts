import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The day backups in `<data>/backups` (business-day's `store-<…>.db`; a copy still being written
 * ends in `.partial` and is not one yet): copies of the store database, each holding the customers
 * as they were, which an erasure and a key rotation reach too.
 */
export function backupCopies(dataDir: string): string[] {
  const dir = join(dataDir, 'backups');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => /^store-.*\.db$/.test(file))
    .map((file) => join(dir, file));
}
