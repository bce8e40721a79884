import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { Order } from '../orders/index.js';
import { consumeForOrder, releaseForOrder, reserveForOrder, type StockOrder } from '../stock/index.js';

const stockInstalled = new WeakMap<Db, boolean>();

/** Appliances assembled without the stock module (some tests) simply do not hold stock. */
function hasStock(db: Db): boolean {
  let known = stockInstalled.get(db);
  if (known === undefined) {
    known = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stock_order_holds'").get() !== undefined;
    stockInstalled.set(db, known);
  }
  return known;
}

function stockOrderOf(order: Order): StockOrder {
  return {
    id: order.id,
    items: order.items.map((i) => ({ productId: i.productId, quantity: i.quantity, unit: i.unit, status: i.status, components: i.components })),
  };
}

/**
 * Reserves what the confirmed lines consume inside the confirm transaction, so a BLOCK item that
 * is short refuses the confirm (422 STOCK_UNAVAILABLE) before anything reaches the kitchen. The
 * stock follower (order-stock.ts) repeats it idempotently from the journal.
 */
export function holdStockForOrder(tx: CommandTx, order: Order): void {
  if (hasStock(tx.db)) reserveForOrder(tx, stockOrderOf(order));
}

/**
 * Lines moved between two orders (a table's transfer, a merge) take their reservation along, in
 * the transaction that moved them: the order they left holds less, the one they joined holds them.
 * Else the source would hold them until it closes and the target reserve them again at its next
 * round (a BLOCK item counted twice), or a merge's cancelled source release them for good.
 */
export function moveStockHolds(tx: CommandTx, from: Order, to: Order): void {
  if (!hasStock(tx.db)) return;
  reserveForOrder(tx, stockOrderOf(from));
  reserveForOrder(tx, stockOrderOf(to));
}

export function releaseStockOfOrder(tx: CommandTx, order: Order): void {
  if (hasStock(tx.db)) releaseForOrder(tx, { id: order.id });
}

/**
 * Takes a completed order's goods out of stock inside the transaction that completed it (the
 * payment, or the bump of a paid order): one commit instead of two per sale. The stock follower
 * (order-stock.ts) repeats it idempotently from the journal for every other way an order completes.
 */
export function consumeStockIfCompleted(tx: CommandTx, order: Order): void {
  if (order.status === 'COMPLETED' && hasStock(tx.db)) consumeForOrder(tx, stockOrderOf(order));
}
