import type { EventType } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder, orderItems, type OrderItem } from '../orders/index.js';
import { consumeForOrder, releaseForOrder, reservationUpToDate, reserveForOrder, stockSettledFor, type StockOrder } from '../stock/index.js';
import { stockLineOf } from './order-stock-hold.js';

const PHASE_BY_EVENT = {
  'order.confirmed': 'reserve',
  'order.round_confirmed': 'reserve',
  'order.completed': 'consume',
  'order.cancelled': 'release',
} as const satisfies Partial<Record<EventType, 'reserve' | 'consume' | 'release'>>;
const FOLLOWED = Object.keys(PHASE_BY_EVENT) as (keyof typeof PHASE_BY_EVENT)[];

function stockOrderOf(orderId: string, items: readonly OrderItem[]): StockOrder {
  return { id: orderId, items: items.map(stockLineOf) };
}

/**
 * Stock follows the order's life from the journal: reserve on confirm (and each new round),
 * consume on completion, release on cancellation. The stock functions are idempotent per order,
 * so the orders workflow may also call them inside its own transaction (to block a confirm for
 * a BLOCK product out of stock) without anything being counted twice.
 */
export function registerOrderStockFollower(ctx: ModuleContext): void {
  ctx.events.durable('workflow-order-stock', FOLLOWED, async (event) => {
    const { orderId } = event.payload;
    const phase = PHASE_BY_EVENT[event.type];
    // The confirm already reserved in its own transaction: usually nothing is left to do, and finding
    // that out needs no command (no transaction to open and commit per order).
    if (phase === 'reserve') {
      // Only the items count for stock: the order itself (and its sealed CPF) is not read.
      if (reservationUpToDate(ctx.db, stockOrderOf(orderId, orderItems(ctx.db, orderId)))) return;
    } else if (stockSettledFor(ctx.db, orderId)) {
      // The payment (or bump) that completed it consumed in its own transaction, the cancel released.
      return;
    }
    await ctx.commands
      .run(
        'workflow.order_stock',
        (tx) => {
          const order = getOrder(tx.db, orderId);
          if (!order) return;
          const stockOrder = { ...stockOrderOf(order.id, order.items), paid: order.paidAt !== null };
          if (phase === 'reserve') reserveForOrder(tx, stockOrder);
          else if (phase === 'consume') consumeForOrder(tx, stockOrder);
          else releaseForOrder(tx, stockOrder);
        },
        { actor: { type: 'system', id: 'workflow:order-stock' }, correlationId: event.correlationId },
      )
      // A confirm that already happened cannot be refused here: the shortage is logged and shown by stock events.
      .catch((error: unknown) => ctx.logger.warn({ err: error, orderId, phase }, 'stock follow-up refused'));
  });
}
