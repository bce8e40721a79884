import type { Migration } from './migrations.js';
import type { Db } from './open.js';

/** The process exit code for NewerDatabaseError (the image's unit: RestartPreventExitStatus=). */
export const NEWER_DATABASE_EXIT_CODE = 3;

/**
 * The database was migrated by a newer appliance: it records migrations this build does not know.
 * That happens when the store image falls back to its previous root slot after an update that ran
 * its migrations; this version would misread the newer schema, so it does not start at all.
 */
export class NewerDatabaseError extends Error {
  readonly code = 'DATABASE_NEWER_THAN_APPLIANCE';
  constructor(readonly unknownMigrations: string[]) {
    super(`database has migrations this appliance does not know: ${unknownMigrations.join(', ')}`);
    this.name = 'NewerDatabaseError';
  }
}

/**
 * Checks, on the freshly opened connection and before any migration runs, that every recorded
 * migration is one this build knows. A new database, or one from an older build, passes. Opening
 * writes nothing (the pragmas only set the connection up), and the check runs on the store's own
 * connection so that a store whose disk is full, which can only open in exclusive mode, is checked
 * too.
 */
export function assertDatabaseNotNewer(db: Db, migrations: readonly Migration[]): void {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!hasTable) return;
  const known = new Set(migrations.map((m) => m.id));
  const unknown = (db.prepare('SELECT id FROM schema_migrations ORDER BY applied_at, id').pluck().all() as string[]).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new NewerDatabaseError(unknown);
}
