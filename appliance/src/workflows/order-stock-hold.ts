import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { Order, OrderItem } from '../orders/index.js';
import { businessRule } from '../kernel/errors.js';
import { startedItemIdsOfOrder } from '../kitchen/index.js';
import { type AvailabilityIssue, checkAvailability, consumeForOrder, releaseForOrder, reserveForOrder, type StockOrder, type StockOrderLine, wasteForOrder } from '../stock/index.js';
import { kitchenItemIdsOf } from './order-kitchen.js';
import { tableExists } from './store-schema.js';

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

/** An order line as stock counts it: its product, its combo parts and its extras that are products. */
export function stockLineOf(item: OrderItem): StockOrderLine {
  return { productId: item.productId, quantity: item.quantity, unit: item.unit, status: item.status, components: item.components, extras: productExtrasOf(item) };
}

function productExtrasOf(item: OrderItem): NonNullable<StockOrderLine['extras']> {
  return item.options.flatMap((option) => (option.productId ? [{ productId: option.productId, quantity: option.quantity ?? 1 }] : []));
}

function stockOrderOf(order: Order): StockOrder {
  return { id: order.id, items: order.items.map(stockLineOf), paid: order.paidAt !== null };
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
 * The BLOCK items that would refuse confirming the order's lines not yet sent, were it confirmed
 * now; nothing is reserved. A step that must not fail, or must not take money, for goods the
 * confirm would then refuse (a platform order accepted automatically, a kiosk order paid before
 * it is confirmed) asks this first.
 */
export function unsentLinesShortOfStock(db: Db, order: Order): AvailabilityIssue[] {
  if (!hasStock(db)) return [];
  // Lines typed but not sent (PENDING) hold nothing yet, so they are checked as if sent.
  const unsent = stockOrderOf(order).items.filter((line) => line.status === 'PENDING').map((line) => ({ ...line, status: undefined }));
  return checkAvailability(db, unsent).blocked;
}

/** Refuses with the confirm's own 422 STOCK_UNAVAILABLE what `unsentLinesShortOfStock` finds short. */
export function assertUnsentLinesInStock(db: Db, order: Order): void {
  const blocked = unsentLinesShortOfStock(db, order);
  if (blocked.length > 0) throw businessRule('STOCK_UNAVAILABLE', { blocked }, { names: blocked.map((b) => b.name).join(', ') });
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

/**
 * Lines being cancelled that the kitchen already started or finished were cooked (or poured): their
 * goods are booked as a loss under the cancel's reason, not given back to what can be sold. A combo
 * counts part by part (the burger on the grill, the soda never poured). Call it before the kitchen
 * voids the lines: a voided item no longer tells how far it got.
 */
export function wasteWhatTheKitchenUsed(tx: CommandTx, orderId: string, lines: readonly OrderItem[], reason: string): void {
  if (!hasStock(tx.db) || !tableExists(tx.db, 'kitchen_tickets')) return;
  const started = startedItemIdsOfOrder(tx.db, orderId);
  if (started.size === 0) return;
  // Lines cancelled earlier had their kitchen items voided then: they are not in `started`.
  const used = lines.flatMap((line) => usedPartsOf(line, started));
  if (used.length > 0) wasteForOrder(tx, orderId, used, reason);
}

function usedPartsOf(line: OrderItem, started: ReadonlySet<string>): StockOrderLine[] {
  const partIds = kitchenItemIdsOf(line);
  const parts: StockOrderLine[] = line.components.length === 0
    ? [{ productId: line.productId, quantity: line.quantity, unit: line.unit }]
    : line.components.map((part) => ({ productId: part.productId, quantity: part.quantity * line.quantity, unit: 'UNIT' }));
  const usedParts = parts.filter((_, n) => started.has(partIds[n]));
  if (usedParts.length === 0) return [];
  // The extras went on what was started (the bacon on the burger on the grill): used with it.
  const usedExtras = productExtrasOf(line).map((extra): StockOrderLine => ({ productId: extra.productId, quantity: extra.quantity * line.quantity, unit: 'UNIT' }));
  return [...usedParts, ...usedExtras];
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
