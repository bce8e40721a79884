import type { RelayMigration } from '../migrate.js';

/**
 * Sales by product net of what the bill gave back, as the store's day counts them: each line keeps
 * its share of its order's discount and of the refunds on the order (to the centavo, largest
 * remainder), so a later change re-spreads by the difference; the product rollup adds the shares up.
 * Rows projected before this migration have no shares: their figures stay as they were sent.
 */
export const productSalesNetMigration: RelayMigration = {
  id: 'relay/024_product_sales_net',
  sql: `
ALTER TABLE pos_modern.order_items
  ADD COLUMN order_discount_cents bigint NOT NULL DEFAULT 0,
  ADD COLUMN refunded_cents bigint NOT NULL DEFAULT 0;
ALTER TABLE pos_modern.sales_by_product
  ADD COLUMN discount_cents bigint NOT NULL DEFAULT 0,
  ADD COLUMN refunded_cents bigint NOT NULL DEFAULT 0;
`,
};
