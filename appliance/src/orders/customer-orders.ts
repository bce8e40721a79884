import type { Db } from '../kernel/db/open.js';
import { getOrder, type Order } from './model.js';

/** Every order a customer was attached to, oldest first: for a data-subject export or erasure. */
export function ordersOfCustomer(db: Db, customerId: string): Order[] {
  const ids = db.prepare('SELECT id FROM orders WHERE customer_id = ? ORDER BY created_at, id').pluck().all(customerId) as string[];
  return ids.map((id) => getOrder(db, id)!);
}
