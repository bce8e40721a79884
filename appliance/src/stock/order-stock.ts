import { prepareCached } from '../kernel/db/statements.js';
import { businessRule } from '../kernel/errors.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { findStockItem, findStockItemOfProduct, recipeOf } from './model.js';
import { applyMovement } from './movements.js';

/** The order shape stock needs (a subset of orders' Order). */
export interface StockOrderLine {
  productId: string;
  quantity: number;
  unit: 'UNIT' | 'GRAM';
  status?: string;
  components?: { productId: string; quantity: number }[];
  /** Extras that are products of their own (a bacon portion on the burger), per unit of the line. */
  extras?: { productId: string; quantity: number }[];
}
export interface StockOrder {
  id: string;
  items: StockOrderLine[];
  /** Paid before its goods were reserved (a kiosk order): a shortage cannot refuse what is sold. */
  paid?: boolean;
}

function add(map: Map<string, number>, itemId: string, quantity: number) {
  map.set(itemId, (map.get(itemId) ?? 0) + quantity);
}

/**
 * What lines consume, per stock item, in base units: the goods sold themselves (a combo's
 * components, else the product's own item, where a unit is 1000 milliunits) and whatever the
 * product's recipe adds (per unit, or per kilogram for products sold by weight, rounded up): the
 * brownie leaves its shelf and the scoop of ice cream the freezer, the combo's can and its bag. An
 * extra that is a product (the bacon portion on a burger) takes what a sale of it would take.
 * Products without any of these are not stocked.
 */
export function requirementsOf(db: Db, lines: readonly StockOrderLine[]): Map<string, number> {
  const needs = new Map<string, number>();
  for (const line of lines) {
    // Only sent lines hold stock: a line typed on a bill but not yet sent (PENDING) is reserved at
    // its round's confirm, where a shortage refuses it. Counting it earlier would refuse a transfer
    // or a merge into that bill over goods nobody asked the kitchen for yet.
    if (line.status === 'CANCELLED' || line.status === 'PENDING') continue;
    const recipe = recipeOf(db, line.productId);
    for (const r of recipe) add(needs, r.stockItemId, line.unit === 'GRAM' ? Math.ceil((r.quantity * line.quantity) / 1000) : r.quantity * line.quantity);
    // A recipe line naming the goods sold already says how much of them one sale takes.
    const named = new Set(recipe.map((r) => r.stockItemId));
    for (const [itemId, quantity] of goodsSold(db, line)) if (!named.has(itemId)) add(needs, itemId, quantity);
    for (const [itemId, quantity] of extrasSold(db, line)) add(needs, itemId, quantity);
  }
  return needs;
}

/**
 * What a line's extras that are products take, each as a sale of its own product (its recipe, its
 * own item): on top of the line's product, whose recipe is what one plain unit of it takes.
 */
function extrasSold(db: Db, line: StockOrderLine): Map<string, number> {
  if (!line.extras || line.extras.length === 0) return new Map();
  return requirementsOf(db, line.extras.map((extra) => ({ productId: extra.productId, quantity: extra.quantity * line.quantity, unit: 'UNIT' as const })));
}

/** The goods a line sells, per stock item: a combo's components, else the product's own item. */
function goodsSold(db: Db, line: StockOrderLine): Map<string, number> {
  if (line.components && line.components.length > 0) {
    return requirementsOf(db, line.components.map((c) => ({ productId: c.productId, quantity: c.quantity * line.quantity, unit: 'UNIT' as const })));
  }
  const own = findStockItemOfProduct(db, line.productId);
  if (!own) return new Map();
  return new Map([[own.id, line.unit === 'UNIT' && own.unit === 'MILLIUNIT' ? line.quantity * 1000 : line.quantity]]);
}

export interface AvailabilityIssue {
  stockItemId: string;
  name: string;
  requiredQuantity: number;
  availableQuantity: number;
  policy: 'BLOCK' | 'WARN';
}

/** Availability for order validation: BLOCK items short of stock block, WARN items only warn. */
export function checkAvailability(db: Db, lines: readonly StockOrderLine[], alreadyHeld: Map<string, number> = new Map()) {
  const blocked: AvailabilityIssue[] = [];
  const warnings: AvailabilityIssue[] = [];
  for (const [itemId, required] of requirementsOf(db, lines)) {
    const item = findStockItem(db, itemId)!;
    const extra = required - (alreadyHeld.get(itemId) ?? 0);
    if (extra <= 0 || extra <= item.available) continue;
    const issue = { stockItemId: itemId, name: item.name, requiredQuantity: extra, availableQuantity: item.available, policy: item.availabilityPolicy };
    (item.availabilityPolicy === 'BLOCK' ? blocked : warnings).push(issue);
  }
  return { ok: blocked.length === 0, blocked, warnings };
}

export function assertAvailable(db: Db, lines: readonly StockOrderLine[]): AvailabilityIssue[] {
  const result = checkAvailability(db, lines);
  if (!result.ok) throw businessRule('STOCK_UNAVAILABLE', { blocked: result.blocked }, { names: result.blocked.map((b) => b.name).join(', ') });
  return result.warnings;
}

function holdsOf(db: Db, orderId: string): Map<string, number> {
  const rows = prepareCached(db, 'SELECT stock_item_id AS id, quantity FROM stock_order_holds WHERE order_id = ?').all(orderId) as { id: string; quantity: number }[];
  return new Map(rows.map((r) => [r.id, r.quantity]));
}

function phaseDone(db: Db, orderId: string, phase: string): boolean {
  return prepareCached(db, 'SELECT 1 FROM stock_order_phases WHERE order_id = ? AND phase = ?').get(orderId, phase) !== undefined;
}

/**
 * True when stock is done with the order (its goods consumed or its holds released): nothing that
 * follows the order changes stock any more. Lets the journal follower skip a command per order.
 */
export function stockSettledFor(db: Db, orderId: string): boolean {
  return phaseDone(db, orderId, 'CONSUMED') || phaseDone(db, orderId, 'RELEASED');
}

function markPhase(tx: CommandTx, orderId: string, phase: string): void {
  tx.prepare('INSERT OR IGNORE INTO stock_order_phases (order_id, phase, at) VALUES (?, ?, ?)').run(orderId, phase, tx.nowIso);
}

/**
 * On confirm (and on each later round): brings the order's reservations to what its live lines
 * need. Refuses with STOCK_UNAVAILABLE when a BLOCK item is short; returns WARN items' shortages.
 */
export function reserveForOrder(tx: CommandTx, order: StockOrder): AvailabilityIssue[] {
  if (stockSettledFor(tx.db, order.id)) return [];
  const held = holdsOf(tx.db, order.id);
  const check = checkAvailability(tx.db, order.items, held);
  // Goods already paid for are sold: short, they are still held (flagged `stock.oversold`) and the
  // shortage comes back as warnings, for the kitchen to serve or the store to settle with the customer.
  if (!check.ok && !order.paid) throw businessRule('STOCK_UNAVAILABLE', { blocked: check.blocked }, { names: check.blocked.map((b) => b.name).join(', ') });
  const needs = requirementsOf(tx.db, order.items);
  for (const itemId of new Set([...needs.keys(), ...held.keys()])) {
    const diff = (needs.get(itemId) ?? 0) - (held.get(itemId) ?? 0);
    if (diff === 0) continue;
    applyMovement(tx, { stockItemId: itemId, type: diff > 0 ? 'RESERVATION' : 'RELEASE', onHandDelta: 0, reservedDelta: diff, reference: order.id, paidFor: order.paid });
    tx
      .prepare('INSERT INTO stock_order_holds (order_id, stock_item_id, quantity) VALUES (?, ?, ?) ON CONFLICT (order_id, stock_item_id) DO UPDATE SET quantity = excluded.quantity')
      .run(order.id, itemId, needs.get(itemId) ?? 0);
  }
  markPhase(tx, order.id, 'RESERVED');
  return check.ok ? check.warnings : [...check.blocked, ...check.warnings];
}

/**
 * True when `reserveForOrder` would change nothing: stock is done with the order, or it already
 * holds exactly what the live lines need. Lets the journal follower skip a command per confirm.
 */
export function reservationUpToDate(db: Db, order: StockOrder): boolean {
  if (stockSettledFor(db, order.id)) return true;
  if (!phaseDone(db, order.id, 'RESERVED')) return false;
  const held = holdsOf(db, order.id);
  const needs = requirementsOf(db, order.items);
  return [...new Set([...needs.keys(), ...held.keys()])].every((itemId) => (needs.get(itemId) ?? 0) === (held.get(itemId) ?? 0));
}

/** On completion: the SALE movements take the goods out and drop the order's reservations. Once per order. */
export function consumeForOrder(tx: CommandTx, order: StockOrder): void {
  if (stockSettledFor(tx.db, order.id)) return;
  const held = holdsOf(tx.db, order.id);
  const needs = requirementsOf(tx.db, order.items);
  for (const itemId of new Set([...needs.keys(), ...held.keys()])) {
    const quantity = needs.get(itemId) ?? 0;
    const reservedDelta = -(held.get(itemId) ?? 0);
    if (quantity === 0 && reservedDelta === 0) continue;
    applyMovement(tx, { stockItemId: itemId, type: 'SALE', onHandDelta: -quantity, reservedDelta, reference: order.id });
  }
  tx.prepare('DELETE FROM stock_order_holds WHERE order_id = ?').run(order.id);
  markPhase(tx, order.id, 'CONSUMED');
}

/**
 * Goods of cancelled lines the kitchen had already used left the shelf: they are booked as a LOSS
 * under the cancel's reason and held no more, so the release that follows gives back only what was
 * never touched. At most what the order holds of each item (a line's hold is all it can have used).
 */
export function wasteForOrder(tx: CommandTx, orderId: string, usedLines: readonly StockOrderLine[], reason: string | null): void {
  if (stockSettledFor(tx.db, orderId)) return;
  const held = holdsOf(tx.db, orderId);
  for (const [itemId, used] of requirementsOf(tx.db, usedLines)) {
    const quantity = Math.min(used, held.get(itemId) ?? 0);
    if (quantity <= 0) continue;
    applyMovement(tx, { stockItemId: itemId, type: 'LOSS', onHandDelta: -quantity, reservedDelta: -quantity, reference: orderId, reason });
    tx.prepare('UPDATE stock_order_holds SET quantity = quantity - ? WHERE order_id = ? AND stock_item_id = ?').run(quantity, orderId, itemId);
  }
}

/** On cancellation: gives back what the order held. Once per order; nothing after consumption. */
export function releaseForOrder(tx: CommandTx, order: Pick<StockOrder, 'id'>): void {
  if (stockSettledFor(tx.db, order.id)) return;
  for (const [itemId, quantity] of holdsOf(tx.db, order.id)) {
    if (quantity > 0) applyMovement(tx, { stockItemId: itemId, type: 'RELEASE', onHandDelta: 0, reservedDelta: -quantity, reference: order.id });
  }
  tx.prepare('DELETE FROM stock_order_holds WHERE order_id = ?').run(order.id);
  markPhase(tx, order.id, 'RELEASED');
}
