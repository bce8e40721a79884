import type { PiiKeyring } from '../kernel/pii/keyring.js';
import { SealedColumn } from '../kernel/pii/sealed-column.js';

/**
 * Addresses at rest, as JSON sealed under the store's personal-data key and bound to their row: a
 * customer's saved addresses, and each delivery's (with who receives it and their phone).
 */
export const sealedDeliveryAddresses = {
  saved: new SealedColumn({ table: 'delivery_addresses', column: 'address' }),
  delivery: new SealedColumn({ table: 'deliveries', column: 'address' }),
};

export const sealAddress = (keyring: PiiKeyring, where: keyof typeof sealedDeliveryAddresses, rowId: string, value: unknown): string =>
  sealedDeliveryAddresses[where].seal(keyring, rowId, JSON.stringify(value));

export const openAddress = <T>(keyring: PiiKeyring, where: keyof typeof sealedDeliveryAddresses, rowId: string, stored: string): T =>
  JSON.parse(sealedDeliveryAddresses[where].open(keyring, rowId, stored)) as T;
