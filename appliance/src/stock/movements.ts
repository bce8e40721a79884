import { AppError, businessRule, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { findStockItem, type MovementType, type StockItem, type StockUnit } from './model.js';

export interface MovementInput {
  stockItemId: string;
  type: MovementType;
  onHandDelta: number;
  reservedDelta?: number;
  reference?: string | null;
  reason?: string | null;
  /**
   * The goods are paid for already (a kiosk order paid by PIX while the counter sold the last
   * can): their reservation records a sale the store made, which BLOCK cannot refuse either.
   */
  paidFor?: boolean;
}

/**
 * Movements that record what physically happened to the goods rather than a decision to move
 * them. BLOCK refuses to promise goods (the reservation at confirm) and to move promised goods
 * away (a transfer); it cannot refuse a fact. A sale takes out goods already served (refusing it
 * would refuse the customer's payment: the item became tracked, or got a recipe, after the order
 * was sent); a loss or an adjustment (an inventory count is one) says what is on the shelf, and
 * refusing it keeps goods on the books that do not exist and hides that open orders can no longer
 * be served in full. These may take availability below zero, and are flagged `stock.oversold`;
 * so may the reservation of goods the customer has already paid for (`paidFor`).
 */
const PHYSICAL_FACTS: ReadonlySet<MovementType> = new Set<MovementType>(['SALE', 'LOSS', 'ADJUSTMENT']);

/**
 * The only way quantities change: one movement row, the item's running balances and the
 * journal event, together. A BLOCK item never ends with less available than zero when the
 * movement takes availability away; a WARN item may, and is flagged. Physical facts (above) are
 * exempt and flagged too, except that a loss or adjustment of a BLOCK item still cannot take what
 * is on hand below zero: more than the books hold cannot break or be found missing, so that is a
 * typo or a purchase never entered, which an inventory count (never below zero) puts right.
 */
export function applyMovement(tx: CommandTx, input: MovementInput): StockItem {
  const item = findStockItem(tx.db, input.stockItemId);
  if (!item) throw notFound('STOCK_ITEM_NOT_FOUND', { stockItemId: input.stockItemId });
  const reservedDelta = input.reservedDelta ?? 0;
  const onHand = item.onHand + input.onHandDelta;
  const reserved = item.reserved + reservedDelta;
  const available = onHand - reserved;
  if (reserved < 0) throw businessRule('VALIDATION_FAILED', { stockItemId: item.id, reason: 'release beyond reservation' });
  const takesAvailability = available < item.available;
  if (takesAvailability && available < 0 && item.availabilityPolicy === 'BLOCK') {
    if (!PHYSICAL_FACTS.has(input.type) && !input.paidFor) {
      throw businessRule('STOCK_INSUFFICIENT', { stockItemId: item.id, available: item.available }, { name: item.name, available: quantityAsCounted(item.unit, item.available) });
    }
    // A loss or adjustment may eat into what orders hold, never into goods the books do not have.
    if (input.type !== 'SALE' && onHand < 0) throw insufficientOnHand(item);
  }
  // Whatever the policy, a transfer moves goods that are there: taken below zero, the item it goes
  // to would gain goods that do not exist and sell them as real.
  if (input.type === 'TRANSFER' && input.onHandDelta < 0 && onHand < 0) throw insufficientOnHand(item);
  const id = newId();
  tx
    .prepare(
      `INSERT INTO stock_movements (id, stock_item_id, type, on_hand_delta, reserved_delta, on_hand_after, reserved_after, reference, reason, actor_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, item.id, input.type, input.onHandDelta, reservedDelta, onHand, reserved, input.reference ?? null, input.reason ?? null, tx.actor?.id ?? null, tx.nowIso);
  tx.prepare('UPDATE stock_items SET on_hand = ?, reserved = ?, updated_at = ? WHERE id = ?').run(onHand, reserved, tx.nowIso, item.id);
  tx.emit({
    type: 'stock.movement_recorded',
    aggregateType: 'stock_item',
    aggregateId: item.id,
    payload: {
      movementId: id,
      stockItemId: item.id,
      type: input.type,
      quantity: input.type === 'RESERVATION' || input.type === 'RELEASE' ? reservedDelta : input.onHandDelta,
      unit: item.unit,
      balanceAfter: onHand,
      reservedAfter: reserved,
      reference: input.reference ?? null,
    },
  });
  flagLevels(tx, item, onHand, available, takesAvailability);
  return findStockItem(tx.db, item.id)!;
}

function insufficientOnHand(item: StockItem): AppError {
  return new AppError('STOCK_INSUFFICIENT', 422, 'STOCK_INSUFFICIENT_ON_HAND', { stockItemId: item.id, onHand: item.onHand, available: item.available }, { name: item.name, onHand: quantityAsCounted(item.unit, item.onHand) });
}

/**
 * A quantity in base units as a person counts it, for messages: thousandths of a unit shown as
 * units ("1,5 un"), grams and millilitres as they are ("12.500 g"). The details keep base units.
 */
function quantityAsCounted(unit: StockUnit, quantity: number): string {
  const sign = quantity < 0 ? '-' : '';
  const abs = Math.abs(quantity);
  const grouped = (n: number) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  if (unit !== 'MILLIUNIT') return `${sign}${grouped(abs)} ${unit === 'GRAM' ? 'g' : 'ml'}`;
  const thousandths = abs % 1000;
  const fraction = thousandths === 0 ? '' : `,${String(thousandths).padStart(3, '0').replace(/0+$/, '')}`;
  return `${sign}${grouped(Math.floor(abs / 1000))}${fraction} un`;
}

function flagLevels(tx: CommandTx, item: StockItem, onHand: number, available: number, tookAvailability: boolean): void {
  const alerted = tx.prepare('SELECT low_alerted FROM stock_items WHERE id = ?').pluck().get(item.id) === 1;
  const base = { stockItemId: item.id, name: item.name, unit: item.unit, onHand, available, minLevel: item.minLevel, maxLevel: item.maxLevel };
  if (available <= item.minLevel && !alerted) {
    tx.prepare('UPDATE stock_items SET low_alerted = 1 WHERE id = ?').run(item.id);
    tx.emit({ type: 'stock.low_level', aggregateType: 'stock_item', aggregateId: item.id, payload: base });
  } else if (available > item.minLevel && alerted) {
    tx.prepare('UPDATE stock_items SET low_alerted = 0 WHERE id = ?').run(item.id);
    tx.emit({ type: 'stock.level_restored', aggregateType: 'stock_item', aggregateId: item.id, payload: base });
  }
  if (item.maxLevel !== null && onHand > item.maxLevel && onHand > item.onHand) {
    tx.emit({ type: 'stock.above_max', aggregateType: 'stock_item', aggregateId: item.id, payload: base });
  }
  if (tookAvailability && available < 0) {
    tx.emit({ type: 'stock.oversold', aggregateType: 'stock_item', aggregateId: item.id, payload: base });
  }
}
