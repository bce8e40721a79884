import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';

/**
 * How long a marketplace order keeps its customer's name, phone and address: they serve the
 * delivery and the operator's call about it, and a complaint comes within days. The platform, not
 * the store, is where the customer is known; after this the order keeps its lines and money only.
 */
export const CUSTOMER_DATA_RETENTION_DAYS = 7;

const HOLDING = 'customer_name IS NOT NULL OR customer_phone IS NOT NULL OR delivery_address IS NOT NULL';

const cutoffOf = (now: Date) => new Date(now.getTime() - CUSTOMER_DATA_RETENTION_DAYS * 86_400_000).toISOString();

/** Whether any order received before the retention cutoff still holds its customer's data (read before taking the writer). */
export function customerDataPastRetention(db: Db, now: Date): boolean {
  return db.prepare(`SELECT 1 FROM marketplace_orders WHERE received_at < ? AND (${HOLDING}) LIMIT 1`).get(cutoffOf(now)) !== undefined;
}

/** Forgets the customer of every order received before the retention cutoff; answers how many. */
export function forgetCustomersPastRetention(tx: CommandTx): number {
  const receivedBefore = cutoffOf(tx.now);
  const count = tx.prepare(`UPDATE marketplace_orders SET customer_name = NULL, customer_phone = NULL, delivery_address = NULL WHERE received_at < ? AND (${HOLDING})`).run(receivedBefore).changes;
  if (count > 0) tx.emit({ type: 'marketplace.customer_data_forgotten', aggregateType: 'store', aggregateId: 'marketplace', payload: { count, receivedBefore } });
  return count;
}
