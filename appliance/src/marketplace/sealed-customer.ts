import type { PiiKeyring } from '../kernel/pii/keyring.js';
import { SealedColumn } from '../kernel/pii/sealed-column.js';

/**
 * A marketplace order's customer at rest: name, phone and delivery address (JSON) sealed under the
 * store's personal-data key, each bound to its order, so a copied database file does not show them.
 */
export const sealedMarketplaceCustomer = {
  name: new SealedColumn({ table: 'marketplace_orders', column: 'customer_name' }),
  phone: new SealedColumn({ table: 'marketplace_orders', column: 'customer_phone' }),
  address: new SealedColumn({ table: 'marketplace_orders', column: 'delivery_address' }),
};

export type SealedField = keyof typeof sealedMarketplaceCustomer;

export const sealCustomerField = (keyring: PiiKeyring, field: SealedField, orderId: string, plain: string | null) => sealedMarketplaceCustomer[field].seal(keyring, orderId, plain);

export const openCustomerField = (keyring: PiiKeyring, field: SealedField, orderId: string, stored: string | null) => sealedMarketplaceCustomer[field].open(keyring, orderId, stored);
