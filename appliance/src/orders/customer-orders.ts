import type { Db } from '../kernel/db/open.js';
import { getOrder, type Order } from './model.js';

/** Every order a customer was attached to, oldest first: for a data-subject export or erasure. */
export function ordersOfCustomer(db: Db, customerId: string): Order[] {
  return orderIdsOfCustomer(db, customerId).map((id) => getOrder(db, id)!);
}

/** Their ids alone: in a backup too, whose sealed values nothing opens. */
export function orderIdsOfCustomer(db: Db, customerId: string): string[] {
  return db.prepare('SELECT id FROM orders WHERE customer_id = ? ORDER BY created_at, id').pluck().all(customerId) as string[];
}
