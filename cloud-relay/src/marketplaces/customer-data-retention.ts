import { sql } from 'kysely';
import type { RelayDb } from '../db/database.js';
import { ORDER_RECEIVED } from './marketplace-orders.js';

/**
 * How long the relay keeps a marketplace customer's name, phone and address: as long as the store
 * does (its marketplace retention, 7 days: the delivery and a complaint about it). The relay is
 * only the way the order came in; past this it keeps the order's ids, lines and money, which HQ's
 * accounting reads, and forgets who ordered it (LGPD: no longer than the purpose needs).
 */
export const CUSTOMER_DATA_RETENTION_DAYS = 7;

/** The store's order fields that name the customer, as the relay queues them (`MarketplaceOrder`). */
const CUSTOMER_FIELDS_FORGOTTEN = sql`'{"customerName": null, "customerPhone": null, "deliveryAddress": null}'::jsonb`;

const holdsCustomer = (order: ReturnType<typeof sql>) =>
  sql`(${order}->>'customerName' IS NOT NULL OR ${order}->>'customerPhone' IS NOT NULL OR ${order}->>'deliveryAddress' IS NOT NULL)`;

export interface ForgottenCustomers {
  /** Orders queued to stores, and placed-order jobs carrying a whole order (Rappi), stripped of their customer. */
  orderMessages: number;
  orderJobs: number;
  /** Platform bodies as received: the relay keeps what it read from them (ids, kind, time), not the body. */
  platformBodies: number;
}

/**
 * Forgets the customers of the marketplace orders the relay received before the retention cutoff,
 * in one transaction: the order messages queued to the stores keep everything but the customer,
 * the placed-order jobs likewise, and the platform's raw bodies (which may hold the customer in
 * any field a platform adds) are emptied. Safe to run again: rows already forgotten are not touched.
 * The conditions are those of the partial indexes of migration 022.
 */
export async function forgetMarketplaceCustomers(db: RelayDb, now = new Date()): Promise<ForgottenCustomers> {
  const cutoff = new Date(now.getTime() - CUSTOMER_DATA_RETENTION_DAYS * 86_400_000);
  return db.transaction().execute(async (trx) => {
    const messages = await sql`
      UPDATE relay.downstream_messages SET payload = payload || ${CUSTOMER_FIELDS_FORGOTTEN}
      WHERE type = ${sql.lit(ORDER_RECEIVED)} AND created_at < ${cutoff} AND ${holdsCustomer(sql`payload`)}`.execute(trx);
    const jobs = await sql`
      UPDATE relay.marketplace_jobs SET payload = jsonb_set(payload, '{order}', (payload->'order') || ${CUSTOMER_FIELDS_FORGOTTEN})
      WHERE kind = 'FETCH_ORDER' AND payload ? 'order' AND created_at < ${cutoff} AND ${holdsCustomer(sql`(payload->'order')`)}`.execute(trx);
    const bodies = await sql`
      UPDATE relay.marketplace_events SET payload = '{}'::jsonb
      WHERE received_at < ${cutoff} AND payload <> '{}'::jsonb`.execute(trx);
    return { orderMessages: Number(messages.numAffectedRows ?? 0), orderJobs: Number(jobs.numAffectedRows ?? 0), platformBodies: Number(bodies.numAffectedRows ?? 0) };
  });
}
