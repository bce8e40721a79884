import Database from 'better-sqlite3';
import { statSync, utimesSync } from 'node:fs';
import type { Db } from '../db/open.js';
import { PiiKeyring } from './keyring.js';
import type { SealedStore, Statements } from './sealed-column.js';

/**
 * The store's personal-data keys and every place that keeps data sealed under them: customers'
 * records, the CPF/CNPJ given "na nota" on orders, pending print jobs, fiscal documents, stored
 * idempotent answers. Modules register their stores; start-up sealing and key rotation then
 * cover all of them, without the modules knowing each other.
 */
export class PersonalDataVault {
  private readonly stores: SealedStore[] = [];
  private readonly copyLists: (() => readonly string[])[] = [];

  constructor(readonly keyring: PiiKeyring) {}

  static open(dataDir: string): PersonalDataVault {
    return new PersonalDataVault(PiiKeyring.open(dataDir));
  }

  register(store: SealedStore): void {
    if (this.stores.some((s) => s.name === store.name)) throw new Error(`sealed store ${store.name} registered twice`);
    this.stores.push(store);
  }

  /**
   * Files holding copies of the store database (the day backups): a restore turns one back into
   * the store, so the keys its values are sealed under stay in the key file until a rotation has
   * sealed the copy under the new key too (`resealCopies`).
   */
  registerCopies(list: () => readonly string[]): void {
    this.copyLists.push(list);
  }

  /**
   * At start, before anything is served: stores not yet sealed under the current key (data from an
   * older version, a rotation a crash interrupted) are sealed in one transaction, keys nothing
   * uses leave the key file, and the WAL is truncated so the pages it held in clear are gone from
   * disk too (in-page remnants are zeroed by secure_delete, see kernel/db/open.ts). A store
   * recorded as sealed under the current key is not scanned again.
   */
  sealStored(db: Db, nowIso: string): Record<string, number> {
    const kid = this.keyring.currentKeyId;
    const recorded = db.prepare('SELECT key_id FROM pii_sealed_stores WHERE name = ?').pluck();
    const pending = this.stores.filter((store) => recorded.get(store.name) !== kid);
    if (pending.length === 0) return {};
    const sealed = db.transaction(() => this.reseal(db, pending, nowIso))();
    this.retireUnused(db);
    if (Object.values(sealed).some((n) => n > 0)) db.pragma('wal_checkpoint(TRUNCATE)');
    return sealed;
  }

  /** Inside a key rotation's command, after `keyring.rotate()`: every store under the new key. */
  resealAll(tx: Statements, nowIso: string): Record<string, number> {
    return this.reseal(tx, this.stores, nowIso);
  }

  /**
   * After a rotation committed: every copy of the store database sealed under the current key as
   * well (blind indexes recomputed), so an erasure still finds its rows there and the old key can
   * leave the key file. A copy that cannot be resealed keeps its key (see `retireUnused`). One copy
   * at a time, with the event loop free between them: the tills are served meanwhile.
   */
  async resealCopies(nowIso: string): Promise<{ resealed: Record<string, number>; failed: { file: string; error: unknown }[] }> {
    const resealed: Record<string, number> = {};
    const failed: { file: string; error: unknown }[] = [];
    for (const file of this.copies()) {
      await new Promise((resolve) => setImmediate(resolve));
      try {
        resealed[file] = this.resealCopy(file, nowIso);
      } catch (error) {
        failed.push({ file, error });
      }
    }
    return { resealed, failed };
  }

  /**
   * Drops keys no store needs any more, so a leaked old key file opens nothing new. A key a copy
   * of the database still uses is kept: without it, restoring that copy would bring back values
   * nobody can open (fiscal XML, customers), and the store would not start on it.
   */
  retireUnused(db: Statements): string[] {
    const inUse = this.keyIdsInUse(db);
    for (const file of this.copies()) {
      try {
        for (const kid of this.onCopy(file, (copy) => this.keyIdsInUse(copy, true), { readonly: true })) inUse.add(kid);
      } catch {
        // A copy that cannot be read says nothing about its keys: none is retired then.
        return [];
      }
    }
    return this.keyring.retireAllBut(inUse);
  }

  private keyIdsInUse(db: Statements, copy = false): Set<string> {
    const inUse = new Set<string>();
    for (const store of this.stores) {
      const kids = copy ? ofOlderSchema(() => store.keyIdsInUse(db, this.keyring)) : store.keyIdsInUse(db, this.keyring);
      for (const kid of kids ?? []) inUse.add(kid);
    }
    return inUse;
  }

  private copies(): string[] {
    return this.copyLists.flatMap((list) => list());
  }

  /**
   * One copy resealed in one transaction, its old cells zeroed and its WAL emptied; how many values
   * changed. Its file times are kept: backups are listed and pruned by when they were taken.
   */
  private resealCopy(file: string, nowIso: string): number {
    const { atime, mtime } = statSync(file);
    const resealed = this.onCopy(file, (copy) => {
      copy.pragma('secure_delete = ON');
      const counts = copy.transaction(() => this.reseal(copy, this.stores, nowIso, true))();
      copy.pragma('wal_checkpoint(TRUNCATE)');
      return Object.values(counts).reduce((sum, n) => sum + n, 0);
    });
    utimesSync(file, atime, mtime);
    return resealed;
  }

  private onCopy<T>(file: string, use: (copy: Database.Database) => T, options: { readonly?: boolean } = {}): T {
    const copy = new Database(file, { fileMustExist: true, readonly: options.readonly ?? false });
    try {
      return use(copy);
    } finally {
      copy.close();
    }
  }

  /**
   * `copy`: a backup may come from an older version, without a newer module's table or column; such
   * a store is left as it is (and not recorded as sealed), and keeps its key.
   */
  private reseal(db: Statements, stores: readonly SealedStore[], nowIso: string, copy = false): Record<string, number> {
    const record = db.prepare(
      'INSERT INTO pii_sealed_stores (name, key_id, sealed_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET key_id = excluded.key_id, sealed_at = excluded.sealed_at',
    );
    const counts: Record<string, number> = {};
    for (const store of stores) {
      const resealed = copy ? ofOlderSchema(() => inSavepoint(db, () => store.resealStale(db, this.keyring))) : store.resealStale(db, this.keyring);
      if (resealed === null) continue;
      counts[store.name] = resealed;
      record.run(store.name, this.keyring.currentKeyId, nowIso);
    }
    return counts;
  }
}

/** Runs `work` in a savepoint of its own, so a store that fails half way leaves its rows as they were. */
function inSavepoint<T>(db: Statements, work: () => T): T {
  db.prepare('SAVEPOINT reseal_store').run();
  try {
    const result = work();
    db.prepare('RELEASE reseal_store').run();
    return result;
  } catch (error) {
    db.prepare('ROLLBACK TO reseal_store').run();
    db.prepare('RELEASE reseal_store').run();
    throw error;
  }
}

/** null when the database lacks the store's table or column (a copy written by an older version). */
function ofOlderSchema<T>(work: () => T): T | null {
  try {
    return work();
  } catch (error) {
    if (error instanceof Database.SqliteError && /^no such (table|column)/.test(error.message)) return null;
    throw error;
  }
}

// Row readers deep in a module (an order, a fiscal document) get the store's connection, not the
// module context; the vault is found from the connection it was opened for.
const vaults = new WeakMap<Db, PersonalDataVault>();

export function bindVault(db: Db, vault: PersonalDataVault): void {
  vaults.set(db, vault);
}

export function vaultOf(db: Db): PersonalDataVault {
  const vault = vaults.get(db);
  if (!vault) throw new Error('no personal-data vault is bound to this database connection');
  return vault;
}
