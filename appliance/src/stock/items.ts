import { businessRule, conflict, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { findStockItem, type StockItem, type StockUnit } from './model.js';
import { applyMovement } from './movements.js';
import { assertItemCountsProduct } from './product-units.js';

export interface NewStockItem {
  productId?: string | null;
  name: string;
  kind: 'PRODUCT' | 'INGREDIENT';
  unit: StockUnit;
  minLevel?: number;
  maxLevel?: number | null;
  availabilityPolicy?: 'BLOCK' | 'WARN';
  initialQuantity?: number;
}

export function createStockItem(tx: CommandTx, input: NewStockItem): StockItem {
  if (input.productId && tx.db.prepare('SELECT 1 FROM stock_items WHERE product_id = ?').get(input.productId)) {
    throw conflict('STOCK_PRODUCT_TAKEN', { productId: input.productId });
  }
  if (input.productId) assertItemCountsProduct(tx.db, input.productId, input.unit);
  const id = newId();
  tx.db
    .prepare(
      `INSERT INTO stock_items (id, product_id, name, kind, unit, min_level, max_level, availability_policy, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, input.productId ?? null, input.name, input.kind, input.unit, input.minLevel ?? 0, input.maxLevel ?? null, input.availabilityPolicy ?? 'BLOCK', tx.nowIso, tx.nowIso);
  tx.emit({ type: 'stock.item_created', aggregateType: 'stock_item', aggregateId: id, payload: { stockItemId: id, ...input } });
  if (input.initialQuantity) applyMovement(tx, { stockItemId: id, type: 'PURCHASE', onHandDelta: input.initialQuantity, reason: 'saldo inicial' });
  return findStockItem(tx.db, id)!;
}

/**
 * Quantities of the same stock item added together, in the order each item first appears: a
 * manager who lists the cheese twice on a recipe (a slice on the burger, one on the egg) means
 * both slices, and a clerk who counts the fridge and the storeroom on separate lines means both.
 */
function sumPerItem<T extends { stockItemId: string }>(lines: readonly T[], quantityOf: (line: T) => number): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(line.stockItemId, (totals.get(line.stockItemId) ?? 0) + quantityOf(line));
  return totals;
}

/**
 * Replaces a product's recipe: what one unit (or one kilogram, for products sold by weight)
 * consumes. Returns the recipe as stored, one line per stock item.
 */
export function setRecipe(tx: CommandTx, productId: string, lines: { stockItemId: string; quantity: number }[]): { stockItemId: string; quantity: number }[] {
  for (const line of lines) if (!findStockItem(tx.db, line.stockItemId)) throw notFound('STOCK_ITEM_NOT_FOUND', { stockItemId: line.stockItemId });
  const recipe = [...sumPerItem(lines, (l) => l.quantity)].map(([stockItemId, quantity]) => ({ stockItemId, quantity }));
  tx.db.prepare('DELETE FROM stock_recipes WHERE product_id = ?').run(productId);
  const insert = tx.db.prepare('INSERT INTO stock_recipes (product_id, stock_item_id, quantity) VALUES (?, ?, ?)');
  for (const line of recipe) insert.run(productId, line.stockItemId, line.quantity);
  tx.emit({ type: 'stock.recipe_set', aggregateType: 'product', aggregateId: productId, payload: { productId, lines: recipe } });
  return recipe;
}

export type ManualMovement =
  | { type: 'PURCHASE'; stockItemId: string; quantity: number; reason?: string | null }
  | { type: 'LOSS'; stockItemId: string; quantity: number; reason: string }
  | { type: 'ADJUSTMENT'; stockItemId: string; delta: number; reason: string }
  | { type: 'TRANSFER'; stockItemId: string; toStockItemId: string; quantity: number; reason?: string | null };

/** Purchases, losses, adjustments and transfers entered by staff. */
export function recordManualMovement(tx: CommandTx, input: ManualMovement): StockItem[] {
  if (input.type === 'ADJUSTMENT') return [applyMovement(tx, { stockItemId: input.stockItemId, type: 'ADJUSTMENT', onHandDelta: input.delta, reason: input.reason })];
  if (input.type !== 'TRANSFER') {
    const onHandDelta = input.type === 'PURCHASE' ? input.quantity : -input.quantity;
    return [applyMovement(tx, { stockItemId: input.stockItemId, type: input.type, onHandDelta, reason: input.reason })];
  }
  const from = findStockItem(tx.db, input.stockItemId);
  // The item goods leave is the one named first: a clerk told to pick another destination would look in the wrong place.
  if (!from) throw notFound('STOCK_ITEM_NOT_FOUND', { stockItemId: input.stockItemId });
  const to = findStockItem(tx.db, input.toStockItemId);
  if (!to || from.id === to.id || from.unit !== to.unit) throw businessRule('STOCK_TRANSFER_TARGET', { from: input.stockItemId, to: input.toStockItemId });
  const reference = newId();
  return [
    applyMovement(tx, { stockItemId: from.id, type: 'TRANSFER', onHandDelta: -input.quantity, reference, reason: input.reason }),
    applyMovement(tx, { stockItemId: to.id, type: 'TRANSFER', onHandDelta: input.quantity, reference, reason: input.reason }),
  ];
}

/**
 * An inventory count: what the clerk found on the shelves, each counted item brought to it by one
 * ADJUSTMENT. Goods that open orders hold (reserved at confirm, taken out of on hand only by the
 * order's SALE when it is paid) have already left the shelf for the kitchen or the tables, so the
 * count is compared with on hand less reserved: comparing it with on hand would take them out
 * once here and again at the SALE. Lines of the same item (the fridge and the storeroom) add up.
 *
 * A count posted some minutes after it was taken (`countedAt`) is compared with the books as they
 * were then: what sold, arrived or was held since is already booked and stays booked, so the item
 * ends at counted plus everything that moved after the count.
 */
export function postInventoryCount(tx: CommandTx, lines: { stockItemId: string; countedQuantity: number }[], reason: string, countedAt?: string) {
  const countId = newId();
  const takenAt = countedAt === undefined ? tx.nowIso : countTimeOf(tx, countedAt);
  const adjustments = [...sumPerItem(lines, (l) => l.countedQuantity)].flatMap(([stockItemId, counted]) => {
    const item = findStockItem(tx.db, stockItemId);
    if (!item) throw notFound('STOCK_ITEM_NOT_FOUND', { stockItemId });
    if (countedAt !== undefined) {
      assertNotBeforeOpeningBalance(tx, item, takenAt);
      assertNotBeforeLastCount(tx, item, takenAt);
    }
    // `before` is what the books expected on the shelf when it was counted, so that counted − before = delta.
    const before = countedAt === undefined ? item.available : item.available - availableChangeSince(tx, item.id, takenAt);
    const delta = counted - before;
    if (delta === 0) return [];
    applyMovement(tx, { stockItemId: item.id, type: 'ADJUSTMENT', onHandDelta: delta, reference: countId, reason });
    return [{ stockItemId: item.id, name: item.name, before, counted, delta }];
  });
  tx.emit({ type: 'stock.count_posted', aggregateType: 'stock_count', aggregateId: countId, payload: { countId, reason, countedAt: takenAt, adjustments } });
  return { countId, countedAt: takenAt, adjustments };
}

/** The instant a count was taken, as the books store instants; a count cannot have been taken later than now. */
function countTimeOf(tx: CommandTx, countedAt: string): string {
  const instant = new Date(countedAt);
  if (instant.getTime() > tx.now.getTime()) throw businessRule('STOCK_COUNT_IN_FUTURE', { countedAt, now: tx.nowIso });
  return instant.toISOString();
}

/**
 * A count taken before the item's last posted count would undo that count's correction: the
 * movements since it was taken include the correction, which this count's figure already ignores.
 */
function assertNotBeforeLastCount(tx: CommandTx, item: StockItem, takenAt: string): void {
  // Only inventory counts book an ADJUSTMENT with a reference (the count's id).
  const lastCountAt = tx.prepare("SELECT MAX(created_at) FROM stock_movements WHERE stock_item_id = ? AND type = 'ADJUSTMENT' AND reference IS NOT NULL").pluck().get(item.id) as string | null;
  if (lastCountAt !== null && lastCountAt > takenAt) throw businessRule('STOCK_COUNT_BEFORE_LAST_COUNT', { stockItemId: item.id, countedAt: takenAt, lastCountAt }, { name: item.name });
}

/**
 * The opening balance an item was registered with is what its shelf held then, as a count says:
 * a count taken before it would add the same goods again. An item registered empty has no
 * balance to repeat, and its first count may be one taken before it was registered.
 */
function assertNotBeforeOpeningBalance(tx: CommandTx, item: StockItem, takenAt: string): void {
  // The opening balance is the purchase booked in the command that registered the item.
  const openedAt = tx
    .prepare("SELECT m.created_at FROM stock_movements m JOIN stock_items i ON i.id = m.stock_item_id WHERE m.stock_item_id = ? AND m.type = 'PURCHASE' AND m.created_at = i.created_at LIMIT 1")
    .pluck()
    .get(item.id) as string | undefined;
  if (openedAt !== undefined && openedAt > takenAt) throw businessRule('STOCK_COUNT_BEFORE_OPENING_BALANCE', { stockItemId: item.id, countedAt: takenAt, openedAt }, { name: item.name });
}

/** How much what is available changed after `since`: sales, purchases, losses, holds taken and given back. */
function availableChangeSince(tx: CommandTx, stockItemId: string, since: string): number {
  return tx.prepare('SELECT COALESCE(SUM(on_hand_delta - reserved_delta), 0) FROM stock_movements WHERE stock_item_id = ? AND created_at > ?').pluck().get(stockItemId, since) as number;
}
