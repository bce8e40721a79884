import type { ModuleContext } from '../kernel/module.js';
import { findMarketplaceOrderOf, markCancelledWithStoreOrder } from '../marketplace/index.js';
import { hasTable } from './printing-consumer.js';

const ACTOR = { type: 'system' as const, id: 'workflow:marketplace-cancellation' };

/**
 * A platform order follows its store order's cancellation (at the POS, or the day close cancelling
 * drafts): it no longer waits for the operator, is not accepted, nor announced near its deadline.
 * Done inside the cancelling transaction; the journal's `order.cancelled` is the after-commit path
 * for one that transaction could not do, and a platform order already cancelled is left as it is.
 */
export function registerMarketplaceCancellationFollower(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'marketplace_orders')) return;
  ctx.commands.react('order.cancelled', (tx, event) => {
    markCancelledWithStoreOrder(tx, event.payload.orderId);
  });
  ctx.events.durable('workflow-marketplace-cancellation', 'order.cancelled', async (event) => {
    const { orderId } = event.payload;
    // Most cancelled orders are no platform's, and most platform ones were followed in their own transaction.
    const marketplaceOrder = findMarketplaceOrderOf(ctx.db, orderId);
    if (!marketplaceOrder || marketplaceOrder.status === 'CANCELLED') return;
    await ctx.commands.run('workflow.marketplace_cancellation', (tx) => markCancelledWithStoreOrder(tx, orderId), { actor: ACTOR, correlationId: event.correlationId });
  });
}
