import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

const stockUnit = lazySchema(() => z.enum(['MILLIUNIT', 'GRAM', 'ML']));
const level = lazySchema(() => z.object({
  stockItemId: z.string(),
  name: z.string(),
  unit: stockUnit,
  onHand: z.number().int(),
  available: z.number().int(),
  minLevel: z.number().int(),
  maxLevel: z.number().int().nullable(),
}));

export const stockEvents = [
  defineEvent(
    'stock.item_created',
    'stock_item',
    () => z.object({
      stockItemId: z.string(),
      productId: z.string().nullable().optional(),
      name: z.string(),
      kind: z.enum(['PRODUCT', 'INGREDIENT']),
      unit: stockUnit,
      minLevel: z.number().int().optional(),
      maxLevel: z.number().int().nullable().optional(),
      availabilityPolicy: z.enum(['BLOCK', 'WARN']).optional(),
      initialQuantity: z.number().int().optional(),
    }),
    'A stock item (a product sold as is, or an ingredient) was created; quantities in its unit.',
  ),
  defineEvent(
    'stock.recipe_set',
    'product',
    () => z.object({ productId: z.string(), lines: z.array(z.object({ stockItemId: z.string(), quantity: z.number().int() })) }),
    "A product's recipe: what one unit takes from stock.",
  ),
  defineEvent(
    'stock.movement_recorded',
    'stock_item',
    () => z.object({
      movementId: z.string(),
      stockItemId: z.string(),
      type: z.enum(['SALE', 'RESERVATION', 'RELEASE', 'PURCHASE', 'ADJUSTMENT', 'LOSS', 'TRANSFER']),
      /** On-hand change, or the reserved change for RESERVATION/RELEASE. */
      quantity: z.number().int(),
      unit: stockUnit,
      balanceAfter: z.number().int(),
      reservedAfter: z.number().int().optional(),
      reference: z.string().nullable(),
    }),
    'Stock moved: a sale, reservation, purchase, loss, adjustment or transfer.',
  ),
  defineEvent(
    'stock.count_posted',
    'stock_count',
    () => z.object({
      countId: z.string(),
      reason: z.string(),
      /** When the shelves were counted; absent on counts posted before it was recorded (taken when posted). */
      countedAt: z.string().optional(),
      adjustments: z.array(z.object({ stockItemId: z.string(), name: z.string(), before: z.number().int(), counted: z.number().int(), delta: z.number().int() })),
    }),
    'An inventory count was posted; each counted item got the adjustment to its count. `before` is what the books expected on the shelf when it was counted (`countedAt`; on hand less what open orders held), so `counted - before = delta`: what moved after the count stays booked.',
  ),
  defineEvent('stock.low_level', 'stock_item', () => level, 'What is available fell to the minimum level.'),
  defineEvent('stock.level_restored', 'stock_item', () => level, 'What is available rose back above the minimum level.'),
  defineEvent('stock.above_max', 'stock_item', () => level, 'What is on hand rose above the maximum level.'),
  defineEvent('stock.oversold', 'stock_item', () => level, 'An item went below zero available: a WARN item sold short, any item whose goods were served before it was tracked or given a recipe (a sale is never refused), or a loss or count that ate into what open orders hold.'),
] as const;
