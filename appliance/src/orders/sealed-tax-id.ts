import type { PiiKeyring } from '../kernel/pii/keyring.js';
import { SealedColumn } from '../kernel/pii/sealed-column.js';

/**
 * "CPF na nota" at rest: `orders.consumer_tax_id` holds the CPF/CNPJ sealed under the store's
 * personal-data key, bound to its order. Nothing looks orders up by it, so it has no blind index.
 */
export const sealedConsumerTaxIds = new SealedColumn({ table: 'orders', column: 'consumer_tax_id' });

export const sealConsumerTaxId = (keyring: PiiKeyring, orderId: string, digits: string | null) => sealedConsumerTaxIds.seal(keyring, orderId, digits);

export const openConsumerTaxId = (keyring: PiiKeyring, orderId: string, stored: string | null) => sealedConsumerTaxIds.open(keyring, orderId, stored);
