import type { CommandTx } from '../kernel/journal/command-bus.js';
import { kitchenProgressOf, moveTicketItems, relabelOrderTickets } from '../kitchen/index.js';
import { followKitchen, orderStatus, type Order } from '../orders/index.js';
import { findTable } from '../tables/index.js';
import { kitchenItemIdsOf } from './order-kitchen.js';
import { consumeStockIfCompleted } from './order-stock-hold.js';

/**
 * Lines moved from one order to another take their kitchen tickets along (the cook sees the
 * table that eats them), and both orders then stand where their tickets say: the one that
 * received lines still cooking goes back to PREPARING, the one left with only bumped lines is
 * READY (and, paid and handed over on payment, completes with its goods leaving stock, as at a
 * KDS bump).
 */
export function moveKitchenWithLines(tx: CommandTx, moved: { from: Order; to: Order }, itemIds: readonly string[]): void {
  const { from, to } = moved;
  const tableLabel = to.tableId ? (findTable(tx.db, to.tableId)?.label ?? null) : null;
  // A combo line is cooked as its parts (`<itemId>.<n>`, each at its own station): they all move with it.
  const kitchenItemIds = to.items.filter((i) => itemIds.includes(i.itemId)).flatMap(kitchenItemIdsOf);
  moveTicketItems(tx, from.id, kitchenItemIds, { orderId: to.id, orderNumber: to.number, channel: to.channel, tableLabel });
  for (const orderId of [to.id, from.id]) followKitchenProgress(tx, orderId);
}

/** A whole order moved to another table (its tab moved): its kitchen tickets show that table. */
export function moveKitchenWithOrder(tx: CommandTx, order: Order): void {
  relabelOrderTickets(tx, order.id, order.tableId ? (findTable(tx.db, order.tableId)?.label ?? null) : null);
}

/** The order stands where its kitchen tickets now say: READY once all is bumped, back to PREPARING when something cooks again. */
export function followKitchenProgress(tx: CommandTx, orderId: string): void {
  const status = orderStatus(tx.db, orderId);
  if (status !== 'CONFIRMED' && status !== 'PREPARING' && status !== 'READY') return;
  const progress = kitchenProgressOf(tx.db, orderId);
  if (progress.orderFullyBumped) {
    if (status !== 'READY') consumeStockIfCompleted(tx, followKitchen(tx, orderId, 'READY'));
  } else if (progress.cooking && (status === 'READY' || (status === 'CONFIRMED' && progress.orderStarted))) {
    followKitchen(tx, orderId, 'PREPARING');
  }
}
