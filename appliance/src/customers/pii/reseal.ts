import type { PiiKeyring } from '../../kernel/pii/keyring.js';
import type { SealedStore, Statements } from '../../kernel/pii/sealed-column.js';
import { toCustomer, writePersonalData, type CustomerRow } from '../customer.js';

/**
 * Customers' CPF, phone, e-mail and addresses with their blind indexes, under the key named in
 * `pii_key_id`. Stale rows are plaintext ones from before encryption at rest and rows under an
 * older key after a rotation (or one a crash interrupted); resealing recomputes the indexes too.
 */
export const sealedCustomers: SealedStore = {
  name: 'customers',
  resealStale(db: Statements, keyring: PiiKeyring): number {
    const stale = db.prepare('SELECT * FROM customers WHERE pii_key_id IS NULL OR pii_key_id <> ?').all(keyring.currentKeyId) as CustomerRow[];
    for (const row of stale) writePersonalData(db, keyring, row.id, toCustomer(row, keyring));
    return stale.length;
  },
  keyIdsInUse(db: Statements): Set<string> {
    return new Set(db.prepare('SELECT DISTINCT pii_key_id FROM customers WHERE pii_key_id IS NOT NULL').pluck().all() as string[]);
  },
};
