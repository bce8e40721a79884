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

  constructor(readonly keyring: PiiKeyring) {}

  static open(dataDir: string): PersonalDataVault {
    return new PersonalDataVault(PiiKeyring.open(dataDir));
  }

  register(store: SealedStore): void {
    if (this.stores.some((s) => s.name === store.name)) throw new Error(`sealed store ${store.name} registered twice`);
    this.stores.push(store);
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

  /** Drops keys no store needs any more, so a leaked old key file opens nothing new. */
  retireUnused(db: Statements): string[] {
    const inUse = new Set<string>();
    for (const store of this.stores) for (const kid of store.keyIdsInUse(db, this.keyring)) inUse.add(kid);
    return this.keyring.retireAllBut(inUse);
  }

  private reseal(db: Statements, stores: readonly SealedStore[], nowIso: string): Record<string, number> {
    const record = db.prepare(
      'INSERT INTO pii_sealed_stores (name, key_id, sealed_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET key_id = excluded.key_id, sealed_at = excluded.sealed_at',
    );
    const counts: Record<string, number> = {};
    for (const store of stores) {
      counts[store.name] = store.resealStale(db, this.keyring);
      record.run(store.name, this.keyring.currentKeyId, nowIso);
    }
    return counts;
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
