import type { PiiKeyring } from '../kernel/pii/keyring.js';
import { SealedColumn } from '../kernel/pii/sealed-column.js';

/**
 * "CPF na nota" at rest: `orders.consumer_tax_id` holds the CPF/CNPJ sealed under the store's
 * personal-data key, bound to its order. Its blind index (the same digest as a customer's
 * `cpf_index`) finds the orders a person gave their CPF on without a customer record attached:
 * their data-subject requests must reach those orders too (LGPD art. 18).
 */
export const sealedConsumerTaxIds = new SealedColumn({ table: 'orders', column: 'consumer_tax_id', blindIndex: { column: 'consumer_tax_id_index', kind: 'cpf' } });

/** The sealed value and its blind index, for `consumer_tax_id` and `consumer_tax_id_index`. */
export const sealConsumerTaxId = (keyring: PiiKeyring, orderId: string, digits: string | null) => ({
  sealed: sealedConsumerTaxIds.seal(keyring, orderId, digits),
  index: sealedConsumerTaxIds.indexOf(keyring, digits),
});

export const openConsumerTaxId = (keyring: PiiKeyring, orderId: string, stored: string | null) => sealedConsumerTaxIds.open(keyring, orderId, stored);
