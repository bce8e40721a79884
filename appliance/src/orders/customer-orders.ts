import type { Db } from '../kernel/db/open.js';
import { getOrder, type Order } from './model.js';

/**
 * Every order of a person, oldest first, for a data-subject export or erasure: those attached to
 * their customer record and those where they gave their CPF "na nota" without one, found by the
 * CPF's blind index (`taxIdIndex`, the customer's `cpf_index`: the same digest under the same key).
 */
export function ordersOfCustomer(db: Db, customerId: string, taxIdIndex: string | null): Order[] {
  return orderIdsOfCustomer(db, customerId, taxIdIndex).map((id) => getOrder(db, id)!);
}

/** Their ids alone: in a backup too, whose sealed values nothing opens (one of an older version has no index column). */
export function orderIdsOfCustomer(db: Db, customerId: string, taxIdIndex: string | null): string[] {
  const indexed = taxIdIndex !== null && db.prepare("SELECT 1 FROM pragma_table_info('orders') WHERE name = 'consumer_tax_id_index'").get() !== undefined;
  if (!indexed) return db.prepare('SELECT id FROM orders WHERE customer_id = ? ORDER BY created_at, id').pluck().all(customerId) as string[];
  return db
    .prepare('SELECT id FROM orders WHERE customer_id = ? OR consumer_tax_id_index = ? ORDER BY created_at, id')
    .pluck()
    .all(customerId, taxIdIndex) as string[];
}
