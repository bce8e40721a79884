import { z } from 'zod';

/** Answers of the stock routes for the OpenAPI document only: loaded when the document is built. */
export const stockItemAnswer = z.object({
  id: z.string(),
  productId: z.string().nullable(),
  name: z.string(),
  kind: z.enum(['PRODUCT', 'INGREDIENT']),
  unit: z.enum(['MILLIUNIT', 'GRAM', 'ML']),
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
  minLevel: z.number().int(),
  maxLevel: z.number().int().nullable(),
  availabilityPolicy: z.enum(['BLOCK', 'WARN']),
});

export const stockItemsAnswer = z.array(stockItemAnswer);

export const movementAnswer = z.object({
  id: z.string(),
  stockItemId: z.string(),
  type: z.enum(['SALE', 'RESERVATION', 'RELEASE', 'PURCHASE', 'ADJUSTMENT', 'LOSS', 'TRANSFER']),
  onHandDelta: z.number().int(),
  reservedDelta: z.number().int(),
  onHandAfter: z.number().int(),
  reservedAfter: z.number().int(),
  reference: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});

/** The item with its latest movements, oldest first (the whole history: GET /stock/items/{id}/movements). */
export const stockItemDetailAnswer = stockItemAnswer.extend({ movements: z.array(movementAnswer) });

/** The recipe as stored: what one unit of the product consumes, one line per stock item (lines of the same item added up). */
export const recipeAnswer = z.object({ productId: z.string(), lines: z.array(z.object({ stockItemId: z.string(), quantity: z.number().int() })) });

/** The items a movement changed, with their levels after it (two for a transfer). */
export const movementResultAnswer = z.array(stockItemAnswer);

/**
 * One adjustment per counted item whose count differed: `before` is what the books expected on the
 * shelf when it was counted (`countedAt`: on hand less what open orders held), `counted` the sum of
 * the item's lines, `delta` the ADJUSTMENT booked (counted − before).
 */
export const countAnswer = z.object({
  countId: z.string(),
  countedAt: z.string(),
  adjustments: z.array(z.object({ stockItemId: z.string(), name: z.string(), before: z.number().int(), counted: z.number().int(), delta: z.number().int() })),
});

const availabilityIssue = z.object({
  stockItemId: z.string(),
  name: z.string(),
  requiredQuantity: z.number().int(),
  availableQuantity: z.number().int(),
  policy: z.enum(['BLOCK', 'WARN']),
});

/** `ok` false when a BLOCK item is short; WARN items only warn. */
export const availabilityAnswer = z.object({ ok: z.boolean(), blocked: z.array(availabilityIssue), warnings: z.array(availabilityIssue) });
