import type { RelayMigration } from '../migrate.js';

/**
 * What was ever captured on each order, refunds not taken off. "An order counts once, at its first
 * payment" (docs/relay.md): `paid_cents` cannot tell a first payment, since a refund before
 * settlement brings it back to 0 and the tender that pays the bill again would count the order a
 * second time. Added on the partitioned parent, so every month (and each one made later, `LIKE` the
 * parent) has it; a constant default rewrites no partition. Existing orders take the sum of their
 * stored payments, which hold every tender captured (refunds are kept apart, in `refunded_cents`).
 */
export const orderCapturedCentsMigration: RelayMigration = {
  id: 'relay/016_order_captured_cents',
  sql: `
ALTER TABLE pos_modern.orders ADD COLUMN captured_cents bigint NOT NULL DEFAULT 0;
UPDATE pos_modern.orders o SET captured_cents = p.captured_cents
  FROM (SELECT store_id, order_id, sum(amount_cents) AS captured_cents FROM pos_modern.payments GROUP BY store_id, order_id) p
 WHERE o.store_id = p.store_id AND o.id = p.order_id;
`,
};
