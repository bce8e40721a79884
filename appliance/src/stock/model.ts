import { prepareCached } from '../kernel/db/statements.js';
import type { Db } from '../kernel/db/open.js';

export type StockUnit = 'MILLIUNIT' | 'GRAM' | 'ML';
export type MovementType = 'SALE' | 'RESERVATION' | 'RELEASE' | 'PURCHASE' | 'ADJUSTMENT' | 'LOSS' | 'TRANSFER';

export interface StockItem {
  id: string;
  productId: string | null;
  name: string;
  kind: 'PRODUCT' | 'INGREDIENT';
  unit: StockUnit;
  onHand: number;
  reserved: number;
  available: number;
  minLevel: number;
  maxLevel: number | null;
  /** BLOCK: never sold beyond what is available. WARN: sold anyway, may go negative, flagged. */
  availabilityPolicy: 'BLOCK' | 'WARN';
}

interface ItemRow {
  id: string;
  product_id: string | null;
  name: string;
  kind: 'PRODUCT' | 'INGREDIENT';
  unit: StockUnit;
  on_hand: number;
  reserved: number;
  min_level: number;
  max_level: number | null;
  availability_policy: 'BLOCK' | 'WARN';
}

function toItem(row: ItemRow): StockItem {
  return {
    id: row.id,
    productId: row.product_id,
    name: row.name,
    kind: row.kind,
    unit: row.unit,
    onHand: row.on_hand,
    reserved: row.reserved,
    available: row.on_hand - row.reserved,
    minLevel: row.min_level,
    maxLevel: row.max_level,
    availabilityPolicy: row.availability_policy,
  };
}

export function findStockItem(db: Db, id: string): StockItem | null {
  const row = prepareCached(db, 'SELECT * FROM stock_items WHERE id = ?').get(id) as ItemRow | undefined;
  return row ? toItem(row) : null;
}

export function findStockItemOfProduct(db: Db, productId: string): StockItem | null {
  const row = prepareCached(db, 'SELECT * FROM stock_items WHERE product_id = ?').get(productId) as ItemRow | undefined;
  return row ? toItem(row) : null;
}

export function listStockItems(db: Db): StockItem[] {
  return (prepareCached(db, 'SELECT * FROM stock_items ORDER BY name').all() as ItemRow[]).map(toItem);
}

export interface Movement {
  id: string;
  stockItemId: string;
  type: MovementType;
  onHandDelta: number;
  reservedDelta: number;
  onHandAfter: number;
  reservedAfter: number;
  reference: string | null;
  reason: string | null;
  createdAt: string;
}

export function listMovements(db: Db, stockItemId: string): Movement[] {
  return db
    .prepare(
      `SELECT id, stock_item_id AS stockItemId, type, on_hand_delta AS onHandDelta, reserved_delta AS reservedDelta,
              on_hand_after AS onHandAfter, reserved_after AS reservedAfter, reference, reason, created_at AS createdAt
       FROM stock_movements WHERE stock_item_id = ? ORDER BY rowid`,
    )
    .all(stockItemId) as Movement[];
}

export type MovementOrder = 'asc' | 'desc';

/**
 * One page of an item's movements by when they were booked (booking order within one instant):
 * a year of sales is read a page at a time, never in one answer. `total` counts them all.
 */
export function listMovementsPage(db: Db, stockItemId: string, page: { limit: number; offset: number; order: MovementOrder }): { movements: Movement[]; total: number } {
  const direction = page.order === 'asc' ? 'ASC' : 'DESC';
  const movements = prepareCached(
    db,
    `SELECT id, stock_item_id AS stockItemId, type, on_hand_delta AS onHandDelta, reserved_delta AS reservedDelta,
            on_hand_after AS onHandAfter, reserved_after AS reservedAfter, reference, reason, created_at AS createdAt
     FROM stock_movements WHERE stock_item_id = ? ORDER BY created_at ${direction}, rowid ${direction} LIMIT ? OFFSET ?`,
  ).all(stockItemId, page.limit, page.offset) as Movement[];
  const total = prepareCached(db, 'SELECT COUNT(*) FROM stock_movements WHERE stock_item_id = ?').pluck().get(stockItemId) as number;
  return { movements, total };
}

/** The item's latest movements, oldest first, as the item's own page shows them. */
export function recentMovements(db: Db, stockItemId: string, count: number): Movement[] {
  return listMovementsPage(db, stockItemId, { limit: count, offset: 0, order: 'desc' }).movements.reverse();
}

export function recipeOf(db: Db, productId: string): { stockItemId: string; quantity: number }[] {
  return prepareCached(db, 'SELECT stock_item_id AS stockItemId, quantity FROM stock_recipes WHERE product_id = ? ORDER BY stock_item_id').all(productId) as {
    stockItemId: string;
    quantity: number;
  }[];
}
