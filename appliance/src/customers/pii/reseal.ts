import type { CommandTx } from '../../kernel/journal/command-bus.js';
import type { Db } from '../../kernel/db/open.js';
import { toCustomer, writePersonalData, type CustomerRow } from '../customer.js';
import type { PiiKeyring } from './keyring.js';

/**
 * Seals every customer row that is not under the current key: plaintext rows from before
 * encryption at rest, and rows under an older key after a rotation (or a rotation that a crash
 * interrupted). Blind indexes are recomputed with the current key. Returns how many rows changed.
 */
export function resealStaleCustomers(db: Pick<CommandTx, 'prepare'>, keyring: PiiKeyring): number {
  const stale = db.prepare('SELECT * FROM customers WHERE pii_key_id IS NULL OR pii_key_id <> ?').all(keyring.currentKeyId) as CustomerRow[];
  for (const row of stale) {
    const customer = toCustomer(row, keyring);
    writePersonalData(db, keyring, row.id, customer);
  }
  return stale.length;
}

/** Key ids still needed to open some stored value. */
export function keyIdsInUse(db: Pick<CommandTx, 'prepare'>): Set<string> {
  return new Set(db.prepare('SELECT DISTINCT pii_key_id FROM customers WHERE pii_key_id IS NOT NULL').pluck().all() as string[]);
}

/**
 * At start, before anything is served: seal what is stale in one transaction, drop keys nothing
 * uses, and truncate the WAL so the plaintext pages it held are gone from disk too (in-page
 * remnants are zeroed by secure_delete, see kernel/db/open.ts).
 */
export function sealStoredCustomers(db: Db, keyring: PiiKeyring): number {
  const changed = db.transaction(() => resealStaleCustomers(db, keyring))();
  keyring.retireAllBut(keyIdsInUse(db));
  if (changed > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  return changed;
}
